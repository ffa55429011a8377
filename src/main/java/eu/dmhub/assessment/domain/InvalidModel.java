package eu.dmhub.assessment.domain;

import java.util.List;

/** A model file that breaks the rules of docs/models.md; each problem names the file and the path. */
public class InvalidModel extends RuntimeException {

    /** One problem at one place in the file, e.g. {@code dimensions[2].questions[0].items[3].text}. */
    public record Problem(String file, String path, String message) {
        @Override
        public String toString() {
            return file + ": " + (path.isEmpty() ? "" : path + ": ") + message;
        }
    }

    private final List<Problem> problems;

    public InvalidModel(List<Problem> problems) {
        super("Invalid questionnaire model:\n  "
                + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

package eu.dmhub.recommendation.domain;

import java.util.List;

/** A catalogue file that breaks the rules of docs/catalogue.md; each problem names file, entry and reason. */
public class InvalidCatalogue extends RuntimeException {

    /** One problem: the file, the entry's id (empty outside entries), the path in the entry, the reason. */
    public record Problem(String file, String entry, String path, String message) {
        @Override
        public String toString() {
            return file + (entry.isEmpty() ? "" : ": entry " + entry) + (path.isEmpty() ? "" : ": " + path) + ": "
                    + message;
        }
    }

    private final List<Problem> problems;

    public InvalidCatalogue(List<Problem> problems) {
        super("Invalid recommendation catalogue:\n  "
                + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

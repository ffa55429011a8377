package eu.dmhub.shared;

import java.util.List;

/**
 * Input that breaks a rule. Each problem names the field (a JSON-pointer-like path such as
 * {@code answers.q4.cloud}) and a message key that the web layer turns into words in the reader's
 * language. Maps to HTTP 400.
 */
public class InvalidInput extends RuntimeException {

    /** One problem with one field; {@code arguments} fill the message's placeholders. */
    public record Problem(String field, String messageKey, List<Object> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }

        public static Problem of(String field, String messageKey, Object... arguments) {
            return new Problem(field, messageKey, List.of(arguments));
        }
    }

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("InvalidInput needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey, Object... arguments) {
        return new InvalidInput(List.of(Problem.of(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.stream()
                .map(p -> p.field() + ": " + p.messageKey())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }
}

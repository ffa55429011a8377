package eu.dmhub.shared;

/**
 * Text may not carry control characters: PostgreSQL refuses NUL in text outright, and the other C0
 * and C1 controls (and DEL) have no place in a name, a note or an answer. Tab, line feed and
 * carriage return are text, not controls, and stay allowed everywhere. The edges (JSON bodies,
 * form and query parameters) refuse such text with {@link #MESSAGE_KEY} naming the field.
 */
public final class ControlCharacters {

    /** The problem's message key; its one argument is the field. */
    public static final String MESSAGE_KEY = "error.text.control-character";

    private ControlCharacters() {}

    public static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (refused(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean refused(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    /** The problem for {@code field}, for an {@link InvalidInput}. */
    public static InvalidInput.Problem problem(String field) {
        return InvalidInput.Problem.of(field, MESSAGE_KEY, field);
    }
}

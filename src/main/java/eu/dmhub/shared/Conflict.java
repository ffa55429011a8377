package eu.dmhub.shared;

/** The request is well-formed but clashes with the current state (HTTP 409). */
public class Conflict extends RuntimeException {

    private final String field;
    private final String messageKey;

    public Conflict(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}

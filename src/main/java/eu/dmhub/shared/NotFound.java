package eu.dmhub.shared;

/**
 * The thing does not exist, or the caller may not know that it exists: both map to HTTP 404 so
 * that another organisation's data cannot be probed for.
 */
public class NotFound extends RuntimeException {

    private final String messageKey;

    public NotFound(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

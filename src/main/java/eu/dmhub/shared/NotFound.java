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

    /** The id in a path, or NotFound with {@code messageKey} when it is not one: no such thing. */
    public static java.util.UUID unlessUuid(String id, String messageKey) {
        try {
            return java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound(messageKey);
        }
    }

    public String messageKey() {
        return messageKey;
    }
}

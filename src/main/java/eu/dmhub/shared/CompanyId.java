package eu.dmhub.shared;

import java.util.Objects;
import java.util.UUID;

/** The identity of a company (an organisation of kind company) across modules. */
public record CompanyId(UUID value) implements java.io.Serializable {

    public CompanyId {
        Objects.requireNonNull(value, "value");
    }

    public static CompanyId random() {
        return new CompanyId(UUID.randomUUID());
    }

    /** Parses an id from a URL or body; {@code null} when the text is not a UUID. */
    public static CompanyId parse(String text) {
        try {
            return text == null ? null : new CompanyId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package eu.dmhub.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One person's agreement to one version of a text: when it was given and, once withdrawn, when.
 * A withdrawn consent stays on record; agreeing again is a new consent.
 */
public record Consent(UUID person, ConsentKind kind, String textVersion, Instant givenAt, Instant withdrawnAt) {

    public Consent {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(givenAt, "givenAt");
        if (textVersion == null || textVersion.isBlank()) {
            throw new IllegalArgumentException("A consent names the version of the text agreed to");
        }
        if (withdrawnAt != null && withdrawnAt.isBefore(givenAt)) {
            throw new IllegalArgumentException("A consent cannot be withdrawn before it was given");
        }
    }

    public static Consent given(UUID person, ConsentKind kind, String textVersion, Instant at) {
        return new Consent(person, kind, textVersion, at, null);
    }

    public boolean inForce() {
        return withdrawnAt == null;
    }

    /** The same consent, withdrawn at {@code at}; refused when it is withdrawn already. */
    public Consent withdrawn(Instant at) {
        if (!inForce()) {
            throw new IllegalStateException("This consent was withdrawn at " + withdrawnAt);
        }
        return new Consent(person, kind, textVersion, givenAt, at);
    }
}

package eu.dmhub.identity.domain;

import eu.dmhub.shared.InvalidInput.Problem;
import java.util.Optional;

/**
 * The privacy notice a person accepts at sign-up. Its text is in the message bundles
 * ({@code privacy.*}, ten languages); {@link #VERSION} names that text and changes whenever the
 * text changes in substance, so every acceptance on record says which text was read.
 */
public final class PrivacyNotice {

    /** The version of today's text: the date it took effect. */
    public static final String VERSION = "2026-12-03";

    private PrivacyNotice() {}

    /**
     * Whether {@code accepted} (the version a person ticked, as the form or API sends it) is an
     * acceptance of today's notice; the problem under {@code field} when it is not.
     */
    public static Optional<Problem> checkAcceptance(String field, String accepted) {
        if (accepted == null || accepted.isBlank()) {
            return Optional.of(Problem.of(field, "error.required"));
        }
        if (!accepted.strip().equals(VERSION)) {
            return Optional.of(Problem.of(field, "error.privacy-notice.outdated", VERSION));
        }
        return Optional.empty();
    }
}

package eu.dmhub.identity.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: Argon2id (OWASP's first choice; Spring Security's parameters of 5.8:
 * 16 MiB, 2 iterations, 1 lane, a 16-byte salt and a 32-byte hash), stored as {@code {argon2}…}.
 * Hashes from before, {@code {bcrypt}…}, still verify, and a successful sign-in replaces them
 * (the delegating encoder's {@code upgradeEncoding}). BCrypt reads only 72 bytes and Spring Security
 * refuses longer passwords with an exception; such a password can never have been stored as
 * bcrypt, so against a bcrypt hash it is simply wrong. A hash without a prefix is read as bcrypt.
 */
final class Passwords {

    static final String ID = "argon2";

    private Passwords() {}

    static PasswordEncoder encoder() {
        var encoder = new DelegatingPasswordEncoder(
                ID, Map.of(ID, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new Bcrypt()));
        // every hash this platform stored has its prefix; one without would be a bare bcrypt hash
        encoder.setDefaultPasswordEncoderForMatches(new Bcrypt());
        return encoder;
    }

    /** Verifies the hashes stored before Argon2id. */
    private static final class Bcrypt extends BCryptPasswordEncoder {
        private static final int MAX_BYTES = 72;

        @Override
        protected boolean matchesNonNull(String raw, String encoded) {
            return raw.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES && super.matchesNonNull(raw, encoded);
        }
    }
}

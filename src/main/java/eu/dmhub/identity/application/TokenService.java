package eu.dmhub.identity.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dmhub.identity.domain.Credentials;
import eu.dmhub.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API. A token is 256 random bits shown once; only its SHA-256 hash is
 * stored, so a stolen database does not hand out working tokens. Tokens expire and can be revoked.
 */
@Service
public class TokenService {

    /** A freshly issued token; {@code token} is never stored. */
    public record IssuedToken(String token, Instant expiresAt) {}

    private static final String PREFIX = "dmh_";
    private final SecureRandom random = new SecureRandom();
    private final IdentityStore store;
    private final PasswordEncoder passwords;
    private final Duration lifetime;
    private final Clock clock;
    private final Cache<String, UUID> valid;

    TokenService(
            IdentityStore store,
            PasswordEncoder passwords,
            @Value("${dmhub.api.token-lifetime:30d}") Duration lifetime,
            @Value("${dmhub.cache.time-to-live:PT30S}") Duration cacheTimeToLive,
            Optional<Clock> clock) {
        this.store = store;
        this.passwords = passwords;
        this.lifetime = lifetime;
        this.clock = clock.orElse(Clock.systemUTC());
        this.valid = Caffeine.newBuilder()
                .expireAfterWrite(cacheTimeToLive)
                .maximumSize(100_000)
                .build();
    }

    @Transactional
    public IssuedToken issue(String email, String password) {
        if (email == null || email.isBlank()) {
            throw InvalidInput.of("email", "error.required");
        }
        if (password == null || password.isEmpty()) {
            throw InvalidInput.of("password", "error.required");
        }
        var person = store.findPersonByEmail(Credentials.normaliseEmail(email))
                .filter(p -> passwords.matches(password, p.passwordHash()))
                .orElseThrow(() -> new BadCredentialsException("Unknown e-mail address or wrong password"));
        if (passwords.upgradeEncoding(person.passwordHash())) {
            store.updatePasswordHash(person.id(), passwords.encode(password));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(lifetime);
        store.insertToken(person.id(), hash(token), expiresAt);
        return new IssuedToken(token, expiresAt);
    }

    /**
     * The person a valid token signs in. A valid token is remembered for the cache's time to live
     * ({@code dmhub.cache.time-to-live}): a revocation on another instance, or an expiry, takes
     * effect within that time.
     */
    public Optional<UUID> personOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        byte[] hash = hash(token);
        return Optional.ofNullable(
                valid.get(HexFormat.of().formatHex(hash), key -> store.personOfValidToken(hash, clock.instant())
                        .orElse(null)));
    }

    @Transactional
    public boolean revoke(String token) {
        if (token == null) {
            return false;
        }
        byte[] hash = hash(token);
        valid.invalidate(HexFormat.of().formatHex(hash));
        return store.revokeToken(hash, clock.instant());
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

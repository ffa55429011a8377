package eu.dmhub.identity.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.application.IdentityStore;
import eu.dmhub.identity.application.IdentityStore.StoredPerson;
import eu.dmhub.identity.domain.Credentials;
import eu.dmhub.shared.ControlCharacters;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds people for form sign-in (by e-mail) and for bearer tokens (by id), and stores the new hash
 * when a sign-in finds an old one ({@link Passwords}).
 */
@Component
class PersonDirectory implements UserDetailsService, UserDetailsPasswordService {

    private final IdentityStore store;
    private final Cache<UUID, PersonPrincipal> byId;

    PersonDirectory(
            IdentityStore store,
            @org.springframework.beans.factory.annotation.Value("${dmhub.cache.time-to-live:PT30S}")
                    java.time.Duration timeToLive) {
        this.store = store;
        this.byId = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(100_000)
                .build();
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        if (ControlCharacters.in(email)) {
            // the sign-in form is Spring Security's, not a controller: no address has such characters
            throw new UsernameNotFoundException("No such person");
        }
        return store.findPersonByEmail(Credentials.normaliseEmail(email))
                .map(PersonDirectory::principal)
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        var person = ((PersonPrincipal) user).person();
        store.updatePasswordHash(person.id(), newPasswordHash);
        byId.invalidate(person.id());
        return new PersonPrincipal(person, newPasswordHash);
    }

    /** The person with this id, remembered for the cache's time to live (API sign-in). */
    Optional<PersonPrincipal> byId(UUID id) {
        return Optional.ofNullable(byId.get(
                id, key -> store.findPerson(key).map(PersonDirectory::principal).orElse(null)));
    }

    private static PersonPrincipal principal(StoredPerson p) {
        var person = new CurrentPerson(p.id(), p.email(), p.displayName(), p.organisation(), p.roles(), p.language());
        return new PersonPrincipal(person, p.passwordHash());
    }
}

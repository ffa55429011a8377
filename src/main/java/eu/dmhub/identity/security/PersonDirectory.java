package eu.dmhub.identity.security;

import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.application.IdentityStore;
import eu.dmhub.identity.application.IdentityStore.StoredPerson;
import eu.dmhub.identity.domain.Credentials;
import eu.dmhub.shared.ShortLivedCache;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds people for form sign-in (by e-mail) and for bearer tokens (by id). */
@Component
class PersonDirectory implements UserDetailsService {

    private final IdentityStore store;
    private final ShortLivedCache<UUID, PersonPrincipal> byId;

    PersonDirectory(
            IdentityStore store,
            @org.springframework.beans.factory.annotation.Value("${dmhub.cache.time-to-live:PT30S}")
                    java.time.Duration timeToLive) {
        this.store = store;
        this.byId = new ShortLivedCache<>(timeToLive, 100_000);
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return store.findPersonByEmail(Credentials.normaliseEmail(email))
                .map(PersonDirectory::principal)
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
    }

    /** The person with this id, remembered for the cache's time to live (API sign-in). */
    Optional<PersonPrincipal> byId(UUID id) {
        return byId.get(id, key -> store.findPerson(key).map(PersonDirectory::principal));
    }

    private static PersonPrincipal principal(StoredPerson p) {
        var person = new CurrentPerson(p.id(), p.email(), p.displayName(), p.organisation(), p.roles(), p.language());
        return new PersonPrincipal(person, p.passwordHash());
    }
}

package eu.dmhub.identity.security;

import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.application.IdentityStore;
import eu.dmhub.identity.application.IdentityStore.StoredPerson;
import eu.dmhub.identity.domain.Credentials;
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

    PersonDirectory(IdentityStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return store.findPersonByEmail(Credentials.normaliseEmail(email))
                .map(PersonDirectory::principal)
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
    }

    Optional<PersonPrincipal> byId(UUID id) {
        return store.findPerson(id).map(PersonDirectory::principal);
    }

    private static PersonPrincipal principal(StoredPerson p) {
        var person = new CurrentPerson(p.id(), p.email(), p.displayName(), p.organisation(), p.roles(), p.language());
        return new PersonPrincipal(person, p.passwordHash());
    }
}

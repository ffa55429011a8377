package eu.dmhub.identity.security;

import eu.dmhub.identity.CurrentPerson;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person inside Spring Security; kept in the database-backed HTTP session. */
public final class PersonPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentPerson person;
    private String passwordHash;

    PersonPrincipal(CurrentPerson person, String passwordHash) {
        this.person = person;
        this.passwordHash = passwordHash;
    }

    public CurrentPerson person() {
        return person;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return person.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return person.email();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    List<String> roleNames() {
        return person.roles().stream().map(Enum::name).toList();
    }
}

package eu.dmhub.identity;

import eu.dmhub.identity.security.PersonPrincipal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in on the current request. */
public final class CurrentPersons {

    private CurrentPersons() {}

    public static Optional<CurrentPerson> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<CurrentPerson> from(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PersonPrincipal principal) {
            return Optional.of(principal.person());
        }
        return Optional.empty();
    }

    /** The signed-in person; only call where the security rules already require sign-in. */
    public static CurrentPerson required() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in person on this request"));
    }
}

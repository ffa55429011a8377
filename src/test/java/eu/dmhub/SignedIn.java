package eu.dmhub;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.CurrentPersons;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A MockMvc request made by a real person of the platform, as the sign-in would have made it. */
public final class SignedIn {

    private SignedIn() {}

    public static RequestPostProcessor as(UserDetailsService people, String email) {
        return user(people.loadUserByUsername(email));
    }

    /** The same person as the services see them when they are signed in. */
    public static CurrentPerson person(UserDetailsService people, String email) {
        return CurrentPersons.from(authentication(people, email)).orElseThrow();
    }

    /** The same person's authentication, for calling a service as they would. */
    public static Authentication authentication(UserDetailsService people, String email) {
        var details = people.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }
}

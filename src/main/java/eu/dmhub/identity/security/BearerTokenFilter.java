package eu.dmhub.identity.security;

import eu.dmhub.identity.application.TokenService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API calls that carry {@code Authorization: Bearer <token>}. A missing, unknown, expired
 * or revoked token leaves the request anonymous, and the authorization rules then answer 401.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private final TokenService tokens;
    private final PersonDirectory people;

    BearerTokenFilter(TokenService tokens, PersonDirectory people) {
        this.tokens = tokens;
        this.people = people;
    }

    /** The token of an {@code Authorization: Bearer} header, or {@code null}. */
    public static String tokenOf(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = tokenOf(request);
        if (token != null) {
            tokens.personOf(token).flatMap(people::byId).ifPresent(principal -> {
                var authentication =
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}

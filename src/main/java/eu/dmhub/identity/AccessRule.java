package eu.dmhub.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Who may open some addresses: paths (Spring path patterns such as {@code /toolbox/*}), with one
 * HTTP method or any, open to everyone, to anyone signed in, or to some roles. Paths under
 * {@code /api/} belong to the API (bearer tokens), all others to the pages (sessions).
 *
 * <p>Read as: {@code AccessRule.forRoles(Role.SME_USER).get("/plan")}.
 */
public record AccessRule(Optional<HttpMethod> method, List<String> paths, Audience audience) {

    public AccessRule {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("An access rule names at least one path");
        }
        boolean api = paths.get(0).startsWith("/api/");
        for (String path : paths) {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("A path starts with /: " + path);
            }
            if (path.startsWith("/api/") != api) {
                throw new IllegalArgumentException("One rule is for the API or for pages, not both: " + paths);
            }
        }
    }

    /** Whether this rule is about the API ({@code /api/**}) rather than pages. */
    public boolean api() {
        return paths.get(0).startsWith("/api/");
    }

    public static Audience forEveryone() {
        return new Audience(false, Set.of());
    }

    public static Audience forAnyoneSignedIn() {
        return new Audience(true, Set.of());
    }

    public static Audience forRoles(Role first, Role... more) {
        EnumSet<Role> roles = EnumSet.of(first, more);
        return new Audience(true, roles);
    }

    /** Who a rule admits: everyone, anyone signed in (no roles named) or a person with one of the roles. */
    public record Audience(boolean signInNeeded, Set<Role> roles) {

        public Audience {
            roles = Set.copyOf(roles);
        }

        public AccessRule get(String... paths) {
            return to(HttpMethod.GET, paths);
        }

        public AccessRule post(String... paths) {
            return to(HttpMethod.POST, paths);
        }

        public AccessRule put(String... paths) {
            return to(HttpMethod.PUT, paths);
        }

        public AccessRule patch(String... paths) {
            return to(HttpMethod.PATCH, paths);
        }

        public AccessRule delete(String... paths) {
            return to(HttpMethod.DELETE, paths);
        }

        /** The paths with any HTTP method. */
        public AccessRule anyMethod(String... paths) {
            return new AccessRule(Optional.empty(), Arrays.asList(paths), this);
        }

        private AccessRule to(HttpMethod method, String... paths) {
            return new AccessRule(Optional.of(method), Arrays.asList(paths), this);
        }
    }
}

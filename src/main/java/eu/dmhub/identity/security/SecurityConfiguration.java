package eu.dmhub.identity.security;

import eu.dmhub.identity.AccessRule;
import eu.dmhub.identity.AccessRules;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.TokenService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * How requests are checked. Who may open what is each module's own {@link AccessRules}; a mapped
 * address that no rule admits is refused. Object-level rules (only your own organisation's data)
 * are enforced by the services, which answer 404 otherwise.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            TokenService tokens,
            PersonDirectory people,
            ObjectProvider<AccessRules> modules,
            ObjectProvider<RequestMappingInfoHandlerMapping> mappings)
            throws Exception {
        List<AccessRule> api = rules(modules, true);
        RequestMatcher unmapped = new UnmappedAddresses(mappings);
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // a token API needs neither request wrapping for the servlet API nor a logout URL;
                // each wrapper is walked on every call by every later filter
                .servletApi(servletApi -> servletApi.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, people), UsernamePasswordAuthenticationFilter.class)
                // the error page writes both as problem details in the caller's language
                .exceptionHandling(e -> e.authenticationEntryPoint(
                                (request, response, ex) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED))
                        .accessDeniedHandler(
                                (request, response, ex) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)))
                .authorizeHttpRequests(rules -> admit(rules, api, unmapped));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            ObjectProvider<AccessRules> modules,
            ObjectProvider<RequestMappingInfoHandlerMapping> mappings)
            throws Exception {
        List<AccessRule> pages = rules(modules, false);
        RequestMatcher unmapped = new UnmappedAddresses(mappings);
        http.formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/?signed-out")
                        .permitAll())
                .headers(
                        headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .authorizeHttpRequests(rules -> admit(rules, pages, unmapped));
        return http.build();
    }

    private static List<AccessRule> rules(ObjectProvider<AccessRules> modules, boolean api) {
        return modules.orderedStream()
                .flatMap(module -> module.accessRules().stream())
                .filter(rule -> rule.api() == api)
                .toList();
    }

    /** An address nobody maps answers 404 to all; a mapped one needs a module's rule; the rest is refused. */
    private static void admit(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry,
            List<AccessRule> rules,
            RequestMatcher unmapped) {
        registry.requestMatchers(unmapped).permitAll();
        for (AccessRule rule : rules) {
            String[] paths = rule.paths().toArray(String[]::new);
            var url = rule.method()
                    .map(method -> registry.requestMatchers(method, paths))
                    .orElseGet(() -> registry.requestMatchers(paths));
            if (!rule.audience().signInNeeded()) {
                url.permitAll();
            } else if (rule.audience().roles().isEmpty()) {
                url.authenticated();
            } else {
                url.hasAnyRole(rule.audience().roles().stream().map(Role::name).toArray(String[]::new));
            }
        }
        registry.anyRequest().denyAll();
    }
}

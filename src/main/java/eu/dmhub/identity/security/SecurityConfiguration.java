package eu.dmhub.identity.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.TokenService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may call what. Every request is denied unless a rule below allows it; object-level rules
 * (only your own organisation's data) are enforced by the services, which answer 404 otherwise.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String SME = Role.SME_USER.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String ANALYST = Role.ANALYST.name();
    private static final String CONSULTANT = Role.CONSULTANT.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenService tokens, PersonDirectory people) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // a token API needs neither request wrapping for the servlet API nor a logout URL;
                // each wrapper is walked on every call by every later filter
                .servletApi(servletApi -> servletApi.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, people), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problem(
                                response,
                                401,
                                "Unauthorized",
                                "Sign in: send Authorization: Bearer <token> from POST /api/v1/auth/token"))
                        .accessDeniedHandler((request, response, ex) ->
                                problem(response, 403, "Forbidden", "Your role may not do this")))
                .authorizeHttpRequests(
                        rules -> rules.requestMatchers(POST, "/api/v1/auth/register", "/api/v1/auth/token")
                                .permitAll()
                                .requestMatchers(DELETE, "/api/v1/auth/token")
                                .authenticated()
                                .requestMatchers(GET, "/api/v1/models", "/api/v1/models/*")
                                .permitAll()
                                .requestMatchers(POST, "/api/v1/models")
                                .hasRole(ADMIN)
                                .requestMatchers(GET, "/api/v1/catalogue/entries/*")
                                .permitAll()
                                .requestMatchers(PUT, "/api/v1/catalogue/entries/*")
                                .hasRole(ADMIN)
                                .requestMatchers("/api/v1/companies/**")
                                .hasAnyRole(SME, ADMIN)
                                .requestMatchers("/api/v1/assessments/**", "/api/v1/plan", "/api/v1/plan/**")
                                .hasRole(SME)
                                .requestMatchers(GET, "/api/v1/insights", "/api/v1/insights/**")
                                .hasAnyRole(ANALYST, CONSULTANT)
                                .anyRequest()
                                .denyAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/?signed-out")
                        .permitAll())
                .headers(
                        headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                .authorizeHttpRequests(rules -> rules.requestMatchers(
                                "/",
                                "/login",
                                "/register",
                                "/error",
                                "/favicon.ico",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/models/**",
                                "/toolbox",
                                "/toolbox/**")
                        .permitAll()
                        .requestMatchers(GET, "/display")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/assessments/**", "/company/**", "/plan", "/plan/**")
                        .hasRole(SME)
                        .requestMatchers(GET, "/insights", "/insights/**")
                        .hasAnyRole(ANALYST, CONSULTANT)
                        .requestMatchers("/admin/**")
                        .hasRole(ADMIN)
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}

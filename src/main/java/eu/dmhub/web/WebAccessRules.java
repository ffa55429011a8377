package eu.dmhub.web;

import static eu.dmhub.identity.AccessRule.forEveryone;

import eu.dmhub.identity.AccessRule;
import eu.dmhub.identity.AccessRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The home page, display settings, error pages, static files and the API description: open to all. */
@Component
class WebAccessRules implements AccessRules {

    @Override
    public List<AccessRule> accessRules() {
        return List.of(
                forEveryone().get("/", "/display"),
                // an error page answers whatever the failed request's method was
                forEveryone().anyMethod("/error"),
                forEveryone().get("/favicon.ico", "/css/**", "/js/**", "/webjars/**"),
                forEveryone().get("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"));
    }
}

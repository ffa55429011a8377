package eu.dmhub.recommendation;

import static eu.dmhub.identity.AccessRule.forEveryone;
import static eu.dmhub.identity.AccessRule.forRoles;

import eu.dmhub.identity.AccessRule;
import eu.dmhub.identity.AccessRules;
import eu.dmhub.identity.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/** The toolbox is public; recommendations and the action plan are a company's; the catalogue is administered. */
@Component
class RecommendationAccessRules implements AccessRules {

    @Override
    public List<AccessRule> accessRules() {
        return List.of(
                forEveryone().get("/toolbox", "/toolbox/*"),
                forRoles(Role.SME_USER).anyMethod("/plan", "/plan/**"),
                forRoles(Role.ADMIN).anyMethod("/admin/catalogue", "/admin/catalogue/**"),
                forEveryone().get("/api/v1/catalogue/entries/*"),
                forRoles(Role.ADMIN).put("/api/v1/catalogue/entries/*"),
                forRoles(Role.SME_USER).get("/api/v1/assessments/*/recommendations"),
                forRoles(Role.SME_USER).anyMethod("/api/v1/plan", "/api/v1/plan/**"));
    }
}

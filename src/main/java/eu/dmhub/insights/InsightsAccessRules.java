package eu.dmhub.insights;

import static eu.dmhub.identity.AccessRule.forRoles;

import eu.dmhub.identity.AccessRule;
import eu.dmhub.identity.AccessRules;
import eu.dmhub.identity.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/** The dashboard and its exports, for analysts and DIH consultants. */
@Component
class InsightsAccessRules implements AccessRules {

    @Override
    public List<AccessRule> accessRules() {
        return List.of(
                forRoles(Role.ANALYST, Role.CONSULTANT).get("/insights", "/insights/**"),
                forRoles(Role.ANALYST, Role.CONSULTANT).get("/api/v1/insights", "/api/v1/insights/**"));
    }
}

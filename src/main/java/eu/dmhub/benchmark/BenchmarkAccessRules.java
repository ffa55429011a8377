package eu.dmhub.benchmark;

import static eu.dmhub.identity.AccessRule.forRoles;

import eu.dmhub.identity.AccessRule;
import eu.dmhub.identity.AccessRules;
import eu.dmhub.identity.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/** A company's standing among its peers, over the API (the pages show it as a result section). */
@Component
class BenchmarkAccessRules implements AccessRules {

    @Override
    public List<AccessRule> accessRules() {
        return List.of(forRoles(Role.SME_USER)
                .get("/api/v1/assessments/*/benchmark", "/api/v1/assessments/*/benchmark/baseline"));
    }
}

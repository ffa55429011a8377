package eu.dmhub.assessment;

import static eu.dmhub.identity.AccessRule.forEveryone;
import static eu.dmhub.identity.AccessRule.forRoles;

import eu.dmhub.identity.AccessRule;
import eu.dmhub.identity.AccessRules;
import eu.dmhub.identity.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/** Questionnaires are public; answering them and their results are a company's. */
@Component
class AssessmentAccessRules implements AccessRules {

    @Override
    public List<AccessRule> accessRules() {
        return List.of(
                forRoles(Role.SME_USER).anyMethod("/assessments", "/assessments/**"),
                forEveryone().get("/api/v1/models", "/api/v1/models/*"),
                forRoles(Role.ADMIN).post("/api/v1/models"),
                forRoles(Role.SME_USER)
                        .anyMethod(
                                "/api/v1/assessments",
                                "/api/v1/assessments/*",
                                "/api/v1/assessments/*/answers",
                                "/api/v1/assessments/*/retake",
                                "/api/v1/assessments/*/submit",
                                "/api/v1/assessments/*/result",
                                "/api/v1/assessments/*/report.pdf"),
                forRoles(Role.SME_USER, Role.ADMIN).get("/api/v1/companies/*/assessments"));
    }
}

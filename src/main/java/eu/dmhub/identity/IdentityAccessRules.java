package eu.dmhub.identity;

import static eu.dmhub.identity.AccessRule.forAnyoneSignedIn;
import static eu.dmhub.identity.AccessRule.forEveryone;
import static eu.dmhub.identity.AccessRule.forRoles;

import java.util.List;
import org.springframework.stereotype.Component;

/** Signing in and up, the company profile and API tokens. */
@Component
class IdentityAccessRules implements AccessRules {

    @Override
    public List<AccessRule> accessRules() {
        return List.of(
                forEveryone().anyMethod("/login", "/register", "/privacy"),
                forRoles(Role.SME_USER).anyMethod("/company"),
                forEveryone().post("/api/v1/auth/register", "/api/v1/auth/token"),
                forAnyoneSignedIn().delete("/api/v1/auth/token"),
                forRoles(Role.SME_USER, Role.ADMIN).anyMethod("/api/v1/companies/*"));
    }
}

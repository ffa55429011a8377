package eu.dmhub.identity;

import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.Language;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person, as every module sees them; {@code language} is the one they chose to read
 * the platform in, {@code null} until they choose.
 */
public record CurrentPerson(
        UUID id, String email, String displayName, CompanyId organisation, Set<Role> roles, Language language)
        implements java.io.Serializable {

    public CurrentPerson {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this person may see and change data of the given company. */
    public boolean actsFor(CompanyId company) {
        return organisation.equals(company);
    }
}

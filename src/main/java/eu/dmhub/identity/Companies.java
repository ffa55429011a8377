package eu.dmhub.identity;

import eu.dmhub.shared.CompanyId;
import java.util.List;
import java.util.Optional;

/** Read access to company profiles for other modules. */
public interface Companies {

    Optional<CompanyProfile> find(CompanyId id);

    /** The profile, if {@code person} may see it; otherwise nothing, exactly as if it did not exist. */
    Optional<CompanyProfile> findFor(CurrentPerson person, CompanyId id);

    /**
     * Company profiles in id order, a page at a time, starting after {@code after} ({@code null}
     * for the first page): for seeding and batch work over any number of companies.
     */
    List<CompanyProfile> list(CompanyId after, int limit);

    /** Every company profile by id, read a page at a time (for rebuilding read models in bulk). */
    default java.util.Map<CompanyId, CompanyProfile> profilesById() {
        var profiles = new java.util.HashMap<CompanyId, CompanyProfile>();
        CompanyId after = null;
        List<CompanyProfile> page;
        while (!(page = list(after, 10_000)).isEmpty()) {
            page.forEach(p -> profiles.put(p.id(), p));
            after = page.get(page.size() - 1).id();
        }
        return profiles;
    }

    /**
     * The companies whose aggregate data {@code person} may analyse: {@code null} for everyone (an
     * analyst), the DIH's own clients for a consultant, and none for anybody else.
     */
    java.util.Set<CompanyId> analysableBy(CurrentPerson person);
}

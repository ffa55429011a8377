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
}

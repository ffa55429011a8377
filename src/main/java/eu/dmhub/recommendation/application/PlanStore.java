package eu.dmhub.recommendation.application;

import eu.dmhub.recommendation.domain.PlanItem;
import eu.dmhub.shared.CompanyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where action plans are kept. */
public interface PlanStore {

    List<PlanItem> ofCompany(CompanyId company);

    Optional<PlanItem> find(UUID id, boolean forUpdate);

    Optional<PlanItem> find(CompanyId company, String entryId);

    /** Adds the item unless the company already has one for the entry. */
    void insertIfAbsent(PlanItem item);

    void update(PlanItem item);

    /** Items marked done after {@code after} and no later than {@code upTo}. */
    List<PlanItem> doneBetween(CompanyId company, Instant after, Instant upTo);

    long count();
}

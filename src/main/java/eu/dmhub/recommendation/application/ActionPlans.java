package eu.dmhub.recommendation.application;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.PlanItem;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's action plan: recommendations it adds, with owner, target date, status and notes. A
 * person sees and changes only their own organisation's plan; anything else is “not found”.
 */
@Service
public class ActionPlans {

    private final PlanStore store;
    private final Catalogue catalogue;
    private final AssessmentResults results;
    private final Clock clock;

    ActionPlans(PlanStore store, Catalogue catalogue, AssessmentResults results, Optional<Clock> clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.results = results;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public List<PlanItem> of(CurrentPerson person) {
        return store.ofCompany(person.organisation());
    }

    /**
     * Adds an entry recommended for one of the company's assessments; adding it again returns the
     * item already there (planned again if it was dropped).
     */
    @Transactional
    public PlanItem add(CurrentPerson person, String entryId, String assessment) {
        if (entryId == null || entryId.isBlank()) {
            throw InvalidInput.of("entry", "error.required");
        }
        CatalogueEntry entry = catalogue
                .find(entryId.strip())
                .orElseThrow(() -> InvalidInput.of("entry", "error.plan.entry", entryId));
        if (assessment == null || assessment.isBlank()) {
            throw InvalidInput.of("assessment", "error.required");
        }
        UUID assessmentId = uuid(assessment, "assessment", "error.plan.assessment");
        var result = results.visibleResult(person, assessmentId)
                .orElseThrow(() -> InvalidInput.of("assessment", "error.plan.assessment", assessment));
        CompanyId company = result.company();
        Instant now = now();
        var existing = store.find(company, entry.id());
        if (existing.isPresent()) {
            PlanItem again = existing.get().replanned(now);
            if (again != existing.get()) {
                store.update(again);
            }
            return again;
        }
        String dimension = entry.dimensions().stream()
                .filter(result.scores().dimensionIds()::contains)
                .findFirst()
                .orElse(entry.dimensions().get(0));
        store.insertIfAbsent(PlanItem.plan(company, entry.id(), dimension, assessmentId, now));
        return store.find(company, entry.id()).orElseThrow();
    }

    /** One step of the person's own plan; another organisation's is “not found”. */
    @Transactional(readOnly = true)
    public PlanItem item(CurrentPerson person, UUID itemId) {
        return own(person, itemId, false);
    }

    @Transactional
    public PlanItem change(CurrentPerson person, UUID itemId, PlanItem.Change change) {
        PlanItem item = own(person, itemId, true);
        PlanItem changed = item.with(change, now());
        store.update(changed);
        return changed;
    }

    /** The items of a company marked done after {@code after} and no later than {@code upTo}. */
    @Transactional(readOnly = true)
    public List<PlanItem> doneBetween(CompanyId company, Instant after, Instant upTo) {
        return store.doneBetween(company, after, upTo);
    }

    private PlanItem own(CurrentPerson person, UUID itemId, boolean forUpdate) {
        return store.find(itemId, forUpdate)
                .filter(i -> person.actsFor(i.company()))
                .orElseThrow(() -> new NotFound("error.plan.not-found"));
    }

    /** Parses an id typed or sent by a client; a bad one names its field. */
    private static UUID uuid(String text, String field, String messageKey) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, messageKey, text);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

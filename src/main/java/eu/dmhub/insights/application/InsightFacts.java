package eu.dmhub.insights.application;

import eu.dmhub.assessment.AssessmentCompleted;
import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.identity.CompanyProfileChanged;
import eu.dmhub.insights.domain.Fact;
import eu.dmhub.shared.CompanyId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the facts in step with what was submitted: a company's newer result replaces its older one
 * of the same model, and a changed profile moves all its facts. Listeners run after the submitting
 * transaction commits, from the event publication registry, so a crash loses no update. When the
 * facts are empty but results exist (demo data, a bulk load), they are built in bulk at start-up.
 */
@Service
@Order(110)
class InsightFacts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InsightFacts.class);
    private static final int BATCH = 10_000;

    private final FactStore store;
    private final Companies companies;
    private final AssessmentResults results;

    InsightFacts(FactStore store, Companies companies, AssessmentResults results) {
        this.store = store;
        this.companies = companies;
        this.results = results;
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted completed) {
        var result = completed.result();
        companies.find(result.company()).ifPresent(profile -> record(profile, result));
    }

    @ApplicationModuleListener
    void on(CompanyProfileChanged changed) {
        store.lockWriters();
        store.move(changed.after());
    }

    /** Counts a result for its company, replacing an older one; an older result changes nothing. */
    @Transactional
    public void record(CompanyProfile profile, AssessmentResults.Result result) {
        store.lockWriters();
        var existing = store.find(result.company().value(), result.model());
        if (existing.isPresent() && !existing.get().submittedAt().isBefore(result.submittedAt())) {
            return;
        }
        FactStore.Row row = row(profile, result);
        existing.ifPresentOrElse(stored -> store.update(stored.id(), row), () -> store.insert(row));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!store.isEmpty() || results.countSubmitted() == 0) {
            return;
        }
        store.lockWriters();
        Map<CompanyId, CompanyProfile> profiles = companies.profilesById();
        var batch = new ArrayList<FactStore.Row>(BATCH);
        long[] recorded = {0};
        results.forEachLatestSubmitted(result -> {
            CompanyProfile profile = profiles.get(result.company());
            if (profile == null) {
                return;
            }
            batch.add(row(profile, result));
            recorded[0]++;
            if (batch.size() == BATCH) {
                store.insertAll(batch);
                batch.clear();
            }
        });
        store.insertAll(batch);
        log.info("Insights: facts built from {} latest assessments", recorded[0]);
    }

    private static FactStore.Row row(CompanyProfile profile, AssessmentResults.Result result) {
        var dimensions = new ArrayList<String>();
        var scores = new ArrayList<Double>();
        dimensions.add(Fact.OVERALL);
        scores.add(result.scores().overall());
        for (var scored : result.scores().dimensions()) {
            dimensions.add(scored.dimension());
            scores.add(scored.score());
        }
        return new FactStore.Row(
                result.company().value(),
                result.model(),
                result.assessmentId(),
                result.submittedAt(),
                profile,
                List.copyOf(dimensions),
                List.copyOf(scores));
    }
}

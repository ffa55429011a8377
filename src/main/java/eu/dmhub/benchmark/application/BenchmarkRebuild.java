package eu.dmhub.benchmark.application;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.benchmark.application.BenchmarkStore.Participant;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.shared.CompanyId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the read model from the submitted assessments when it is empty but assessments exist:
 * after demo data or a bulk load, which write assessments without publishing events. Works in
 * bulk (one streamed query, batched inserts, one aggregate statement), so a million assessments
 * take minutes, not hours.
 */
@Component
@Order(100)
class BenchmarkRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkRebuild.class);
    private static final int BATCH = 10_000;

    private final BenchmarkStore store;
    private final AssessmentResults results;
    private final Companies companies;
    private final Benchmarks benchmarks;
    private final GroupSnapshots snapshots;

    BenchmarkRebuild(
            BenchmarkStore store,
            AssessmentResults results,
            Companies companies,
            Benchmarks benchmarks,
            GroupSnapshots snapshots) {
        this.snapshots = snapshots;
        this.store = store;
        this.results = results;
        this.companies = companies;
        this.benchmarks = benchmarks;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!store.isEmpty() || results.countSubmitted() == 0) {
            return;
        }
        Map<CompanyId, CompanyProfile> profiles = companies.profilesById();
        Instant cutoff = benchmarks.cutoff();
        var batch = new ArrayList<Participant>(BATCH);
        int[] recorded = {0};
        results.forEachLatestSubmitted(result -> {
            CompanyProfile profile = profiles.get(result.company());
            if (profile == null) {
                return;
            }
            batch.add(Benchmarks.participant(profile, result, cutoff));
            recorded[0]++;
            if (batch.size() == BATCH) {
                store.saveAll(batch);
                batch.clear();
            }
        });
        store.saveAll(batch);
        store.rebuildDistributions();
        snapshots.changed();
        log.info("Benchmark: read model built from {} latest assessments", recorded[0]);
    }
}

package eu.dmhub.benchmark.application;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.identity.Companies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the read model from the submitted assessments when it is empty but assessments exist:
 * after demo data or a bulk load, which write assessments without publishing events.
 */
@Component
@Order(100)
class BenchmarkRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkRebuild.class);

    private final BenchmarkStore store;
    private final AssessmentResults results;
    private final Companies companies;
    private final Benchmarks benchmarks;

    BenchmarkRebuild(BenchmarkStore store, AssessmentResults results, Companies companies, Benchmarks benchmarks) {
        this.store = store;
        this.results = results;
        this.companies = companies;
        this.benchmarks = benchmarks;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (store.isEmpty() && results.countSubmitted() > 0) {
            int[] recorded = {0};
            results.forEachLatestSubmitted(
                    result -> companies.find(result.company()).ifPresent(profile -> {
                        benchmarks.record(profile, result);
                        recorded[0]++;
                    }));
            log.info("Benchmark: read model built from {} latest assessments", recorded[0]);
        }
    }
}

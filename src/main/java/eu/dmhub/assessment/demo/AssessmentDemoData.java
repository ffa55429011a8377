package eu.dmhub.assessment.demo;

import eu.dmhub.assessment.application.AssessmentStore;
import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.shared.CompanyId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submitted assessment for every demo company (and a Digital Intensity Index check for every
 * fourth), answered by {@link SyntheticAnswers} and scored by the real scoring, spread over the
 * last two years. Runs once, when there are no assessments yet.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "dmhub.demo.enabled", havingValue = "true")
class AssessmentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);
    private static final int PAGE = 5_000;

    private final Companies companies;
    private final ModelCatalog models;
    private final AssessmentStore store;
    private final boolean withAnswers;

    AssessmentDemoData(
            Companies companies,
            ModelCatalog models,
            AssessmentStore store,
            @org.springframework.beans.factory.annotation.Value("${dmhub.demo.answers:true}") boolean withAnswers) {
        this.companies = companies;
        this.models = models;
        this.store = store;
        this.withAnswers = withAnswers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (store.count() > 0) {
            return;
        }
        QuestionnaireModel dma = models.latest("dma").orElseThrow();
        QuestionnaireModel dii = models.latest("dii").orElseThrow();
        var random = new Random(42);
        Instant now = Instant.now();
        int total = 0;
        List<CompanyProfile> page;
        CompanyId after = null;
        int seen = 0;
        while (!(page = companies.list(after, PAGE)).isEmpty()) {
            var batch = new ArrayList<Assessment>();
            for (CompanyProfile company : page) {
                double propensity = SyntheticAnswers.propensity(company, random);
                batch.add(submitted(company, dma, propensity, random, now));
                if (seen++ % 4 == 0) {
                    batch.add(submitted(company, dii, propensity, random, now));
                }
            }
            store.insertSubmitted(batch, withAnswers);
            total += batch.size();
            after = page.get(page.size() - 1).id();
        }
        log.info("Demo data: created {} submitted assessments", total);
    }

    private static Assessment submitted(
            CompanyProfile company, QuestionnaireModel model, double propensity, Random random, Instant now) {
        Instant started = now.minus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 720)));
        Assessment assessment = Assessment.start(company.id(), model, started);
        assessment.answer(SyntheticAnswers.answers(model, propensity, random));
        assessment.submit(started.plus(Duration.ofMinutes(15 + random.nextInt(40))));
        return assessment;
    }
}

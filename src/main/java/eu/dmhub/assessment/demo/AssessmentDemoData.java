package eu.dmhub.assessment.demo;

import eu.dmhub.assessment.application.AssessmentStore;
import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CompanyProfile;
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
    private static final int PAGE = 500;

    private final Companies companies;
    private final ModelCatalog models;
    private final AssessmentStore store;

    AssessmentDemoData(Companies companies, ModelCatalog models, AssessmentStore store) {
        this.companies = companies;
        this.models = models;
        this.store = store;
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
        int offset = 0;
        while (!(page = companies.list(offset, PAGE)).isEmpty()) {
            var batch = new ArrayList<Assessment>();
            for (int i = 0; i < page.size(); i++) {
                CompanyProfile company = page.get(i);
                double propensity = SyntheticAnswers.propensity(company, random);
                batch.add(submitted(company, dma, propensity, random, now));
                if ((offset + i) % 4 == 0) {
                    batch.add(submitted(company, dii, propensity, random, now));
                }
            }
            store.insertSubmitted(batch);
            total += batch.size();
            offset += PAGE;
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

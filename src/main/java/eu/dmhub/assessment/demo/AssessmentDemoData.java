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
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submitted assessment for every demo company (and a Digital Intensity Index check for every
 * fourth), answered by {@link SyntheticAnswers} and scored by the real scoring, spread over the
 * last two years; a share of the companies ({@code dmhub.demo.follow-ups}) took the {@code dma}
 * again 150 to 420 days after the first time, having improved in a few dimensions ({@link
 * FollowUpAnswers}). Runs once, when there are no assessments yet.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "dmhub.demo.enabled", havingValue = "true")
class AssessmentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);
    private static final int PAGE = 5_000;
    private static final int SPREAD_DAYS = 720;
    private static final int FOLLOW_UP_MIN_DAYS = 150;
    private static final int FOLLOW_UP_MAX_DAYS = 420;

    private final Companies companies;
    private final ModelCatalog models;
    private final AssessmentStore store;
    private final boolean withAnswers;
    private final double followUps;

    AssessmentDemoData(
            Companies companies,
            ModelCatalog models,
            AssessmentStore store,
            @Value("${dmhub.demo.answers:true}") boolean withAnswers,
            @Value("${dmhub.demo.follow-ups:0.35}") double followUps) {
        if (!(followUps >= 0 && followUps <= 1)) {
            throw new IllegalArgumentException(
                    "dmhub.demo.follow-ups is the share of demo companies with a follow-up assessment, from 0 to 1; it was "
                            + followUps);
        }
        this.companies = companies;
        this.models = models;
        this.store = store;
        this.withAnswers = withAnswers;
        this.followUps = followUps;
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
        int followedUp = 0;
        List<CompanyProfile> page;
        CompanyId after = null;
        int seen = 0;
        while (!(page = companies.list(after, PAGE)).isEmpty()) {
            var batch = new ArrayList<Assessment>();
            for (CompanyProfile company : page) {
                double propensity = SyntheticAnswers.propensity(company, random);
                // every prefix of the companies holds the share, rounded down, so the count is exact
                if ((int) ((seen + 1) * followUps) > (int) (seen * followUps)) {
                    List<Assessment> taken = takenTwice(company, dma, propensity, random, now);
                    batch.addAll(taken);
                    followedUp += taken.size() - 1;
                } else {
                    batch.add(takenOnce(company, dma, propensity, random, now));
                }
                if (seen++ % 4 == 0) {
                    batch.add(takenOnce(company, dii, propensity, random, now));
                }
            }
            store.insertSubmitted(batch, withAnswers);
            total += batch.size();
            after = page.get(page.size() - 1).id();
        }
        log.info("Demo data: created {} submitted assessments, {} of them follow-ups", total, followedUp);
    }

    private static Assessment takenOnce(
            CompanyProfile company, QuestionnaireModel model, double propensity, Random random, Instant now) {
        Instant started = startedWithin(now, 0, SPREAD_DAYS, random);
        return submitted(company, model, started, SyntheticAnswers.answers(model, propensity, random), random);
    }

    /** The first time and, when it is in the past, the follow-up 150 to 420 days later. */
    private static List<Assessment> takenTwice(
            CompanyProfile company, QuestionnaireModel model, double propensity, Random random, Instant now) {
        int days = FOLLOW_UP_MIN_DAYS + random.nextInt(FOLLOW_UP_MAX_DAYS - FOLLOW_UP_MIN_DAYS + 1);
        // the first lies early enough for the follow-up to be in the past, both within the two years
        Instant started = startedWithin(now, days + 1, SPREAD_DAYS, random);
        var answers = SyntheticAnswers.answers(model, propensity, random);
        Assessment first = submitted(company, model, started, answers, random);
        Assessment second = submitted(
                company,
                model,
                first.submittedAt().orElseThrow().plus(Duration.ofDays(days)),
                FollowUpAnswers.of(model, answers, random),
                random);
        return second.submittedAt().orElseThrow().isBefore(now) ? List.of(first, second) : List.of(first);
    }

    /** A start between {@code fromDays} and {@code toDays} days (and half an hour) ago. */
    private static Instant startedWithin(Instant now, int fromDays, int toDays, Random random) {
        int minutes = 60 * 24 * fromDays + random.nextInt(60 * 24 * (toDays - fromDays));
        return now.minus(Duration.ofMinutes(30 + minutes));
    }

    private static Assessment submitted(
            CompanyProfile company,
            QuestionnaireModel model,
            Instant started,
            Map<String, Object> answers,
            Random random) {
        Assessment assessment = Assessment.start(company.id(), model, started);
        assessment.answer(answers);
        assessment.submit(started.plus(Duration.ofMinutes(15 + random.nextInt(40))));
        return assessment;
    }
}

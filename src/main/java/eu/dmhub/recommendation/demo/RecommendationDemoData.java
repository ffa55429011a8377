package eu.dmhub.recommendation.demo;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.AssessmentResults.Result;
import eu.dmhub.assessment.Scores;
import eu.dmhub.identity.Companies;
import eu.dmhub.recommendation.application.Catalogue;
import eu.dmhub.recommendation.application.FollowUps;
import eu.dmhub.recommendation.application.PlanStore;
import eu.dmhub.recommendation.application.Recommendations;
import eu.dmhub.recommendation.domain.PlanItem;
import eu.dmhub.recommendation.domain.Ranking;
import java.time.Duration;
import java.time.Instant;
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
 * Action plans behind the demo follow-ups, so that progress and evidence show: for each company
 * with a follow-up, a few of the steps recommended after its earlier assessment, planned soon
 * after it; steps in dimensions that then improved were mostly done, the others less often. Then
 * records each follow-up as the event listener would have. Runs once, when no plan exists yet.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "dmhub.demo.enabled", havingValue = "true")
class RecommendationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RecommendationDemoData.class);
    private static final List<String> OWNERS = List.of("CEO", "Operations manager", "IT lead", "Office manager");

    private final AssessmentResults results;
    private final Companies companies;
    private final Recommendations recommendations;
    private final PlanStore plans;
    private final FollowUps followUps;

    RecommendationDemoData(
            AssessmentResults results,
            Companies companies,
            Recommendations recommendations,
            PlanStore plans,
            FollowUps followUps) {
        this.results = results;
        this.companies = companies;
        this.recommendations = recommendations;
        this.plans = plans;
        this.followUps = followUps;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (plans.count() > 0) {
            return;
        }
        var random = new Random(7);
        int[] seeded = new int[2];
        results.forEachFollowUp((previous, latest) -> {
            if (!previous.model().equals(Catalogue.MODEL)) {
                return;
            }
            companies.find(previous.company()).ifPresent(profile -> {
                List<Ranking.Ranked> ranked = recommendations.rankWithoutPeers(previous, profile);
                seeded[0] += plan(previous, latest, ranked, random);
                followUps.record(previous, latest);
                seeded[1]++;
            });
        });
        log.info("Demo data: {} action plan steps behind {} follow-ups", seeded[0], seeded[1]);
    }

    private int plan(Result previous, Result latest, List<Ranking.Ranked> ranked, Random random) {
        long days =
                Duration.between(previous.submittedAt(), latest.submittedAt()).toDays();
        if (days < 20) {
            return 0;
        }
        int steps = Math.min(ranked.size(), 2 + random.nextInt(4));
        for (int i = 0; i < steps; i++) {
            Ranking.Ranked step = ranked.get(i);
            Instant created = previous.submittedAt().plus(Duration.ofDays(1 + random.nextInt(7)));
            double change = scoreOf(latest, step.dimension()) - scoreOf(previous, step.dimension());
            boolean done = random.nextDouble() < (change >= 5 ? 0.8 : 0.25);
            String status =
                    done ? "done" : List.of("planned", "in-progress", "dropped").get(random.nextInt(3));
            Instant changedAt = created.plus(Duration.ofDays(1 + random.nextInt((int) days - 10)));
            PlanItem item = PlanItem.plan(
                            previous.company(), step.entry().id(), step.dimension(), previous.assessmentId(), created)
                    .with(
                            new PlanItem.Change(
                                    OWNERS.get(random.nextInt(OWNERS.size())),
                                    changedAt
                                            .atZone(java.time.ZoneOffset.UTC)
                                            .toLocalDate()
                                            .toString(),
                                    status,
                                    null),
                            changedAt);
            plans.insertIfAbsent(item);
        }
        return steps;
    }

    /** A dimension's score in a result; 0 for a dimension the result lacks. */
    private static double scoreOf(Result result, String dimension) {
        return result.scores()
                .dimension(dimension)
                .map(Scores.DimensionScore::score)
                .orElse(0.0);
    }
}

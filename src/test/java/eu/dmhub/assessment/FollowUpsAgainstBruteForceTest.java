package eu.dmhub.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.assessment.AssessmentResults.Result;
import eu.dmhub.assessment.application.AssessmentStore;
import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.assessment.domain.RandomAnswers;
import eu.dmhub.shared.CompanyId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Companies with none, one or several submitted assessments of each model (some submitted in the
 * same microsecond, some left in progress): {@link AssessmentResults#previousSubmitted} and {@link
 * AssessmentResults#forEachFollowUp} give exactly what a brute-force reading of the raw tables gives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FollowUpsAgainstBruteForceTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    AssessmentStore store;

    @Autowired
    ModelCatalog models;

    @Autowired
    AssessmentResults results;

    @Autowired
    JdbcClient jdbc;

    @Test
    void previousAndFollowUpsEqualABruteForceReadingOfTheTables() {
        var random = new Random(17);
        var mine = new ArrayList<UUID>();
        var open = new ArrayList<UUID>();
        for (int i = 0; i < 40; i++) {
            CompanyId company = CompanyId.random();
            var batch = new ArrayList<Assessment>();
            for (String model : List.of("dma", "dii")) {
                int submitted = random.nextInt(5);
                Instant at = NOW.minus(Duration.ofDays(1000));
                for (int n = 0; n < submitted; n++) {
                    // now and then two submitted in the same instant: their ids decide which came later
                    at = random.nextInt(5) == 0 ? at : at.plus(Duration.ofMinutes(1 + random.nextInt(500_000)));
                    batch.add(submitted(company, models.latest(model).orElseThrow(), at, random));
                }
                if (random.nextInt(3) == 0) {
                    Assessment inProgress =
                            Assessment.start(company, models.latest(model).orElseThrow(), NOW);
                    store.insert(inProgress, null);
                    open.add(inProgress.id());
                }
            }
            store.insertSubmitted(batch, false);
            batch.forEach(a -> mine.add(a.id()));
        }

        Map<String, List<Result>> byCompanyAndModel = bruteForce();

        var expectedFollowUps = new HashMap<UUID, Result>();
        var expectedPrevious = new HashMap<UUID, Result>();
        byCompanyAndModel.values().forEach(submitted -> {
            for (int n = 1; n < submitted.size(); n++) {
                expectedPrevious.put(submitted.get(n).assessmentId(), submitted.get(n - 1));
            }
            if (submitted.size() >= 2) {
                expectedFollowUps.put(
                        submitted.get(submitted.size() - 1).assessmentId(), submitted.get(submitted.size() - 2));
            }
        });
        var followUps = new HashMap<UUID, Result>();
        var latest = new HashMap<UUID, Result>();
        results.forEachFollowUp((previous, last) -> {
            assertThat(followUps.put(last.assessmentId(), previous)).isNull();
            latest.put(last.assessmentId(), last);
        });
        assertThat(followUps).isEqualTo(expectedFollowUps);
        byCompanyAndModel.values().stream()
                .filter(submitted -> submitted.size() >= 2)
                .map(submitted -> submitted.get(submitted.size() - 1))
                .forEach(last -> assertThat(latest.get(last.assessmentId())).isEqualTo(last));
        assertThat(expectedFollowUps.values().stream().map(Result::assessmentId))
                .as("the data has follow-ups, also of ties")
                .hasSizeGreaterThan(10);

        var latestSubmitted = new HashMap<String, UUID>();
        results.forEachLatestSubmitted(
                result -> latestSubmitted.put(result.company() + "/" + result.model(), result.assessmentId()));
        byCompanyAndModel.forEach((key, submitted) -> assertThat(latestSubmitted.get(key))
                .as("the latest of %s is the same assessment everywhere", key)
                .isEqualTo(submitted.get(submitted.size() - 1).assessmentId()));

        for (UUID id : mine) {
            assertThat(results.previousSubmitted(id))
                    .as(id.toString())
                    .isEqualTo(Optional.ofNullable(expectedPrevious.get(id)));
        }
        open.forEach(id -> assertThat(results.previousSubmitted(id)).isEmpty());
        assertThat(results.previousSubmitted(UUID.randomUUID())).isEmpty();
    }

    private Assessment submitted(CompanyId company, QuestionnaireModel model, Instant at, Random random) {
        var assessment = new Assessment(
                UUID.randomUUID(),
                company,
                model,
                at.minus(Duration.ofMinutes(20)),
                RandomAnswers.complete(model, random),
                Assessment.Status.IN_PROGRESS,
                null,
                null);
        assessment.submit(at);
        return assessment;
    }

    /**
     * Every submitted result in the tables, per company and model, in the order they were submitted
     * (ties in PostgreSQL's order of uuids, which is that of their lower-case text).
     */
    private Map<String, List<Result>> bruteForce() {
        var scores = new HashMap<UUID, List<Scores.DimensionScore>>();
        jdbc.sql("""
                        select assessment_id, dimension_id, score, max_score
                        from assessment.dimension_score order by position
                        """).query(rs -> {
            scores.computeIfAbsent(rs.getObject("assessment_id", UUID.class), id -> new ArrayList<>())
                    .add(new Scores.DimensionScore(
                            rs.getString("dimension_id"), rs.getDouble("score"), rs.getDouble("max_score")));
        });
        return jdbc
                .sql("""
                        select id, company_id, model_id, model_version, submitted_at, overall
                        from assessment.assessment where status = 'SUBMITTED'
                        """)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    var dimensions = scores.get(id);
                    return new Result(
                            id,
                            new CompanyId(rs.getObject(2, UUID.class)),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getTimestamp(5).toInstant(),
                            new Scores(
                                    rs.getDouble(6),
                                    models.get(rs.getString(3), rs.getInt(4)).maxScore(),
                                    dimensions));
                })
                .list()
                .stream()
                .sorted(Comparator.comparing(Result::submittedAt)
                        .thenComparing(result -> result.assessmentId().toString()))
                .collect(Collectors.groupingBy(
                        result -> result.company() + "/" + result.model(), LinkedHashMap::new, Collectors.toList()));
    }
}

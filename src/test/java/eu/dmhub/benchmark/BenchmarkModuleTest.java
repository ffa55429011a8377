package eu.dmhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.SignedIn;
import eu.dmhub.assessment.AssessmentCompleted;
import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.ResultSection;
import eu.dmhub.assessment.Scores;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.application.Registered;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.SizeClass;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The benchmark read model fed by the assessment module's event. DIRECT_DEPENDENCIES because the
 * benchmark reads results through assessment's API, company profiles through identity's and draws
 * charts; those depend only on each other, so nothing that builds on the benchmark
 * (recommendation, web) starts. The results are published here as the assessment module would
 * publish them, so each test controls the typed scores exactly. Groups of two are shown (k = 2,
 * the smallest the settings allow), in Danish agriculture, where no other fixture puts companies.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@TestPropertySource(properties = "dmhub.benchmark.min-group-size=2")
class BenchmarkModuleTest {

    private static final Duration AT_MOST = Duration.ofSeconds(30);

    @Autowired
    RegistrationService registrations;

    @Autowired
    PeerStandings standings;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    record Company(CompanyId id, CurrentPerson owner) {}

    private Company aMediumFarmInDenmark() {
        String email = "farm-" + System.nanoTime() + "@benchmark.example";
        Registered registered = Fixtures.aCompanyIn(registrations, email, "DK", "01", SizeClass.MEDIUM);
        return new Company(registered.companyId(), SignedIn.person(people, email));
    }

    /** A dma result as the assessment module publishes it: overall and strategy given, the rest at 50. */
    private static AssessmentResults.Result aResult(
            Company company, Instant submittedAt, double overall, double strategy) {
        var dimensions = new java.util.ArrayList<Scores.DimensionScore>();
        dimensions.add(new Scores.DimensionScore("strategy", strategy, 100));
        for (String other : List.of("readiness", "human", "data", "automation", "green")) {
            dimensions.add(new Scores.DimensionScore(other, 50, 100));
        }
        return new AssessmentResults.Result(
                UUID.randomUUID(), company.id(), "dma", 1, submittedAt, new Scores(overall, 100, dimensions));
    }

    private PeerStandings.Standing standingOf(Company company, AssessmentResults.Result result) {
        return standings
                .of(new ResultSection.Context(company.owner(), result, Language.ENGLISH))
                .orElseThrow();
    }

    /** 1 once the benchmark counts the assessment among its peers, 0 before and after it is replaced. */
    private long counted(AssessmentResults.Result result) {
        return jdbc.sql("select count(*) from benchmark.participant where assessment_id = ? and counted")
                .param(result.assessmentId())
                .query(Long.class)
                .single();
    }

    private UUID countedAssessmentOf(Company company) {
        return jdbc.sql("select assessment_id from benchmark.participant where company_id = ? and model_id = 'dma'")
                .param(company.id().value())
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    /** Whether the event publication registry has seen every listener of the result's event through. */
    private boolean handled(AssessmentResults.Result result) {
        return jdbc.sql(
                                "select count(*) from event_publication where serialized_event like ? and completion_date is null")
                        .param("%" + result.assessmentId() + "%")
                        .query(Long.class)
                        .single()
                == 0;
    }

    @Test
    void aPublishedResultIsCountedAmongItsPeersWithItsTypedScores(Scenario scenario) {
        Company weaker = aMediumFarmInDenmark();
        Company stronger = aMediumFarmInDenmark();
        Instant now = Instant.now();
        var weak = aResult(weaker, now.minus(Duration.ofDays(2)), 40, 30);
        var strong = aResult(stronger, now.minus(Duration.ofDays(1)), 80, 90);

        scenario.publish(new AssessmentCompleted(weak))
                .andWaitAtMost(AT_MOST)
                .andWaitForStateChange(() -> counted(weak), counted -> counted == 1);
        scenario.publish(new AssessmentCompleted(strong))
                .andWaitAtMost(AT_MOST)
                .andWaitForStateChange(() -> counted(strong), counted -> counted == 1)
                .andVerify(counted -> {
                    var standing = standingOf(stronger, strong);
                    assertThat(standing.group()).contains("Denmark");
                    assertThat(standing.companies()).isGreaterThanOrEqualTo(2);
                    assertThat(standing.positions().get("overall").score()).isEqualTo(80.0);
                    assertThat(standing.positions().get("strategy").score()).isEqualTo(90.0);
                    var below = standingOf(weaker, weak);
                    assertThat(standing.positions().get("overall").percentile())
                            .isGreaterThan(below.positions().get("overall").percentile());
                    assertThat(standing.positions().get("strategy").percentile())
                            .isGreaterThan(below.positions().get("strategy").percentile());
                });
    }

    @Test
    void aCompanysNewerResultReplacesItsEarlierOneAndAnOlderOneChangesNothing(Scenario scenario) {
        Company farm = aMediumFarmInDenmark();
        Instant submitted = Instant.now().minus(Duration.ofDays(30));
        var first = aResult(farm, submitted, 40, 40);
        var second = aResult(farm, submitted.plus(Duration.ofDays(7)), 55, 55);
        var older = aResult(farm, submitted.minus(Duration.ofDays(7)), 10, 10);

        scenario.publish(new AssessmentCompleted(first))
                .andWaitAtMost(AT_MOST)
                .andWaitForStateChange(() -> counted(first), counted -> counted == 1);

        scenario.publish(new AssessmentCompleted(second))
                .andWaitAtMost(AT_MOST)
                .andWaitForStateChange(() -> countedAssessmentOf(farm), second.assessmentId()::equals)
                .andVerify(assessment -> {
                    assertThat(counted(first)).isZero();
                    assertThat(counted(second)).isOne();
                });

        scenario.publish(new AssessmentCompleted(older))
                .andWaitAtMost(AT_MOST)
                .andWaitForStateChange(() -> handled(older), Boolean::booleanValue)
                .andVerify(done -> {
                    assertThat(countedAssessmentOf(farm)).isEqualTo(second.assessmentId());
                    assertThat(counted(older)).isZero();
                });
    }
}

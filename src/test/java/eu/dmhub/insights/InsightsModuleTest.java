package eu.dmhub.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.dmhub.Fixtures;
import eu.dmhub.SignedIn;
import eu.dmhub.assessment.AssessmentCompleted;
import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.Scores;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.insights.application.Insights;
import eu.dmhub.insights.domain.InsightReport;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.SizeClass;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The insights read model fed by the assessment module's event. DIRECT_DEPENDENCIES because
 * insights reads results and models through assessment's API, companies and who may analyse them
 * through identity's, and draws charts; those depend only on each other and nothing depends on
 * insights. Figures over two companies are shown (k = 2), for Norwegian fisheries, where no other
 * fixture puts companies.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@TestPropertySource(properties = "dmhub.insights.min-group-size=2")
class InsightsModuleTest {

    @Autowired
    RegistrationService registrations;

    @Autowired
    Insights insights;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    private CompanyId aMediumFisheryInNorway() {
        return Fixtures.aCompanyIn(
                        registrations,
                        "fishery-" + System.nanoTime() + "@insights.example",
                        "NO",
                        "03",
                        SizeClass.MEDIUM)
                .companyId();
    }

    private CurrentPerson anAnalyst() {
        String email = "analyst-" + System.nanoTime() + "@insights.example";
        Fixtures.aPersonWithRole(registrations, email, "module-password", Role.ANALYST);
        return SignedIn.person(people, email);
    }

    private static AssessmentResults.Result aResult(CompanyId company, double overall, double data) {
        var dimensions = new ArrayList<Scores.DimensionScore>();
        for (String dimension : List.of("strategy", "readiness", "human", "data", "automation", "green")) {
            dimensions.add(new Scores.DimensionScore(dimension, dimension.equals("data") ? data : overall, 100));
        }
        return new AssessmentResults.Result(
                UUID.randomUUID(),
                company,
                "dma",
                1,
                Instant.now().minus(Duration.ofDays(3)),
                new Scores(overall, 100, dimensions));
    }

    private InsightReport.Summary norwegianFisheries(CurrentPerson analyst) {
        return insights.report(
                        analyst, new Insights.Query("dma", "NO", null, "A", "MEDIUM", null, null, null), Locale.ENGLISH)
                .summary();
    }

    /** Whether the insights hold a fact for the result (a company alone is held, though never shown). */
    private boolean recorded(AssessmentResults.Result result) {
        return jdbc.sql("select count(*) from insights.fact where assessment_id = ?")
                        .param(result.assessmentId())
                        .query(Long.class)
                        .single()
                == 1;
    }

    @Test
    void publishedResultsAreCountedInTheAnalystsFiguresOnceThereAreKOfThem(Scenario scenario) {
        CurrentPerson analyst = anAnalyst();
        var first = aResult(aMediumFisheryInNorway(), 40, 20);
        var second = aResult(aMediumFisheryInNorway(), 60, 50);

        scenario.publish(new AssessmentCompleted(first))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> recorded(first), Boolean::booleanValue)
                .andVerify(recorded -> {
                    var alone = norwegianFisheries(analyst);
                    assertThat(alone.suppressed()).isTrue();
                    assertThat(alone.companies()).isNull();
                });

        scenario.publish(new AssessmentCompleted(second))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> norwegianFisheries(analyst), summary -> !summary.suppressed())
                .andVerify(summary -> {
                    assertThat(summary.companies()).isEqualTo(2);
                    var overall = summary.dimensions().get(0);
                    assertThat(overall.dimension()).isEqualTo("overall");
                    assertThat(overall.mean()).isCloseTo(50.0, within(1e-9));
                    assertThat(summary.dimensions())
                            .filteredOn(stats -> stats.dimension().equals("data"))
                            .singleElement()
                            .satisfies(data -> assertThat(data.mean()).isCloseTo(35.0, within(1e-9)));
                });
    }
}

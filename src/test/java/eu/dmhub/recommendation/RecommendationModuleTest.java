package eu.dmhub.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.Responses;
import eu.dmhub.SignedIn;
import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.ResultSection;
import eu.dmhub.assessment.Scores;
import eu.dmhub.assessment.application.AssessmentService;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.Registered;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.recommendation.application.Recommendations;
import eu.dmhub.recommendation.application.Recommendations.Recommendation;
import eu.dmhub.shared.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * The recommendation module: ranking for a result, the toolbox, the action plan and the follow-ups
 * it records when a company submits again. DIRECT_DEPENDENCIES because it reads results
 * (assessment), peer standings (benchmark) and company profiles (identity), and the benchmark's own
 * dependencies are among those: everything it needs starts, and nothing that builds on it
 * (insights, web).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class RecommendationModuleTest {

    private static final String ENTRY = "strategy-budget-line";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegistrationService registrations;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentResults results;

    @Autowired
    Recommendations recommendations;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    String email;
    Registered company;
    CurrentPerson person;

    @BeforeEach
    void aCompany() {
        email = "sme-" + System.nanoTime() + "@recommendation.example";
        company = Fixtures.aPersonWithRole(registrations, email, "module-password", Role.SME_USER);
        person = SignedIn.person(people, email);
    }

    private JsonNode model() {
        return HttpApi.JSON.readTree(
                Responses.text(mvc.get().uri("/api/v1/models/dma").exchange()));
    }

    private UUID aSubmittedAssessment(Map<String, Object> answers) {
        UUID id = assessments
                .start(person, company.companyId(), "dma")
                .assessment()
                .id();
        assessments.answer(person, id, answers);
        assessments.submit(person, id);
        return id;
    }

    @Test
    void aResultWeakInOneDimensionIsFirstRecommendedStepsForThatDimension() {
        var dimensions = new ArrayList<Scores.DimensionScore>();
        for (String dimension : List.of("strategy", "readiness", "human", "data", "automation", "green")) {
            dimensions.add(new Scores.DimensionScore(dimension, dimension.equals("data") ? 10 : 95, 100));
        }
        var result = new AssessmentResults.Result(
                UUID.randomUUID(), company.companyId(), "dma", 1, Instant.now(), new Scores(82, 100, dimensions));

        var ranked = recommendations.forResult(new ResultSection.Context(person, result, Language.ENGLISH));

        assertThat(ranked.available()).isTrue();
        assertThat(ranked.top()).isNotEmpty();
        Recommendation first = ranked.top().get(0);
        assertThat(first.dimension()).isEqualTo("data");
        assertThat(first.reasons()).anySatisfy(reason -> assertThat(reason).contains(first.dimensionTitle()));
        assertThat(ranked.top()).filteredOn(r -> r.dimension().equals("data")).hasSizeLessThanOrEqualTo(3);
        assertThat(ranked.top())
                .extracting(Recommendation::benefit)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aSecondSubmissionIsRecordedAsAFollowUpWithTheChangePerDimension(Scenario scenario) {
        JsonNode model = model();
        UUID first = aSubmittedAssessment(Fixtures.randomAnswers(model, new Random(11)));
        Scores before = results.visibleResult(person, first).orElseThrow().scores();
        UUID retake = assessments.retake(person, first).assessment().id();
        assessments.answer(person, retake, Fixtures.bestAnswers(model));

        scenario.stimulate(() -> assessments.submit(person, retake))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> followUpOf(retake), changes -> !changes.isEmpty())
                .andVerify(changes -> {
                    assertThat(changes.keySet()).containsExactlyInAnyOrderElementsOf(before.dimensionIds());
                    changes.forEach((dimension, change) -> assertThat(change)
                            .isEqualTo(100 - before.of(dimension), org.assertj.core.api.Assertions.within(1e-9)));
                });
    }

    /** The change per dimension recorded for the follow-up that ends with {@code assessment}; empty before. */
    private Map<String, Double> followUpOf(UUID assessment) {
        var changes = new java.util.HashMap<String, Double>();
        jdbc.sql("""
                        select c.dimension, c.change
                          from recommendation.follow_up f
                          join recommendation.follow_up_change c using (company_id, model_id)
                         where f.assessment_id = ?""")
                .param(assessment)
                .query((rs, n) -> changes.put(rs.getString("dimension"), rs.getDouble("change")))
                .list();
        return changes;
    }

    @Test
    void theToolboxListsAnEntryAndOpensIt() {
        var list = mvc.get().uri("/toolbox").exchange();
        assertThat(list).hasStatus(HttpStatus.OK);
        assertThat(Responses.page(list).select("#toolbox-entries a[href=/toolbox/" + ENTRY + "]"))
                .hasSize(1);
        assertThat(mvc.get().uri("/toolbox/" + ENTRY)).hasStatus(HttpStatus.OK);
    }

    @Test
    void aStepAddedFromAResultIsInThePlanAndABadDateIsRefusedNamingTheField() {
        UUID id = aSubmittedAssessment(Fixtures.bestAnswers(model()));

        assertThat(mvc.post()
                        .uri("/plan/items")
                        .with(SignedIn.as(people, email))
                        .with(csrf())
                        .param("entry", ENTRY)
                        .param("assessment", id.toString()))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .startsWith("/assessments/" + id + "/result?planned=" + ENTRY);

        var plan = Responses.page(
                mvc.get().uri("/plan").with(SignedIn.as(people, email)).exchange());
        var step = plan.selectFirst("a[href^=/plan/items/]");
        assertThat(step).isNotNull();

        var refused = mvc.post()
                .uri(step.attr("href"))
                .with(SignedIn.as(people, email))
                .with(csrf())
                .param("owner", "Kadri")
                .param("targetDate", "31.02.2027")
                .param("status", "planned")
                .param("notes", "")
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(Responses.page(refused).select("#targetDate-error")).hasSize(1);
    }
}

package eu.dmhub.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.Responses;
import eu.dmhub.SignedIn;
import eu.dmhub.assessment.Scores.DimensionScore;
import eu.dmhub.assessment.application.AssessmentService;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.Registered;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.shared.NotFound;
import java.time.Duration;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * The assessment module on its own: answering, autosave, submitting and the event it publishes.
 * DIRECT_DEPENDENCIES because assessment uses identity (who is signed in, company profiles) and
 * charts, and these depend on nothing but shared; the modules that build on results (benchmark,
 * recommendation, insights, web) stay out, so nothing here can lean on them. The database module
 * is an extra include: no module depends on it, but every store needs it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class AssessmentModuleTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegistrationService registrations;

    @Autowired
    AssessmentService assessments;

    @Autowired
    UserDetailsService people;

    String email;
    Registered company;
    CurrentPerson person;

    @BeforeEach
    void aCompany() {
        email = "sme-" + System.nanoTime() + "@assessment.example";
        company = Fixtures.aPersonWithRole(registrations, email, "module-password", Role.SME_USER);
        person = SignedIn.person(people, email);
    }

    private UUID anOpenAssessment(String model) {
        return assessments
                .start(person, company.companyId(), model)
                .assessment()
                .id();
    }

    private UUID theBestAnsweredAssessment(String model) {
        UUID id = anOpenAssessment(model);
        JsonNode description = HttpApi.JSON.readTree(
                Responses.text(mvc.get().uri("/api/v1/models/" + model).exchange()));
        assessments.answer(person, id, Fixtures.bestAnswers(description));
        return id;
    }

    @Test
    void submittingPublishesTheResultWithItsTypedScoresInTheModelsOrder(Scenario scenario) {
        UUID id = theBestAnsweredAssessment("dma");

        scenario.stimulate(() -> assessments.submit(person, id))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForEventOfType(AssessmentCompleted.class)
                .matchingMappedValue(completed -> completed.result().assessmentId(), id)
                .toArriveAndVerify(completed -> {
                    var result = completed.result();
                    assertThat(result.company()).isEqualTo(company.companyId());
                    assertThat(result.model()).isEqualTo("dma");
                    Scores scores = result.scores();
                    assertThat(scores.overall()).isEqualTo(100.0);
                    assertThat(scores.maxScore()).isEqualTo(100.0);
                    assertThat(scores.dimensionIds())
                            .containsExactly("strategy", "readiness", "human", "data", "automation", "green");
                    assertThat(scores.dimensions())
                            .extracting(DimensionScore::score, DimensionScore::maxScore)
                            .containsOnly(org.assertj.core.groups.Tuple.tuple(100.0, 100.0));
                });
    }

    @Test
    void aDigitalIntensityResultCountsItsIndicatorsOutOfTwelve(Scenario scenario) {
        UUID id = theBestAnsweredAssessment("dii");

        scenario.stimulate(() -> assessments.submit(person, id))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForEventOfType(AssessmentCompleted.class)
                .matchingMappedValue(completed -> completed.result().assessmentId(), id)
                .toArriveAndVerify(completed -> {
                    Scores scores = completed.result().scores();
                    assertThat(scores.overall()).isEqualTo(12.0);
                    assertThat(scores.maxScore()).isEqualTo(12.0);
                    assertThat(scores.dimensions().stream()
                                    .mapToDouble(DimensionScore::maxScore)
                                    .sum())
                            .isEqualTo(12.0);
                    assertThat(scores.dimensions())
                            .allSatisfy(d -> assertThat(d.score()).isEqualTo(d.maxScore()));
                });
    }

    @Test
    void theDimensionPageIsAWholePageAndItsAutosaveAnswersWithAFragment() {
        String page = "/assessments/" + anOpenAssessment("dma") + "/dimensions/1";

        var full = mvc.get().uri(page).with(SignedIn.as(people, email)).exchange();
        assertThat(full).hasStatus(HttpStatus.OK);
        Document document = Responses.page(full);
        assertThat(document.select("main")).hasSize(1);
        assertThat(document.selectFirst("form[data-hx-post]").attr("data-hx-post"))
                .endsWith(page + "/autosave");

        var partial = mvc.post()
                .uri(page + "/autosave")
                .header("HX-Request", "true")
                .with(SignedIn.as(people, email))
                .with(csrf())
                .param("shown", "q2")
                .param("q2", "budget")
                .exchange();
        assertThat(partial).hasStatus(HttpStatus.OK);
        Document fragment = Responses.fragment(partial);
        assertThat(fragment.select("#save-status")).hasSize(1);
        assertThat(fragment.select("main, header, nav")).isEmpty();

        assertThat(mvc.post()
                        .uri(page + "/autosave")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(people, email))
                        .with(csrf())
                        .param("shown", "q2")
                        .param("q2", "no-such-item"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        var reloaded = mvc.get().uri(page).with(SignedIn.as(people, email)).exchange();
        assertThat(Responses.page(reloaded).selectFirst("#q2-budget").hasAttr("checked"))
                .isTrue();
    }

    @Test
    void anotherCompanysAssessmentIsNotFoundAndCannotBeSubmitted() {
        UUID id = theBestAnsweredAssessment("dma");
        String stranger = "stranger-" + System.nanoTime() + "@assessment.example";
        Fixtures.aPersonWithRole(registrations, stranger, "module-password", Role.SME_USER);
        CurrentPerson other = SignedIn.person(people, stranger);

        assertThatThrownBy(() -> assessments.get(other, id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> assessments.submit(other, id)).isInstanceOf(NotFound.class);
        assertThat(assessments.list(person, company.companyId()))
                .singleElement()
                .satisfies(summary -> {
                    assertThat(summary.id()).isEqualTo(id);
                    assertThat(summary.status()).isEqualTo(Assessment.Status.IN_PROGRESS);
                });
    }
}

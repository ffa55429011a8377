package eu.dmhub.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.Fixtures.Owner;
import eu.dmhub.HttpApi;
import eu.dmhub.HttpApi.Reply;
import eu.dmhub.WebSession;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.RegistrationService;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * "Retake, starting from my previous answers" over HTTP, on the API and the pages: the newest model
 * version with the answers it still accepts, one open assessment per model, and nothing of another
 * company's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RetakeTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    MessageSource messages;

    HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @AfterEach
    void noRequestEverYieldedAServerError() {
        api.assertNoServerErrors();
    }

    String start(Owner owner, String model) {
        Reply started =
                api.post("/api/v1/assessments", owner.token(), Map.of("companyId", owner.companyId(), "model", model));
        assertThat(started.status()).isEqualTo(201);
        return started.json().path("id").asString();
    }

    /** Starts, answers every question as well as the model allows, and submits; gives the assessment's id. */
    String submitted(Owner owner, String model) {
        String id = start(owner, model);
        JsonNode description = api.get("/api/v1/models/" + model, null).json();
        api.put(
                "/api/v1/assessments/" + id + "/answers",
                owner.token(),
                Map.of("answers", Fixtures.bestAnswers(description)));
        assertThat(api.post("/api/v1/assessments/" + id + "/submit", owner.token(), "")
                        .status())
                .isEqualTo(200);
        return id;
    }

    Reply retake(Owner owner, String id) {
        return api.post("/api/v1/assessments/" + id + "/retake", owner.token(), "");
    }

    @Test
    void aRetakeStartsTheNewestVersionWithTheAnswersItStillAccepts() throws Exception {
        String admin = "admin-" + System.nanoTime() + "@retake.example";
        Fixtures.aPersonWithRole(registrations, admin, "retake-password", Role.ADMIN);
        String adminToken = Fixtures.token(api, admin, "retake-password");
        String model = "dma-retake-" + (System.nanoTime() % 100000);
        String version1 = Files.readString(Path.of("src/main/resources/models/dma-v1.yaml"))
                .replaceFirst("id: dma\n", "id: " + model + "\n");
        assertThat(upload(adminToken, model + "-v1.yaml", version1).status()).isEqualTo(201);
        Owner owner = Fixtures.aSignedInOwner(api);
        String previous = submitted(owner, model);
        JsonNode before =
                api.get("/api/v1/assessments/" + previous, owner.token()).json();

        String version2 = version1.replace("version: 1\n", "version: 2\n")
                // q2 is gone, a new question took its place
                .replace("      - id: q2\n", "      - id: q2-new\n")
                // q4 no longer offers "in use" (5), the best answer picked before
                .replaceFirst("\n          - \\{id: \"5\", score: 5, [^\n]*", "");
        assertThat(upload(adminToken, model + "-v2.yaml", version2).status()).isEqualTo(201);

        Reply retake = retake(owner, previous);

        assertThat(retake.status()).as(retake.body()).isEqualTo(201);
        JsonNode next = retake.json();
        String id = next.path("id").asString();
        assertThat(id).isNotEqualTo(previous);
        assertThat(retake.header("Location")).isEqualTo("/api/v1/assessments/" + id);
        assertThat(next.path("modelVersion").asInt()).isEqualTo(2);
        assertThat(next.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(next.path("companyId").asString()).isEqualTo(owner.companyId());
        var carried = new HashSet<>(before.path("answers").propertyNames());
        carried.removeAll(java.util.Set.of("q2", "q4"));
        assertThat(next.path("answers").propertyNames()).containsExactlyInAnyOrderElementsOf(carried);
        carried.forEach(question -> assertThat(next.path("answers").path(question))
                .as(question)
                .isEqualTo(before.path("answers").path(question)));
        assertThat(next.path("unanswered").values())
                .extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("q2-new", "q4");
        assertThat(api.get("/api/v1/assessments/" + id, owner.token()).json()).isEqualTo(next);
        assertThat(api.get("/api/v1/assessments/" + previous, owner.token()).json())
                .as("the previous assessment is untouched")
                .isEqualTo(before);
    }

    @Test
    void aCompanyKeepsOneOpenAssessmentPerModel() {
        Owner owner = Fixtures.aSignedInOwner(api);
        String previous = submitted(owner, "dii");

        Reply first = retake(owner, previous);
        Reply second = retake(owner, previous);

        assertThat(first.status()).isEqualTo(201);
        String id = first.json().path("id").asString();
        assertThat(first.header("Location")).isEqualTo("/api/v1/assessments/" + id);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("Content-Location")).isEqualTo("/api/v1/assessments/" + id);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(api.get("/api/v1/companies/" + owner.companyId() + "/assessments", owner.token())
                        .json()
                        .size())
                .isEqualTo(2);

        Owner another = Fixtures.aSignedInOwner(api);
        String submitted = submitted(another, "dii");
        String startedByHand = start(another, "dii");
        Reply found = retake(another, submitted);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("id").asString()).isEqualTo(startedByHand);
        assertThat(found.json().path("answers").size())
                .as("what was started by hand is left as it is")
                .isZero();
    }

    @Test
    void onlyASubmittedAssessmentOfOnesOwnCompanyCanBeRetaken() {
        Owner owner = Fixtures.aSignedInOwner(api);
        Owner stranger = Fixtures.aSignedInOwner(api);
        String open = start(owner, "dma");
        String submitted = submitted(owner, "dii");

        Reply notSubmitted = retake(owner, open);
        assertThat(notSubmitted.status()).isEqualTo(409);
        assertThat(notSubmitted.contentType()).startsWith("application/problem+json");
        assertThat(notSubmitted.fields()).containsExactly("status");
        assertThat(notSubmitted.body()).doesNotContain("Exception", "at eu.dmhub");

        assertThat(retake(stranger, submitted).status()).isEqualTo(404);
        assertThat(retake(stranger, open).status()).isEqualTo(404);
        assertThat(retake(owner, UUID.randomUUID().toString()).status()).isEqualTo(404);
        assertThat(retake(owner, "not-a-uuid").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/companies/" + owner.companyId() + "/assessments", owner.token())
                        .json()
                        .size())
                .as("a refused retake starts nothing")
                .isEqualTo(2);
        assertThat(api.get("/api/v1/companies/" + stranger.companyId() + "/assessments", stranger.token())
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void theResultPageRetakesAndShowsTheCarriedOverAnswersOnTheReviewPage() {
        Owner owner = Fixtures.aSignedInOwner(api);
        String previous = submitted(owner, "dma");
        var session = new WebSession(port).signIn(owner.email(), owner.password());
        String resultPage = "/assessments/" + previous + "/result";

        Document result = Jsoup.parse(session.get(resultPage).body());
        var form = result.selectFirst("form[action=/assessments/" + previous + "/retake]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.selectFirst("button").text()).isEqualTo(english("result.retake"));

        var retaken = session.post(resultPage, "/assessments/" + previous + "/retake", Map.of());
        assertThat(retaken.status()).isEqualTo(302);
        assertThat(retaken.location()).matches(".*/assessments/[0-9a-f-]{36}/review\\?retaken");
        String review = retaken.location().substring(retaken.location().indexOf("/assessments"));
        String id = review.split("/")[2];
        assertThat(id).isNotEqualTo(previous);
        Document page = Jsoup.parse(session.get(review).body());
        assertThat(page.select("[role=status]").text()).isEqualTo(english("review.retaken"));
        assertThat(page.select("p.notice").eachText()).contains(english("review.complete"));
        assertThat(page.select("ol.dimension-list h3 a")).hasSize(6);

        var again = session.post(resultPage, "/assessments/" + previous + "/retake", Map.of());
        assertThat(again.location()).endsWith("/assessments/" + id + "/review?open");
        assertThat(Jsoup.parse(session.get("/assessments/" + id + "/review?open")
                                .body())
                        .select("[role=status]")
                        .text())
                .isEqualTo(english("review.retake-open"));

        var ofOpen = session.post(review, "/assessments/" + id + "/retake", Map.of());
        assertThat(ofOpen.status()).isEqualTo(409);
        Owner stranger = Fixtures.aSignedInOwner(api);
        var strangerSession = new WebSession(port).signIn(stranger.email(), stranger.password());
        assertThat(strangerSession
                        .post("/", "/assessments/" + previous + "/retake", Map.of())
                        .status())
                .isEqualTo(404);
    }

    private String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private Reply upload(String token, String fileName, String yaml) {
        return api.send(api.request("/api/v1/models?fileName=" + fileName, token)
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml))
                .build());
    }
}

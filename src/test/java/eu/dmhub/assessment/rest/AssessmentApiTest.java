package eu.dmhub.assessment.rest;

import static eu.dmhub.Fixtures.aSmallManufacturerInTartu;
import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.HttpApi.Reply;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The whole self-assessment over HTTP with a bearer token, and every error case of the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssessmentApiTest {

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @AfterEach
    void noRequestEverYieldedAServerError() {
        api.assertNoServerErrors();
    }

    record Account(String token, String companyId) {}

    Account registered() {
        Fixtures.Owner owner = Fixtures.aSignedInOwner(api);
        return new Account(owner.token(), owner.companyId());
    }

    String started(Account account, String model) {
        Reply started = api.post(
                "/api/v1/assessments", account.token(), Map.of("companyId", account.companyId(), "model", model));
        assertThat(started.status()).isEqualTo(201);
        return started.json().path("id").asString();
    }

    @Test
    void takesTheWholeAssessmentWithABearerToken() {
        Account account = registered();
        JsonNode model = api.get("/api/v1/models/dma", null).json();
        String id = started(account, "dma");

        Map<String, Object> best = Fixtures.bestAnswers(model);
        var firstHalf = new LinkedHashMap<String, Object>();
        var secondHalf = new LinkedHashMap<String, Object>();
        best.forEach((question, answer) ->
                (firstHalf.size() < best.size() / 2 ? firstHalf : secondHalf).put(question, answer));

        Reply partial =
                api.put("/api/v1/assessments/" + id + "/answers", account.token(), Map.of("answers", firstHalf));
        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.json().path("progress").path("answered").asInt()).isEqualTo(firstHalf.size());

        Reply resumed = api.get("/api/v1/assessments/" + id, account.token());
        assertThat(resumed.json().path("unanswered").size()).isEqualTo(secondHalf.size());
        assertThat(resumed.json().path("answers").propertyNames()).containsAll(firstHalf.keySet());

        api.put("/api/v1/assessments/" + id + "/answers", account.token(), Map.of("answers", secondHalf));
        Reply submitted = api.post("/api/v1/assessments/" + id + "/submit", account.token(), "");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().path("overall").asDouble()).isEqualTo(100.0);
        assertThat(submitted.json().path("level").asString()).isEqualTo("advanced");
        assertThat(submitted.json().path("dimensions").size()).isEqualTo(6);

        Reply again = api.post("/api/v1/assessments/" + id + "/submit", account.token(), "");
        assertThat(again.json()).isEqualTo(submitted.json());
        Reply list = api.get("/api/v1/companies/" + account.companyId() + "/assessments", account.token());
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0).path("status").asString()).isEqualTo("SUBMITTED");

        Reply result = api.get("/api/v1/assessments/" + id + "/result", account.token(), "et");
        assertThat(result.json().path("overall").asDouble()).isEqualTo(100.0);
        assertThat(result.json().path("levelTitle").asString())
                .isNotEqualTo(submitted.json().path("levelTitle").asString());
    }

    @Test
    void aCompanyKeepsOneOpenAssessmentPerModel() {
        Account account = registered();
        String open = started(account, "dma");
        api.put(
                "/api/v1/assessments/" + open + "/answers",
                account.token(),
                Map.of("answers", Map.of("q2", List.of("budget"))));

        Reply again = api.post(
                "/api/v1/assessments", account.token(), Map.of("companyId", account.companyId(), "model", "dma"));
        assertThat(again.status()).as("nothing is started").isEqualTo(200);
        assertThat(again.header("Content-Location")).isEqualTo("/api/v1/assessments/" + open);
        assertThat(again.json().path("id").asString()).isEqualTo(open);
        assertThat(again.json().path("answers").propertyNames()).containsExactly("q2");
        String other = started(account, "dii");
        assertThat(other).as("another model has its own").isNotEqualTo(open);

        Fixtures.submit(
                api,
                new Fixtures.Owner(null, null, account.token(), account.companyId()),
                "dma",
                Fixtures.bestAnswers(api.get("/api/v1/models/dma", null).json()));
        Reply list = api.get("/api/v1/companies/" + account.companyId() + "/assessments", account.token());
        assertThat(list.json().size())
                .as("the open dma one was submitted, not a copy")
                .isEqualTo(2);
        assertThat(started(account, "dma"))
                .as("once submitted, a new one starts")
                .isNotEqualTo(open);
    }

    @Test
    void modelsAreLocalisedByAcceptLanguage() {
        Reply models = api.get("/api/v1/models", null);
        assertThat(models.status()).isEqualTo(200);
        assertThat(models.json().findValuesAsString("id")).contains("dma", "dii");
        String english =
                api.get("/api/v1/models/dma", null, "en").json().path("title").asString();
        String estonian = api.get("/api/v1/models/dma", null, "et-EE,et;q=0.9")
                .json()
                .path("title")
                .asString();
        assertThat(estonian).isNotEqualTo(english);
        assertThat(api.get("/api/v1/models/none", null).status()).isEqualTo(404);
    }

    @Test
    void answersThatBreakTheModelAreRefusedNamingTheField() {
        Account account = registered();
        String id = started(account, "dma");
        String path = "/api/v1/assessments/" + id + "/answers";
        JsonNode model = api.get("/api/v1/models/dma", null).json();
        JsonNode scale = question(model, "scale");
        String scaleId = scale.path("id").asString();
        String scaleItem = scale.path("items").get(0).path("id").asString();
        JsonNode checklist = question(model, "checklist");
        String checklistId = checklist.path("id").asString();

        assertProblem(api.put(path, account.token(), Map.of("answers", Map.of("q99", List.of()))), 400, "answers.q99");
        assertProblem(
                api.put(path, account.token(), Map.of("answers", Map.of(checklistId, List.of("no-such-item")))),
                400,
                "answers." + checklistId);
        assertProblem(
                api.put(path, account.token(), Map.of("answers", Map.of(checklistId, "yes"))),
                400,
                "answers." + checklistId);
        assertProblem(
                api.put(path, account.token(), Map.of("answers", Map.of(scaleId, Map.of(scaleItem, 7)))),
                400,
                "answers." + scaleId + "." + scaleItem);
        assertProblem(
                api.put(path, account.token(), Map.of("answers", Map.of(scaleId, Map.of("no-such-item", 1)))),
                400,
                "answers." + scaleId + ".no-such-item");
        assertProblem(api.put(path, account.token(), "{\"answers\": {"), 400, "body");
        assertProblem(api.put(path, account.token(), "{\"answers\": [1, 2]}"), 400, "answers");
        assertProblem(
                api.post("/api/v1/assessments/" + id + "/submit", account.token(), ""),
                400,
                "answers."
                        + model.path("dimensions")
                                .get(0)
                                .path("questions")
                                .get(0)
                                .path("id")
                                .asString());

        Reply nothingSaved = api.get("/api/v1/assessments/" + id, account.token());
        assertThat(nothingSaved.json().path("answers").size()).isZero();
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413() {
        Account account = registered();
        String id = started(account, "dma");
        String huge = "{\"answers\": {\"q1\": \"" + "x".repeat(1_100_000) + "\"}}";
        assertProblem(api.put("/api/v1/assessments/" + id + "/answers", account.token(), huge), 413, "body");

        HttpRequest chunked = api.request("/api/v1/assessments/" + id + "/answers", account.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes())))
                .build();
        assertProblem(api.send(chunked), 413, "body");
    }

    @Test
    void aSubmittedAssessmentCannotChange() {
        Account account = registered();
        JsonNode model = api.get("/api/v1/models/dii", null).json();
        String id = started(account, "dii");
        api.put(
                "/api/v1/assessments/" + id + "/answers",
                account.token(),
                Map.of("answers", Fixtures.bestAnswers(model)));
        assertThat(api.post("/api/v1/assessments/" + id + "/submit", account.token(), "")
                        .status())
                .isEqualTo(200);

        String first = model.path("dimensions")
                .get(0)
                .path("questions")
                .get(0)
                .path("id")
                .asString();
        assertProblem(
                api.put(
                        "/api/v1/assessments/" + id + "/answers",
                        account.token(),
                        Map.of("answers", Map.of(first, "no"))),
                409,
                "status");
    }

    @Test
    void anotherOrganisationsDataIsNotFound() {
        Account owner = registered();
        Account stranger = registered();
        String id = started(owner, "dma");

        assertThat(api.get("/api/v1/assessments/" + id, stranger.token()).status())
                .isEqualTo(404);
        assertThat(api.put("/api/v1/assessments/" + id + "/answers", stranger.token(), Map.of("answers", Map.of()))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/assessments/" + id + "/submit", stranger.token(), "")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/assessments/" + id + "/result", stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/assessments/" + id + "/benchmark", stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/companies/" + owner.companyId(), stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/companies/" + owner.companyId() + "/assessments", stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/assessments",
                                stranger.token(),
                                Map.of("companyId", owner.companyId(), "model", "dma"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/assessments/not-a-uuid", stranger.token()).status())
                .isEqualTo(404);
    }

    @Test
    void callsWithoutAValidTokenAreUnauthorised() {
        Account account = registered();
        assertThat(api.get("/api/v1/companies/" + account.companyId(), null).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/companies/" + account.companyId(), "dmh_forged")
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/companies/" + account.companyId(), account.token())
                        .status())
                .isEqualTo(200);

        assertThat(api.delete("/api/v1/auth/token", account.token()).status()).isEqualTo(204);
        Reply revoked = api.get("/api/v1/companies/" + account.companyId(), account.token());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.contentType()).startsWith("application/problem+json");
    }

    @Test
    void registrationAndProfileErrorsNameTheirFields() {
        Map<String, Object> registration = aSmallManufacturerInTartu();
        var company = Fixtures.company(registration);
        company.put("country", "XX");
        company.put("naceDivision", "04");
        registration.put("password", "short");
        assertProblem(
                api.post("/api/v1/auth/register", null, registration),
                400,
                "password",
                "company.country",
                "company.naceDivision");

        Map<String, Object> valid = aSmallManufacturerInTartu();
        assertThat(api.post("/api/v1/auth/register", null, valid).status()).isEqualTo(201);
        assertProblem(api.post("/api/v1/auth/register", null, valid), 409, "email");
        assertProblem(
                api.post("/api/v1/auth/token", null, Map.of("email", valid.get("email"), "password", "wrong one!")),
                401,
                "password");

        Account account = registered();
        Reply profile = api.get("/api/v1/companies/" + account.companyId(), account.token());
        @SuppressWarnings("unchecked")
        Map<String, Object> change = HttpApi.JSON.convertValue(profile.json(), Map.class);
        change.put("region", "LV006");
        assertProblem(api.put("/api/v1/companies/" + account.companyId(), account.token(), change), 400, "region");
        change.put("region", "EE001");
        change.put("sizeClass", "MEDIUM");
        Reply changed = api.put("/api/v1/companies/" + account.companyId(), account.token(), change);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("sizeClass").asString()).isEqualTo("MEDIUM");
    }

    private static JsonNode question(JsonNode model, String type) {
        for (JsonNode dimension : model.path("dimensions")) {
            for (JsonNode question : dimension.path("questions")) {
                if (question.path("type").asString().equals(type)) {
                    return question;
                }
            }
        }
        throw new AssertionError("no " + type + " question");
    }

    private static void assertProblem(Reply reply, int status, String... fields) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.fields()).contains(fields);
        assertThat(reply.body()).doesNotContain("Exception", "at eu.dmhub");
    }
}

package eu.dmhub.database;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.TestApplication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping and starting the platform keeps every company, answer and assessment: the embedded
 * PostgreSQL's data directory survives, and so does a server that was stopped and started again.
 */
class RestartKeepsDataTest {

    private final String dataDirectory = "target/embedded-postgres/restart-" + System.nanoTime();

    private ConfigurableApplicationContext start() {
        return TestApplication.start(dataDirectory);
    }

    @Test
    void companiesAnswersAndAssessmentsSurviveARestart() {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        String companyId;
        String inProgress;
        String submitted;
        Map<String, Object> credentials =
                Map.of("email", registration.get("email"), "password", registration.get("password"));
        try (var first = start()) {
            HttpApi api = TestApplication.api(first);
            companyId = api.post("/api/v1/auth/register", null, registration)
                    .json()
                    .path("companyId")
                    .asString();
            String token = api.post("/api/v1/auth/token", null, credentials)
                    .json()
                    .path("token")
                    .asString();
            var dii = api.get("/api/v1/models/dii", null).json();
            submitted = api.post("/api/v1/assessments", token, Map.of("companyId", companyId, "model", "dii"))
                    .json()
                    .path("id")
                    .asString();
            api.put(
                    "/api/v1/assessments/" + submitted + "/answers",
                    token,
                    Map.of("answers", Fixtures.bestAnswers(dii)));
            api.post("/api/v1/assessments/" + submitted + "/submit", token, "");
            inProgress = api.post("/api/v1/assessments", token, Map.of("companyId", companyId, "model", "dma"))
                    .json()
                    .path("id")
                    .asString();
            var dma = api.get("/api/v1/models/dma", null).json();
            String q = dma.path("dimensions")
                    .get(0)
                    .path("questions")
                    .get(1)
                    .path("id")
                    .asString();
            api.put(
                    "/api/v1/assessments/" + inProgress + "/answers",
                    token,
                    Map.of(
                            "answers",
                            Map.of(
                                    q,
                                    Fixtures.bestAnswer(dma.path("dimensions")
                                            .get(0)
                                            .path("questions")
                                            .get(1)))));
        }

        try (var second = start()) {
            HttpApi api = TestApplication.api(second);
            var token = api.post("/api/v1/auth/token", null, credentials);
            assertThat(token.status()).as("the person can still sign in").isEqualTo(200);
            String bearer = token.json().path("token").asString();
            assertThat(api.get("/api/v1/companies/" + companyId, bearer)
                            .json()
                            .path("legalName")
                            .asString())
                    .isEqualTo(Fixtures.company(registration).get("legalName"));
            assertThat(api.get("/api/v1/assessments/" + inProgress, bearer)
                            .json()
                            .path("answers")
                            .size())
                    .isEqualTo(1);
            var result = api.get("/api/v1/assessments/" + submitted + "/result", bearer);
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.json().path("overall").asDouble()).isEqualTo(12.0);
            assertThat(api.get("/api/v1/companies/" + companyId + "/assessments", bearer)
                            .json()
                            .findValuesAsString("status"))
                    .containsExactlyInAnyOrderElementsOf(List.of("IN_PROGRESS", "SUBMITTED"));
        }
    }
}

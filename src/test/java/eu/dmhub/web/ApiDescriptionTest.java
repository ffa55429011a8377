package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.RegistrationService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description is lint-clean by an independent linter, complete (every operation says
 * whether it needs a token and which client errors it answers, as problem details) and true: real
 * answers of a whole journey, errors included, are valid against the schemas it gives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDescriptionTest {

    /** The linter and its version; `.ci/run` has npm, so CI always runs it. */
    static final String REDOCLY = "@redocly/cli@2.77.0";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    HttpApi api;
    JsonNode description;
    ApiContract contract;

    @BeforeEach
    void readTheDescription() {
        api = new HttpApi(port);
        description = api.get("/v3/api-docs", null).json();
        contract = new ApiContract(description);
    }

    @Test
    void passesRedoclysRecommendedRulesWithoutErrorOrWarning() throws Exception {
        Path file = Path.of("target", "openapi", "openapi.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, description.toString(), StandardCharsets.UTF_8);
        Path installed = Path.of(".ci", "tools", "redocly", "node_modules", ".bin", "redocly");
        List<String> linter =
                Files.isExecutable(installed) ? List.of(installed.toString()) : List.of("npx", "--yes", REDOCLY);
        boolean npx = Files.isExecutable(installed) || canRun("npx", "--version");
        if (!npx && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs npx (Debian's npm) to lint the API description");
        }
        assumeTrue(npx, "npx is not installed: the API description is not linted");

        Path report = file.resolveSibling("lint.json");
        var command = new ArrayList<>(linter);
        command.addAll(List.of("lint", "--format=json", file.toString()));
        var lint = new ProcessBuilder(command)
                .redirectOutput(report.toFile())
                .redirectError(file.resolveSibling("lint.log").toFile())
                .start();
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("the linter ends").isTrue();
        JsonNode result = HttpApi.JSON.readTree(Files.readString(report));
        assertThat(result.path("problems").size())
                .as("redocly lint problems: %s", result.path("problems"))
                .isZero();
        assertThat(result.path("totals").path("errors").asInt()).isZero();
        assertThat(result.path("totals").path("warnings").asInt()).isZero();
        assertThat(lint.exitValue()).isZero();
    }

    /** The description's word on tokens is the security rules' word: checked against the real API. */
    @Test
    void everyOperationSaysWhetherItNeedsATokenAndTheApiAgrees() {
        forEachOperation((path, method, operation) -> {
            boolean open = operation.path("security").isArray()
                    && operation.path("security").isEmpty();
            String concrete = path.replaceAll("\\{format}", "csv")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            var request = api.request(concrete, null)
                    .header("Content-Type", "application/json")
                    .method(method.toUpperCase(Locale.ROOT), java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                    .build();
            int status = api.send(request).status();
            if (open) {
                assertThat(status).as("%s %s needs no token", method, path).isNotIn(401, 403);
            } else {
                assertThat(status).as("%s %s needs a token", method, path).isEqualTo(401);
            }
        });
    }

    @Test
    void everyOperationNamesItsClientErrorsAsProblemDetails() {
        forEachOperation((path, method, operation) -> {
            var responses = operation.path("responses");
            var clientErrors = responses.propertyNames().stream()
                    .filter(status -> status.startsWith("4"))
                    .toList();
            // a path trick is refused on any address (ErrorAnswersTest)
            assertThat(clientErrors)
                    .as("%s %s refuses a path trick", method, path)
                    .contains("400", "406");
            if (!operation.path("security").isEmpty()) {
                assertThat(clientErrors).as("%s %s", method, path).contains("401", "403");
            }
            if (operation.has("requestBody")) {
                assertThat(clientErrors).as("%s %s", method, path).contains("400", "415");
            }
            clientErrors.forEach(status -> assertThat(responses
                            .path(status)
                            .path("content")
                            .path(ApiDescription.PROBLEM_TYPE)
                            .path("schema")
                            .path("$ref")
                            .asString())
                    .as("%s %s %s", method, path, status)
                    .isEqualTo("#/components/schemas/Problem"));
        });
    }

    @Test
    void schemasSayWhichFieldsAreAlwaysThereAndGiveExamples() {
        JsonNode schemas = description.path("components").path("schemas");
        for (String name : schemas.propertyNames()) {
            JsonNode schema = schemas.path(name);
            if (schema.path("properties").isEmpty()) {
                continue;
            }
            boolean allOptional = schema.path("properties")
                    .valueStream()
                    .allMatch(p -> p.path("type").isArray() || p.has("oneOf"));
            assertThat(schema.path("required").isArray() || allOptional)
                    .as("%s names its required fields", name)
                    .isTrue();
        }
        // what a client sends is shown by example, field by field
        for (String request : List.of(
                "Registration",
                "CompanyForm",
                "TokenRequest",
                "StartRequest",
                "AnswersRequest",
                "AddRequest",
                "ChangeRequest")) {
            JsonNode properties = schemas.path(request).path("properties");
            assertThat(properties.isEmpty()).as("%s is described", request).isFalse();
            for (String field : properties.propertyNames()) {
                if (properties.path(field).has("$ref")) {
                    continue; // its own schema gives the examples
                }
                assertThat(properties.path(field).has("example")
                                || properties.path(field).has("examples"))
                        .as("%s.%s has an example", request, field)
                        .isTrue();
            }
        }
        assertThat(enumOf(schemas, "CompanyForm", "sizeClass")).containsExactly("MICRO", "SMALL", "MEDIUM");
        assertThat(enumOf(schemas, "AssessmentJson", "status")).containsExactly("IN_PROGRESS", "SUBMITTED");
        assertThat(enumOf(schemas, "PlanItemJson", "status"))
                .containsExactly("planned", "in-progress", "done", "dropped");
        assertThat(enumOf(schemas, "ChangeRequest", "status"))
                .containsExactly("planned", "in-progress", "done", "dropped");
        assertThat(enumOf(schemas, "GroupJson", "scope"))
                .containsExactlyElementsOf(java.util.Arrays.stream(eu.dmhub.benchmark.domain.PeerGroup.Scope.values())
                        .map(Enum::name)
                        .toList());
    }

    /** A whole journey over the API, every answer checked against the description. */
    @Test
    void realAnswersAreValidAgainstTheDescribedSchemas() {
        check("GET", "/api/v1/models", api.get("/api/v1/models", null));
        JsonNode dma = check("GET", "/api/v1/models/dma", api.get("/api/v1/models/dma", null))
                .json();
        JsonNode dii = check("GET", "/api/v1/models/dii", api.get("/api/v1/models/dii", null))
                .json();
        check("GET", "/api/v1/models/none", api.get("/api/v1/models/none", null));

        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        check("POST", "/api/v1/auth/register", api.post("/api/v1/auth/register", null, Map.of("email", "")));
        var registered = check("POST", "/api/v1/auth/register", api.post("/api/v1/auth/register", null, registration));
        String company = registered.json().path("companyId").asString();
        var signedIn = check(
                "POST",
                "/api/v1/auth/token",
                api.post(
                        "/api/v1/auth/token",
                        null,
                        Map.of("email", registration.get("email"), "password", registration.get("password"))));
        String token = signedIn.json().path("token").asString();
        check(
                "POST",
                "/api/v1/auth/token",
                api.post("/api/v1/auth/token", null, Map.of("email", registration.get("email"), "password", "wrong")));

        String companyPath = "/api/v1/companies/" + company;
        check("GET", companyPath, api.get(companyPath, token));
        check("GET", companyPath, api.get(companyPath, null));
        check("PUT", companyPath, api.put(companyPath, token, Fixtures.company(registration)));

        var started = check(
                "POST",
                "/api/v1/assessments",
                api.post("/api/v1/assessments", token, Map.of("companyId", company, "model", "dma")));
        String assessment = "/api/v1/assessments/" + started.json().path("id").asString();
        check(
                "POST",
                "/api/v1/assessments",
                api.post("/api/v1/assessments", token, Map.of("companyId", company, "model", "dma")));
        check(
                "PUT",
                assessment + "/answers",
                api.put(assessment + "/answers", token, Map.of("answers", Map.of("nope", 1))));
        check(
                "PUT",
                assessment + "/answers",
                api.put(assessment + "/answers", token, Map.of("answers", Fixtures.bestAnswers(dma))));
        check("GET", assessment, api.get(assessment, token));
        check("GET", assessment + "/result", api.get(assessment + "/result", token));
        check("POST", assessment + "/submit", api.post(assessment + "/submit", token, ""));
        check("GET", assessment + "/result", api.get(assessment + "/result", token));
        check("GET", assessment + "/benchmark", api.get(assessment + "/benchmark", token));
        var recommended =
                check("GET", assessment + "/recommendations", api.get(assessment + "/recommendations", token));
        String entry = recommended
                .json()
                .path("recommendations")
                .path(0)
                .path("entryId")
                .asString();
        check("GET", "/api/v1/catalogue/entries/" + entry, api.get("/api/v1/catalogue/entries/" + entry, null));

        var item = check(
                "POST",
                "/api/v1/plan/items",
                api.post(
                        "/api/v1/plan/items",
                        token,
                        Map.of(
                                "entryId",
                                entry,
                                "assessmentId",
                                started.json().path("id").asString())));
        String itemPath = "/api/v1/plan/items/" + item.json().path("id").asString();
        check("PATCH", itemPath, api.patch(itemPath, token, Map.of("status", "someday")));
        check(
                "PATCH",
                itemPath,
                api.patch(itemPath, token, Map.of("status", "done", "owner", "Mari", "targetDate", "2027-03-01")));
        check("GET", "/api/v1/plan", api.get("/api/v1/plan", token));
        check("POST", assessment + "/retake", api.post(assessment + "/retake", token, ""));
        check("GET", companyPath + "/assessments", api.get(companyPath + "/assessments", token));

        var diiStarted = check(
                "POST",
                "/api/v1/assessments",
                api.post("/api/v1/assessments", token, Map.of("companyId", company, "model", "dii")));
        String diiPath = "/api/v1/assessments/" + diiStarted.json().path("id").asString();
        var yes = new java.util.LinkedHashMap<String, Object>();
        dii.path("dimensions").forEach(d -> d.path("questions")
                .forEach(q -> yes.put(q.path("id").asString(), "yes")));
        check("PUT", diiPath + "/answers", api.put(diiPath + "/answers", token, Map.of("answers", yes)));
        check("POST", diiPath + "/submit", api.post(diiPath + "/submit", token, ""));
        check("GET", diiPath + "/result", api.get(diiPath + "/result", token));
        check("GET", diiPath + "/benchmark", api.get(diiPath + "/benchmark", token));
        check("GET", diiPath + "/recommendations", api.get(diiPath + "/recommendations", token));

        String analyst = signedInAs(Role.ANALYST);
        check("GET", "/api/v1/insights", api.get("/api/v1/insights?model=dma", analyst));
        check("GET", "/api/v1/insights", api.get("/api/v1/insights?model=dma&from=never", analyst));
        check("GET", assessment, api.get(assessment, analyst));
        check(
                "GET",
                "/api/v1/assessments/" + UUID.randomUUID(),
                api.get("/api/v1/assessments/" + UUID.randomUUID(), token));
        check("DELETE", "/api/v1/auth/token", api.delete("/api/v1/auth/token", token));
        assertThat(contract.violations()).isEmpty();
    }

    private HttpApi.Reply check(String method, String path, HttpApi.Reply reply) {
        return contract.check(method, path, reply);
    }

    private String signedInAs(Role role) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.com";
        Fixtures.aPersonWithRole(registrations, email, "a long enough password", role);
        return Fixtures.token(api, email, "a long enough password");
    }

    private static List<String> enumOf(JsonNode schemas, String schema, String field) {
        var values = new ArrayList<String>();
        schemas.path(schema).path("properties").path(field).path("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asString());
            }
        });
        return values;
    }

    interface OperationCheck {
        void check(String path, String method, JsonNode operation);
    }

    private void forEachOperation(OperationCheck check) {
        JsonNode paths = description.path("paths");
        assertThat(paths.size()).isGreaterThan(20);
        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                check.check(path, method, paths.path(path).path(method));
            }
        }
    }

    private static boolean canRun(String... command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.WebSession;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.RegistrationService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A NUL or another control character in any text — every string of every JSON body the API
 * description names, every query parameter, every form field — is refused with 400 naming the
 * field, never a 500 from PostgreSQL, and what was saved before stays as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ControlCharactersTest {

    private static final String NUL = "a\u0000b";
    private static final String CODE = "error.text.control-character";
    private static final String PASSWORD = "control-characters";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    HttpApi api;
    JsonNode description;
    final Map<Role, String> tokens = new EnumMap<>(Role.class);

    @BeforeEach
    void readTheDescriptionAndSignInEveryRole() {
        api = new HttpApi(port);
        description = api.get("/v3/api-docs", null).json();
        for (Role role : List.of(Role.SME_USER, Role.ANALYST, Role.ADMIN)) {
            String email = role.name().toLowerCase(Locale.ROOT) + "-" + System.nanoTime() + "@nul.example";
            Fixtures.aPersonWithRole(registrations, email, PASSWORD, role);
            tokens.put(role, Fixtures.token(api, email, PASSWORD));
        }
    }

    @Test
    void everyStringOfEveryJsonRequestBodyWithANulIsRefusedNamingTheField() {
        int checked = 0;
        for (var operation : operations()) {
            JsonNode schema =
                    operation.body().path("content").path("application/json").path("schema");
            if (schema.isMissingNode()) {
                continue;
            }
            for (String field : stringFields(schema, "")) {
                ObjectNode body = (ObjectNode) sample(schema, "", field);
                HttpApi.Reply reply = send(operation, body.toString());
                assertThat(reply.status())
                        .as("%s %s with a NUL in %s: %s", operation.method(), operation.path(), field, reply.body())
                        .isEqualTo(400);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.json().path("errors").get(0).path("field").asString())
                        .as("%s %s names the field", operation.method(), operation.path())
                        .isEqualTo(field);
                assertThat(reply.json().path("errors").get(0).path("code").asString())
                        .isEqualTo(CODE);
                checked++;
            }
        }
        // register (with its company), token, company, assessments, answers, plan items
        assertThat(checked).as("string fields walked").isGreaterThan(15);
        api.assertNoServerErrors();
    }

    @Test
    void everyQueryParameterWithANulIsRefusedNamingIt() {
        int checked = 0;
        for (var operation : operations()) {
            for (JsonNode parameter : operation.parameters()) {
                if (!parameter.path("in").asString().equals("query")) {
                    continue;
                }
                String name = parameter.path("name").asString();
                String query = "?" + name + "=" + URLEncoder.encode(NUL, StandardCharsets.UTF_8);
                HttpApi.Reply reply = send(operation.withQuery(query), "{}");
                assertThat(reply.status())
                        .as("%s %s with a NUL in %s", operation.method(), operation.path(), name)
                        .isEqualTo(400);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.fields()).containsExactly(name);
                checked++;
            }
        }
        assertThat(checked).as("query parameters walked").isPositive();
        api.assertNoServerErrors();
    }

    @Test
    void otherControlCharactersAreRefusedButTabsAndLineBreaksAreText() {
        var owner = Fixtures.aSignedInOwner(api);
        for (String control : List.of("\u0001", "\u001b", "\u007f", "\u0085")) {
            var company = company("Tartu Metall" + control + " OÜ");
            var reply = api.put("/api/v1/companies/" + owner.companyId(), owner.token(), company);
            assertThat(reply.status()).as("U+%04X", (int) control.charAt(0)).isEqualTo(400);
            assertThat(reply.fields()).containsExactly("legalName");
        }
        var plain = api.put("/api/v1/companies/" + owner.companyId(), owner.token(), company("Tartu\tMetall OÜ"));
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(plain.json().path("legalName").asString()).isEqualTo("Tartu\tMetall OÜ");
        api.assertNoServerErrors();
    }

    @Test
    void aNulInAnAnswerIsRefusedAndTheAnswersSavedBeforeStay() {
        var owner = Fixtures.aSignedInOwner(api);
        String id = api.post(
                        "/api/v1/assessments", owner.token(), Map.of("companyId", owner.companyId(), "model", "dii"))
                .json()
                .path("id")
                .asString();
        JsonNode model = api.get("/api/v1/models/dii", owner.token()).json();
        String first = model.path("dimensions")
                .get(0)
                .path("questions")
                .get(0)
                .path("id")
                .asString();
        assertThat(api.put(
                                "/api/v1/assessments/" + id + "/answers",
                                owner.token(),
                                Map.of("answers", Map.of(first, "yes")))
                        .status())
                .isEqualTo(200);
        var refused =
                api.put("/api/v1/assessments/" + id + "/answers", owner.token(), Map.of("answers", Map.of(first, NUL)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fields()).containsExactly("answers." + first);
        var key =
                api.put("/api/v1/assessments/" + id + "/answers", owner.token(), Map.of("answers", Map.of(NUL, "yes")));
        assertThat(key.status()).isEqualTo(400);
        assertThat(key.json().path("errors").get(0).path("code").asString()).isEqualTo(CODE);
        assertThat(api.get("/api/v1/assessments/" + id, owner.token())
                        .json()
                        .path("answers")
                        .path(first)
                        .asString())
                .isEqualTo("yes");
        api.assertNoServerErrors();
    }

    @Test
    void theCompanyFormRefusesANulNamingTheFieldAndKeepsTheSavedProfile() {
        var owner = Fixtures.aSignedInOwner(api);
        var session = new WebSession(port).signIn(owner.email(), owner.password());
        String saved = api.get("/api/v1/companies/" + owner.companyId(), owner.token())
                .json()
                .path("legalName")
                .asString();
        var fields = new LinkedHashMap<String, String>();
        company(NUL).forEach((k, v) -> fields.put(k, String.valueOf(v)));
        fields.put(
                "registryCode",
                api.get("/api/v1/companies/" + owner.companyId(), owner.token())
                        .json()
                        .path("registryCode")
                        .asString());
        var page = session.post("/company", "/company", fields);
        assertThat(page.status()).isEqualTo(400);
        assertThat(summary(page)).containsExactly("#legalName");
        assertThat(Jsoup.parse(page.body()).select(".error-summary").text()).contains("legalName", "NUL");
        assertThat(api.get("/api/v1/companies/" + owner.companyId(), owner.token())
                        .json()
                        .path("legalName")
                        .asString())
                .isEqualTo(saved);
    }

    @Test
    void theRegistrationFormRefusesANulInTheNameAndRegistersNobody() {
        var registration = Fixtures.aSmallManufacturerInTartu();
        var fields = Fixtures.registrationForm(registration);
        fields.put("name", "Mari" + NUL);
        var page = new WebSession(port).post("/register", "/register", fields);
        assertThat(page.status()).isEqualTo(400);
        assertThat(summary(page)).containsExactly("#name");
        assertThat(api.post(
                                "/api/v1/auth/token",
                                null,
                                Map.of("email", registration.get("email"), "password", registration.get("password")))
                        .status())
                .as("nobody was registered")
                .isEqualTo(401);
    }

    @Test
    void thePlanFormRefusesAControlCharacterInTheNotesAndKeepsTheSavedOnes() {
        var owner = Fixtures.aSignedInOwner(api);
        String assessment = Fixtures.submit(
                        api,
                        owner,
                        "dma",
                        Fixtures.randomAnswers(
                                api.get("/api/v1/models/dma", owner.token()).json(), new Random(7)))
                .path("assessmentId")
                .asString();
        String entry = api.get("/api/v1/assessments/" + assessment + "/recommendations", owner.token())
                .json()
                .path("recommendations")
                .get(0)
                .path("entryId")
                .asString();
        String item = api.post(
                        "/api/v1/plan/items", owner.token(), Map.of("entryId", entry, "assessmentId", assessment))
                .json()
                .path("id")
                .asString();
        var notes = api.patch("/api/v1/plan/items/" + item, owner.token(), Map.of("notes", "first line\r\n\tsecond"));
        assertThat(notes.status()).as(notes.body()).isEqualTo(200);
        var session = new WebSession(port).signIn(owner.email(), owner.password());
        var page = session.post(
                "/plan/items/" + item,
                "/plan/items/" + item,
                Map.of("owner", "Mari", "targetDate", "", "status", "planned", "notes", "x\u0007y"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(summary(page)).containsExactly("#notes");
        assertThat(api.get("/api/v1/plan", owner.token()).body()).contains("first line\\r\\n\\tsecond");
        api.assertNoServerErrors();
    }

    @Test
    void theSignInFormWithANulInTheEmailAddressIsAWrongSignIn() {
        var page = new WebSession(port).post("/login", "/login", Map.of("username", NUL, "password", PASSWORD));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login?error");
    }

    // ---- the walk over the API description

    record Operation(String path, String method, JsonNode operation, String query) {
        JsonNode body() {
            return operation.path("requestBody");
        }

        JsonNode parameters() {
            return operation.path("parameters");
        }

        Operation withQuery(String query) {
            return new Operation(path, method, operation, query);
        }
    }

    private List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        JsonNode paths = description.path("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                operations.add(new Operation(path, method, paths.path(path).path(method), ""));
            }
        }
        assertThat(operations).hasSizeGreaterThan(20);
        return operations;
    }

    /** Sends with the first role the operation admits (path ids are made up: the body is refused first). */
    private HttpApi.Reply send(Operation operation, String body) {
        String concrete = operation
                .path()
                .replaceAll("\\{format}", "csv")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        HttpApi.Reply reply = null;
        for (String token : tokens.values()) {
            reply = api.send(api.request(concrete + operation.query(), token)
                    .header("Content-Type", mediaType(operation))
                    .method(
                            operation.method().toUpperCase(Locale.ROOT),
                            java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build());
            if (reply.status() != 403) {
                return reply;
            }
        }
        return reply;
    }

    /** JSON, unless the operation takes only another type (a YAML upload). */
    private static String mediaType(Operation operation) {
        var types = operation.body().path("content").propertyNames();
        return types.isEmpty() || types.contains("application/json")
                ? "application/json"
                : types.iterator().next();
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
            return resolve(description.path("components").path("schemas").path(name));
        }
        return schema;
    }

    private static boolean isType(JsonNode schema, String type) {
        JsonNode types = schema.path("type");
        if (types.isArray()) {
            for (JsonNode t : types) {
                if (t.asString().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return types.asString().equals(type);
    }

    /** The paths of every string field under {@code schema}, as the API names them in its errors. */
    private List<String> stringFields(JsonNode schema, String prefix) {
        JsonNode resolved = resolve(schema);
        var fields = new ArrayList<String>();
        if (isType(resolved, "string")) {
            fields.add(prefix);
        } else if (resolved.has("properties")) {
            for (String name : resolved.path("properties").propertyNames()) {
                fields.addAll(stringFields(
                        resolved.path("properties").path(name), prefix.isEmpty() ? name : prefix + "." + name));
            }
        } else if (resolved.has("additionalProperties")) {
            fields.add(prefix + ".some-key");
        }
        return fields;
    }

    /** A body of the schema's shape with a plausible value everywhere and a NUL in {@code target}. */
    private JsonNode sample(JsonNode schema, String path, String target) {
        JsonNode resolved = resolve(schema);
        var json = HttpApi.JSON;
        if (resolved.has("properties")) {
            ObjectNode object = json.createObjectNode();
            for (String name : resolved.path("properties").propertyNames()) {
                String child = path.isEmpty() ? name : path + "." + name;
                object.set(name, sample(resolved.path("properties").path(name), child, target));
            }
            return object;
        }
        if (resolved.has("additionalProperties")) {
            ObjectNode object = json.createObjectNode();
            object.put("some-key", (path + ".some-key").equals(target) ? NUL : "x");
            return object;
        }
        if (path.equals(target)) {
            return json.getNodeFactory().textNode(NUL);
        }
        if (isType(resolved, "integer") || isType(resolved, "number")) {
            return json.getNodeFactory().numberNode(1);
        }
        if (isType(resolved, "boolean")) {
            return json.getNodeFactory().booleanNode(true);
        }
        if (isType(resolved, "array")) {
            return json.createArrayNode();
        }
        if (resolved.path("enum").isArray() && !resolved.path("enum").isEmpty()) {
            return resolved.path("enum").get(0);
        }
        return json.getNodeFactory()
                .textNode("2027-01-01".equals(resolved.path("format").asString()) ? "" : "x");
    }

    private static Map<String, Object> company(String legalName) {
        var company = new LinkedHashMap<String, Object>();
        company.put("legalName", legalName);
        company.put("country", "EE");
        company.put("registryCode", Fixtures.aRegistryCode("EE"));
        company.put("naceDivision", "25");
        company.put("sizeClass", "SMALL");
        company.put("region", "EE008");
        return company;
    }

    /** Where the links of a page's error summary lead. */
    private static List<String> summary(WebSession.Page page) {
        return Jsoup.parse(page.body()).select(".error-summary a").eachAttr("href");
    }
}

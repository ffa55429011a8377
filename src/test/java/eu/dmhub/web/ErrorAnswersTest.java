package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.RawHttp;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.shared.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Part of the bad-input suite: whichever layer refuses a request (Tomcat, Spring Security's
 * firewall, the security rules, Spring MVC, our handlers), an API caller gets problem details in
 * its language and a person the error page in the site's layout, never a container's or
 * framework's default answer. Sent over a raw socket, so that paths go out exactly as written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorAnswersTest {

    private static final String PASSWORD = "errors-password";

    /** Paths a client may send that the platform refuses, before any controller sees them. */
    private static final List<String> PATH_TRICKS = List.of(
            "/v1/companies/a%2Fb", // an encoded slash (Tomcat)
            "/v1/companies/a%2fb",
            "/v1/companies/a%00b", // a NUL (Tomcat)
            "/v1/companies/a%zzb", // a broken percent-encoding (Tomcat)
            "/v1/companies/a;b", // the firewall's refusals
            "/v1/companies;jsessionid=x/1",
            "/v1/companies/../models",
            "/v1//models",
            "/v1/%2e%2e/models",
            "/v1/companies/%2e/1");

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    MessageSource messages;

    RawHttp raw;

    @BeforeEach
    void client() {
        raw = new RawHttp(port);
    }

    @Test
    void pathTricksOnTheApiAnswerProblemDetailsNamingTheAddress() {
        for (String trick : PATH_TRICKS) {
            RawHttp.Reply reply = raw.get("/api" + trick, Map.of());
            assertProblem(reply, 400, "GET /api" + trick);
            assertThat(reply.body()).as(trick).contains(message("problem.rejected-address", "en"));
        }
    }

    @Test
    void aRefusedAddressIsExplainedInEachOfTheTenLanguages() {
        for (Language language : Language.SUPPORTED) {
            for (String trick : List.of("/v1/companies/a%2Fb", "/v1/companies/a%00b", "/v1/companies/a;b")) {
                RawHttp.Reply reply = raw.get("/api" + trick, Map.of("Accept-Language", language.code()));
                assertProblem(reply, 400, language.code() + " " + trick);
                assertThat(json(reply).path("title").asString())
                        .as("%s %s", language.code(), trick)
                        .isEqualTo(message("problem.rejected-address", language.code()));
            }
        }
    }

    @Test
    void pathTricksOnPagesAnswerTheErrorPageInTheSiteLayout() {
        for (String trick : PATH_TRICKS) {
            String path = trick.replace("/v1/companies", "/toolbox").replace("/v1", "");
            RawHttp.Reply reply = raw.get(path, Map.of("Accept-Language", "de"));
            assertErrorPage(reply, 400, "GET " + path, "de");
            assertThat(reply.body()).as(path).contains(message("problem.rejected-address", "de"));
        }
    }

    @Test
    void aWrongContentTypeAnswers415ProblemDetails() {
        String admin = token(Role.ADMIN);
        RawHttp.Reply reply = raw.send(
                "POST",
                "/api/v1/models",
                Map.of("Authorization", "Bearer " + admin, "Content-Type", "image/png", "Accept-Language", "pl"),
                "id: dma");
        assertProblem(reply, 415, "POST /api/v1/models as image/png");
        assertThat(reply.header("Accept")).contains("application/yaml");
        assertThat(json(reply).path("title").asString()).isEqualTo(message("problem.unsupported-media-type", "pl"));
    }

    @Test
    void aMethodTheAddressDoesNotTakeAnswers405ProblemDetailsWithAllow() {
        RawHttp.Reply reply = raw.get(
                "/api/v1/assessments",
                Map.of("Authorization", "Bearer " + token(Role.SME_USER), "Accept-Language", "fi"));
        assertProblem(reply, 405, "GET /api/v1/assessments");
        assertThat(reply.header("Allow")).contains("POST");
        assertThat(json(reply).path("title").asString()).isEqualTo(message("problem.method-not-allowed", "fi"));
    }

    @Test
    void anAcceptHeaderTheApiCannotMeetAnswers406ProblemDetails() {
        RawHttp.Reply reply = raw.get("/api/v1/models", Map.of("Accept", "image/png", "Accept-Language", "lt"));
        assertProblem(reply, 406, "GET /api/v1/models as image/png");
        assertThat(json(reply).path("title").asString()).isEqualTo(message("problem.not-acceptable", "lt"));
    }

    @Test
    void unknownSubPathsAndExportFormatsAnswer404ProblemDetails() {
        String analyst = token(Role.ANALYST);
        for (String path : List.of(
                "/api/v1/no-such-thing",
                "/api/v1/models/dma/no/such/thing",
                "/api/v1/insights/export.pdf",
                "/api/v1/insights/export.")) {
            RawHttp.Reply reply = raw.get(path, Map.of("Authorization", "Bearer " + analyst, "Accept-Language", "sv"));
            assertProblem(reply, 404, "GET " + path);
            assertThat(json(reply).path("title").asString()).isEqualTo(message("problem.no-such-address", "sv"));
        }
    }

    @Test
    void signInAndRoleRefusalsAnswerProblemDetailsInTheCallersLanguage() {
        RawHttp.Reply anonymous = raw.get("/api/v1/plan", Map.of("Accept-Language", "et"));
        assertProblem(anonymous, 401, "GET /api/v1/plan without a token");
        assertThat(json(anonymous).path("title").asString()).isEqualTo(message("problem.sign-in", "et"));

        RawHttp.Reply analyst = raw.get(
                "/api/v1/plan", Map.of("Authorization", "Bearer " + token(Role.ANALYST), "Accept-Language", "lv"));
        assertProblem(analyst, 403, "GET /api/v1/plan as an analyst");
        assertThat(json(analyst).path("title").asString()).isEqualTo(message("problem.forbidden", "lv"));
    }

    @Test
    void theErrorAddressOpenedDirectlyIsTheNotFoundPage() {
        assertErrorPage(raw.get("/error", Map.of("Accept-Language", "nb")), 404, "GET /error", "nb");
        RawHttp.Reply json = raw.get("/error", Map.of("Accept", "application/json"));
        assertErrorPage(json, 404, "GET /error as JSON", "en");
    }

    private void assertProblem(RawHttp.Reply reply, int status, String what) {
        assertThat(reply.status()).as(what).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(what).startsWith("application/problem+json");
        JsonNode problem = json(reply);
        assertThat(problem.path("type").asString()).as(what).isEqualTo("about:blank");
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.path("title").asString()).as(what).isNotBlank();
        assertThat(problem.path("detail").asString()).as(what).isNotBlank();
        assertThat(problem.path("instance").asString()).as(what).startsWith("/api/");
        assertNoDefaultText(reply, what);
    }

    private void assertErrorPage(RawHttp.Reply reply, int status, String what, String language) {
        assertThat(reply.status()).as(what).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(what).startsWith("text/html");
        Document page = Jsoup.parse(reply.body());
        assertThat(page.select("html").attr("lang")).as(what).isEqualTo(language);
        assertThat(page.select("header.site-header nav.main-nav"))
                .as(what + ": the site's layout")
                .isNotEmpty();
        assertThat(page.select("main#main h1").text()).as(what).isEqualTo(message("error.page." + status, language));
        assertNoDefaultText(reply, what);
    }

    private static void assertNoDefaultText(RawHttp.Reply reply, String what) {
        assertThat(reply.body())
                .as(what)
                .doesNotContain(
                        "HTTP Status",
                        "Apache Tomcat",
                        "Whitelabel",
                        "timestamp",
                        "\"error\":",
                        "Exception",
                        "\tat ",
                        "org.springframework",
                        "org.apache");
    }

    private static JsonNode json(RawHttp.Reply reply) {
        return HttpApi.JSON.readTree(reply.body());
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private String token(Role role) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + System.nanoTime() + "@errors.example";
        Fixtures.aPersonWithRole(registrations, email, PASSWORD, role);
        return new HttpApi(port)
                .post("/api/v1/auth/token", null, Map.of("email", email, "password", PASSWORD))
                .json()
                .path("token")
                .asString();
    }
}

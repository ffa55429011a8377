package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.WebSession;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Pages over real HTTP: languages, the htmx partial, sessions in the database, the API description. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBrowsersLanguagePicksTheDefaultAndTheSwitcherOverridesIt() throws Exception {
        var estonian = new HttpApi(port).get("/", null, "et-EE,et;q=0.9,en;q=0.5");
        Document page = Jsoup.parse(estonian.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("et");
        assertThat(page.selectFirst("h1").text())
                .isEqualTo(MessageBundleTest.bundle("messages_et").getProperty("home.heading"));

        var unknown = new HttpApi(port).get("/", null, "ja");
        assertThat(Jsoup.parse(unknown.body()).selectFirst("html").attr("lang")).isEqualTo("en");

        var session = new WebSession(port);
        session.get("/?lang=et");
        assertThat(Jsoup.parse(session.get("/register").body())
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("et");
        session.get("/?lang=xx");
        assertThat(Jsoup.parse(session.get("/register").body())
                        .selectFirst("html")
                        .attr("lang"))
                .isEqualTo("et");
    }

    @Test
    void answersAreSavedAsTheyChangeAndThePartialSaysSo() throws Exception {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        var api = new HttpApi(port);
        api.post("/api/v1/auth/register", null, registration);
        var session =
                new WebSession(port).signIn((String) registration.get("email"), (String) registration.get("password"));

        String dimensionPage = session.post("/assessments", "/assessments", Map.of("model", "dma"))
                .location();
        String path = dimensionPage.substring(dimensionPage.indexOf("/assessments"));
        Document page = Jsoup.parse(session.get(path).body());
        assertThat(page.select("fieldset.question")).hasSize(2);
        assertThat(page.selectFirst("form[data-hx-post]").attr("data-hx-post")).endsWith("/dimensions/1/autosave");

        var partial = session.post(path, path + "/autosave", Map.of("shown", "q2", "q2", "budget"));
        assertThat(partial.status()).isEqualTo(200);
        Document fragment = Jsoup.parseBodyFragment(partial.body());
        assertThat(fragment.select("#save-status").text())
                .isEqualTo(MessageBundleTest.bundle("messages").getProperty("assessment.autosaved"));
        assertThat(fragment.select("main, header")).isEmpty();

        Document reloaded = Jsoup.parse(session.get(path).body());
        assertThat(reloaded.selectFirst("#q2-budget").hasAttr("checked")).isTrue();

        var refused = session.post(path, path + "/autosave", Map.of("shown", "q2", "q2", "no-such-item"));
        assertThat(refused.status()).isEqualTo(400);

        String assessment = path.substring(0, path.indexOf("/dimensions"));
        var startedAgain = session.post("/assessments", "/assessments", Map.of("model", "dma"));
        assertThat(startedAgain.location())
                .as("starting again continues the open assessment")
                .endsWith(assessment);
        assertThat(session.get(assessment).location()).endsWith(assessment + "/dimensions/1#answers-q1");
    }

    @Test
    void badFormInputIsShownNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        var session = new WebSession(port);
        var page = session.post(
                "/register",
                "/register",
                Map.of(
                        "name",
                        "Mari Tamm",
                        "email",
                        "not-an-address",
                        "password",
                        "short",
                        "company.legalName",
                        "Kept OÜ",
                        "company.country",
                        "EE",
                        "company.naceDivision",
                        "25",
                        "company.sizeClass",
                        "SMALL",
                        "company.region",
                        "LV006"));
        assertThat(page.status()).isEqualTo(400);
        Document form = Jsoup.parse(page.body());
        assertThat(form.select(".error-summary a").eachAttr("href"))
                .contains("#email", "#password", "#company-registryCode", "#company-region");
        assertThat(form.selectFirst("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.selectFirst("#email-error").text()).isNotBlank();
        assertThat(form.selectFirst("#company-legalName").attr("value")).isEqualTo("Kept OÜ");
        assertThat(form.selectFirst("#password").attr("value")).isEmpty();
    }

    @Test
    void signedInSessionsLiveInTheDatabase() {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        new HttpApi(port).post("/api/v1/auth/register", null, registration);
        new WebSession(port).signIn((String) registration.get("email"), (String) registration.get("password"));
        long sessions = jdbc.sql("select count(*) from spring_session where principal_name = :email")
                .param("email", registration.get("email"))
                .query(Long.class)
                .single();
        assertThat(sessions).isEqualTo(1);
    }

    @Test
    void theApiDescriptionListsEveryEndpointAndTheBearerScheme() {
        var docs = new HttpApi(port).get("/v3/api-docs", null).json();
        assertThat(docs.path("paths").propertyNames())
                .contains(
                        "/api/v1/auth/register",
                        "/api/v1/auth/token",
                        "/api/v1/models",
                        "/api/v1/models/{id}",
                        "/api/v1/companies/{id}",
                        "/api/v1/assessments",
                        "/api/v1/assessments/{id}/answers",
                        "/api/v1/assessments/{id}",
                        "/api/v1/assessments/{id}/submit",
                        "/api/v1/assessments/{id}/result",
                        "/api/v1/assessments/{id}/report.pdf",
                        "/api/v1/assessments/{id}/retake",
                        "/api/v1/assessments/{id}/benchmark",
                        "/api/v1/assessments/{id}/recommendations",
                        "/api/v1/plan",
                        "/api/v1/plan/items",
                        "/api/v1/plan/items/{id}",
                        "/api/v1/catalogue/entries/{id}",
                        "/api/v1/insights",
                        "/api/v1/companies/{id}/assessments");
        assertThat(docs.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
    }

    /** An endpoint that creates says so: the description gives 201 (and 200 only where it may also answer 200). */
    @Test
    void theApiDescriptionSaysWhichRequestsCreate() {
        var paths = new HttpApi(port).get("/v3/api-docs", null).json().path("paths");
        Map<String, List<String>> created = Map.of(
                "/api/v1/auth/register post", List.of("201"),
                "/api/v1/models post", List.of("201"),
                "/api/v1/assessments post", List.of("200", "201"),
                "/api/v1/plan/items post", List.of("201"),
                "/api/v1/assessments/{id}/retake post", List.of("200", "201"),
                "/api/v1/catalogue/entries/{id} put", List.of("200", "201"));
        created.forEach((operation, codes) -> {
            String[] pathAndMethod = operation.split(" ");
            var responses = paths.path(pathAndMethod[0]).path(pathAndMethod[1]).path("responses");
            assertThat(responses.propertyNames().stream().filter(code -> code.startsWith("2")))
                    .as(operation)
                    .containsExactlyInAnyOrderElementsOf(codes);
            codes.forEach(
                    code -> assertThat(responses.path(code).path("content").isEmpty())
                            .as("%s %s describes its body", operation, code)
                            .isFalse());
        });
    }
}

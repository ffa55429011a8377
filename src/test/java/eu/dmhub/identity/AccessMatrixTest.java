package eu.dmhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.WebSession;
import eu.dmhub.identity.application.Registered;
import eu.dmhub.identity.application.RegistrationService;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Every role against every endpoint: what is not allowed is refused, for pages and the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessMatrixTest {

    private static final String PASSWORD = "matrix-password";
    private static final String CATALOGUE_ENTRY = "strategy-budget-line";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    final Map<Role, Registered> people = new EnumMap<>(Role.class);
    final Map<Role, String> emails = new EnumMap<>(Role.class);
    HttpApi api;

    @BeforeEach
    void onePersonPerRole() {
        api = new HttpApi(port);
        for (Role role : Role.values()) {
            String email = role.name().toLowerCase() + "-" + System.nanoTime() + "@matrix.example";
            people.put(role, Fixtures.aPersonWithRole(registrations, email, PASSWORD, role));
            emails.put(role, email);
        }
    }

    private String token(Role role) {
        return api.post("/api/v1/auth/token", null, Map.of("email", emails.get(role), "password", PASSWORD))
                .json()
                .path("token")
                .asString();
    }

    /** An assessment of the SME user's company, started but not submitted. */
    private String anOpenAssessment() {
        return api.post(
                        "/api/v1/assessments",
                        token(Role.SME_USER),
                        Map.of(
                                "companyId",
                                people.get(Role.SME_USER).companyId().toString(),
                                "model",
                                "dma"))
                .json()
                .path("id")
                .asString();
    }

    @Test
    void apiEndpointsAdmitOnlyTheirRoles() {
        String company = people.get(Role.SME_USER).companyId().toString();
        String report = "/api/v1/assessments/" + anOpenAssessment() + "/report.pdf";
        for (Role role : Role.values()) {
            String token = token(role);
            boolean sme = role == Role.SME_USER;
            assertThat(api.get("/api/v1/models", token).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/companies/" + company, token).status())
                    .as("%s reads a company", role)
                    .isEqualTo(sme || role == Role.ADMIN ? 200 : 403);
            // dii: the company's dma assessment is open, so starting dma would return it (200)
            assertThat(api.post("/api/v1/assessments", token, Map.of("companyId", company, "model", "dii"))
                            .status())
                    .as("%s starts an assessment", role)
                    .isEqualTo(sme ? 201 : 403);
            assertThat(api.post("/api/v1/assessments/" + UUID.randomUUID() + "/retake", token, "")
                            .status())
                    .as("%s retakes an assessment", role)
                    .isEqualTo(sme ? 404 : 403);
            assertThat(api.send(api.request("/api/v1/models", token)
                                    .header("Content-Type", "application/yaml")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("id: [broken"))
                                    .build())
                            .status())
                    .as("%s uploads a model", role)
                    .isEqualTo(role == Role.ADMIN ? 400 : 403);
            assertThat(api.get("/api/v1/catalogue/entries/" + CATALOGUE_ENTRY, token)
                            .status())
                    .as("%s reads a catalogue entry", role)
                    .isEqualTo(200);
            assertThat(putBrokenCatalogueEntry(token).status())
                    .as("%s saves a catalogue entry", role)
                    .isEqualTo(role == Role.ADMIN ? 400 : 403);
            assertThat(api.get(report, token).status())
                    .as("%s downloads a report (the SME's is not submitted yet)", role)
                    .isEqualTo(sme ? 409 : 403);
            assertThat(api.get(report.replace("report.pdf", "recommendations"), token)
                            .status())
                    .as("%s reads recommendations (none for an unsubmitted assessment)", role)
                    .isEqualTo(sme ? 404 : 403);
            assertThat(api.get("/api/v1/plan", token).status())
                    .as("%s reads the action plan", role)
                    .isEqualTo(sme ? 200 : 403);
            assertThat(api.post("/api/v1/plan/items", token, Map.of("entryId", CATALOGUE_ENTRY))
                            .status())
                    .as("%s adds to the action plan (no assessment named)", role)
                    .isEqualTo(sme ? 400 : 403);
            assertThat(api.patch("/api/v1/plan/items/" + UUID.randomUUID(), token, Map.of("status", "done"))
                            .status())
                    .as("%s changes a plan step that is not theirs", role)
                    .isEqualTo(sme ? 404 : 403);
            boolean analyses = role == Role.ANALYST || role == Role.CONSULTANT;
            var insights = api.get("/api/v1/insights?model=dma", token);
            assertThat(insights.status()).as("%s reads insights", role).isEqualTo(analyses ? 200 : 403);
            assertThat(api.get("/api/v1/insights/export.csv", token).status())
                    .as("%s exports insights", role)
                    .isEqualTo(analyses ? 200 : 403);
            if (role == Role.CONSULTANT) {
                // a consultant whose organisation has no clients sees nobody's data
                assertThat(insights.json().path("heatMap").size()).isZero();
                assertThat(insights.json().path("summary").path("suppressed").asBoolean())
                        .isTrue();
            }
            var unknown = api.get("/api/v1/unknown", token);
            assertThat(unknown.status()).as("%s on an unknown path", role).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");
            assertThat(unknown.json().path("status").asInt()).isEqualTo(404);
        }
        var unknown = api.get("/api/v1/assessments/" + UUID.randomUUID() + "/no-such-part", null);
        assertThat(unknown.status()).as("anonymous on an unknown path").isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().path("instance").asString()).endsWith("/no-such-part");
        assertThat(api.get("/api/v1/companies/" + company, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/insights", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/catalogue/entries/" + CATALOGUE_ENTRY, null).status())
                .isEqualTo(200);
        assertThat(putBrokenCatalogueEntry(null).status()).isEqualTo(401);
        assertThat(api.get(report, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/plan", null).status()).isEqualTo(401);
        assertThat(api.patch("/api/v1/plan/items/" + UUID.randomUUID(), null, Map.of())
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/assessments", null, Map.of("companyId", company, "model", "dma"))
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/assessments/" + UUID.randomUUID() + "/retake", null, "")
                        .status())
                .isEqualTo(401);
        api.assertNoServerErrors();
    }

    /** Broken, so that an administrator's call is refused with 400 and changes nothing. */
    private HttpApi.Reply putBrokenCatalogueEntry(String token) {
        return api.send(api.request("/api/v1/catalogue/entries/" + CATALOGUE_ENTRY, token)
                .header("Content-Type", "application/yaml")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("id: [broken"))
                .build());
    }

    @Test
    void pagesAdmitOnlyTheirRoles() {
        String report = "/assessments/" + anOpenAssessment() + "/report.pdf";
        for (Role role : Role.values()) {
            var session = new WebSession(port).signIn(emails.get(role), PASSWORD);
            boolean sme = role == Role.SME_USER;
            var home = session.get("/");
            assertThat(home.status()).isEqualTo(200);
            boolean analysesToo = role == Role.ANALYST || role == Role.CONSULTANT;
            assertThat(home.body().contains("href=\"/insights\""))
                    .as("%s is offered the insights", role)
                    .isEqualTo(analysesToo);
            assertThat(home.body().contains("href=\"/assessments\""))
                    .as("%s is offered assessments", role)
                    .isEqualTo(role == Role.SME_USER);
            assertThat(session.get("/assessments").status())
                    .as("%s opens assessments", role)
                    .isEqualTo(sme ? 200 : 403);
            assertThat(session.post("/", "/assessments/" + UUID.randomUUID() + "/retake", Map.of())
                            .status())
                    .as("%s retakes an assessment", role)
                    .isEqualTo(sme ? 404 : 403);
            assertThat(session.get(report).status())
                    .as("%s downloads a report (the SME's is not submitted yet)", role)
                    .isEqualTo(sme ? 409 : 403);
            assertThat(session.get("/company").status())
                    .as("%s opens the company page", role)
                    .isEqualTo(sme ? 200 : 403);
            assertThat(session.get("/plan").status())
                    .as("%s opens the action plan", role)
                    .isEqualTo(sme ? 200 : 403);
            assertThat(session.get("/plan/items/" + UUID.randomUUID()).status())
                    .as("%s opens a plan step that is not theirs", role)
                    .isEqualTo(sme ? 404 : 403);
            assertThat(session.post("/", "/plan/items", Map.of("entry", CATALOGUE_ENTRY, "assessment", "x"))
                            .status())
                    .as("%s adds to the plan from an assessment that is not theirs", role)
                    .isEqualTo(sme ? 400 : 403);
            boolean analyses = role == Role.ANALYST || role == Role.CONSULTANT;
            assertThat(session.get("/insights").status())
                    .as("%s opens the insights dashboard", role)
                    .isEqualTo(analyses ? 200 : 403);
            assertThat(session.get("/insights/export.xlsx").status())
                    .as("%s downloads the insights workbook", role)
                    .isEqualTo(analyses ? 200 : 403);
            boolean administers = role == Role.ADMIN;
            assertThat(home.body().contains("href=\"/admin/catalogue\""))
                    .as("%s is offered the catalogue", role)
                    .isEqualTo(administers);
            for (String page : List.of(
                    "/admin/catalogue",
                    "/admin/catalogue?q=budget&type=training",
                    "/admin/catalogue/new",
                    "/admin/catalogue/new/yaml",
                    "/admin/catalogue/" + CATALOGUE_ENTRY,
                    "/admin/catalogue/" + CATALOGUE_ENTRY + "/yaml")) {
                assertThat(session.get(page).status())
                        .as("%s opens %s", role, page)
                        .isEqualTo(administers ? 200 : 403);
            }
            // the home page's sign-out form gives a valid CSRF token, so a refusal is the role's
            assertThat(session.post("/", "/admin/catalogue/new", Map.of("yaml", "id: [broken"))
                            .status())
                    .as("%s adds a catalogue entry", role)
                    .isEqualTo(administers ? 400 : 403);
            assertThat(session.post("/", "/admin/catalogue/" + CATALOGUE_ENTRY, Map.of("yaml", "id: [broken"))
                            .status())
                    .as("%s saves a catalogue entry", role)
                    .isEqualTo(administers ? 400 : 403);
            for (String path : List.of("/admin/catalogue/new/yaml", "/admin/catalogue/" + CATALOGUE_ENTRY + "/yaml")) {
                assertThat(session.post("/", path, Map.of("yaml", "id: [broken"))
                                .status())
                        .as("%s saves the YAML at %s", role, path)
                        .isEqualTo(administers ? 400 : 403);
            }
        }
        var anonymous = new WebSession(port);
        assertThat(anonymous.get("/").status()).isEqualTo(200);
        assertThat(anonymous.get("/register").status()).isEqualTo(200);
        assertThat(anonymous.get("/privacy").status()).isEqualTo(200);
        assertThat(anonymous.get("/assessments").location()).endsWith("/login");
        assertThat(anonymous.get("/company").location()).endsWith("/login");
        assertThat(anonymous.get("/insights").location()).endsWith("/login");
        assertThat(anonymous
                        .post("/login", "/assessments/" + UUID.randomUUID() + "/retake", Map.of())
                        .location())
                .endsWith("/login");
        assertThat(anonymous.get("/admin/catalogue").location()).endsWith("/login");
        assertThat(anonymous.get("/admin/catalogue/" + CATALOGUE_ENTRY).location())
                .endsWith("/login");
        assertThat(anonymous
                        .get("/admin/catalogue/" + CATALOGUE_ENTRY + "/yaml")
                        .location())
                .endsWith("/login");
        assertThat(anonymous
                        .post("/", "/admin/catalogue/new", Map.of("yaml", "id: [broken"))
                        .status())
                .isIn(302, 403);
        assertThat(anonymous.get(report).location()).endsWith("/login");
        assertThat(anonymous.get("/plan").location()).endsWith("/login");
        assertThat(anonymous.get("/anything-else").status()).isEqualTo(404);
    }

    @Test
    void anUnknownPageIsNotFoundInTheLayoutOfWhoeverAsks() {
        var anonymous = new WebSession(port);
        for (String unknown : List.of("/news", "/toolbox/", "/assessmentsx", "/error")) {
            var page = anonymous.get(unknown + "?lang=et");
            assertThat(page.status()).as("anonymous opens %s", unknown).isEqualTo(404);
            Document document = Jsoup.parse(page.body());
            assertThat(document.selectFirst("html").attr("lang")).isEqualTo("et");
            assertThat(document.select("nav.languages a[hreflang]")).hasSize(10);
            assertThat(document.select(".account a[href=/login]")).hasSize(1);
        }
        for (Role role : Role.values()) {
            var session = new WebSession(port).signIn(emails.get(role), PASSWORD);
            for (String unknown : List.of("/news", "/plan/items/1/unknown", "/error")) {
                var page = session.get(unknown);
                assertThat(page.status()).as("%s opens %s", role, unknown).isEqualTo(404);
                Document document = Jsoup.parse(page.body());
                assertThat(document.select(".account .signed-in").text())
                        .as("%s is greeted on %s", role, unknown)
                        .contains("Person " + role);
                assertThat(document.select(".account a[href=/login]")).isEmpty();
                assertThat(document.select("nav.languages a[hreflang]")).hasSize(10);
                assertThat(document.select("nav.languages a[hreflang=de]").attr("href"))
                        .isEqualTo(unknown + "?lang=de");
                assertThat(document.select("nav.main-nav a[href=/assessments]").isEmpty())
                        .isEqualTo(role != Role.SME_USER);
            }
        }
    }

    @Test
    void aPageThatExistsIsRefusedInTheLayoutOfTheSignedInPerson() {
        var session = new WebSession(port).signIn(emails.get(Role.SME_USER), PASSWORD);
        var refused = session.get("/insights");
        assertThat(refused.status()).isEqualTo(403);
        Document document = Jsoup.parse(refused.body());
        assertThat(document.select(".account .signed-in").text()).contains("Person " + Role.SME_USER);
        assertThat(document.select("nav.languages a[hreflang]")).hasSize(10);
    }

    @Test
    void aPageThatIsNotFoundInsideAModuleKeepsTheLayout() {
        var session = new WebSession(port).signIn(emails.get(Role.SME_USER), PASSWORD);
        var missing = session.get("/toolbox/no-such-entry");
        assertThat(missing.status()).isEqualTo(404);
        Document document = Jsoup.parse(missing.body());
        assertThat(document.select(".account .signed-in").text()).contains("Person " + Role.SME_USER);
        assertThat(document.select("nav.languages a[hreflang]")).hasSize(10);
    }

    @Test
    void anotherCompanysAssessmentPageIsNotFound() {
        String id = anOpenAssessment();

        String strangerEmail = "stranger-" + System.nanoTime() + "@matrix.example";
        Fixtures.aPersonWithRole(registrations, strangerEmail, PASSWORD, Role.SME_USER);
        var stranger = new WebSession(port).signIn(strangerEmail, PASSWORD);
        assertThat(stranger.get("/assessments/" + id + "/dimensions/1").status())
                .isEqualTo(404);
        assertThat(stranger.get("/assessments/" + id + "/review").status()).isEqualTo(404);
        assertThat(stranger.get("/assessments/" + id + "/result").status()).isEqualTo(404);
        assertThat(stranger.get("/assessments/" + id + "/report.pdf").status()).isEqualTo(404);

        var owner = new WebSession(port).signIn(emails.get(Role.SME_USER), PASSWORD);
        assertThat(owner.get("/assessments/" + id + "/dimensions/1").status()).isEqualTo(200);
    }
}

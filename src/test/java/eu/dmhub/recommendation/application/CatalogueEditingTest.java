package eu.dmhub.recommendation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.WebSession;
import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.shared.Language;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * An administrator edits the catalogue on its pages and over the API, with the files' rules: a good
 * save takes effect in the toolbox at once and is kept as a revision; a bad one is refused with 400
 * naming the entry and the reason, and nothing is saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CatalogueEditingTest {

    /** A shipped entry the tests change, and put back as it was afterwards. */
    private static final String SHIPPED = "strategy-budget-line";

    private static final String PASSWORD = "catalogue-password";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    Catalogue catalogue;

    @Autowired
    CatalogueStore store;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    ResourcePatternResolver resources;

    HttpApi api;
    String token;
    WebSession admin;
    String shippedYaml;

    @BeforeEach
    void signInAsAdministrator() {
        String email = "admin-" + System.nanoTime() + "@catalogue.example";
        Fixtures.aPersonWithRole(registrations, email, PASSWORD, Role.ADMIN);
        api = new HttpApi(port);
        token = api.post("/api/v1/auth/token", null, Map.of("email", email, "password", PASSWORD))
                .json()
                .path("token")
                .asString();
        admin = new WebSession(port).signIn(email, PASSWORD);
        shippedYaml = CatalogueYaml.write(catalogue.shipped(SHIPPED).orElseThrow());
    }

    @AfterEach
    void putTheShippedEntryBack() {
        if (!catalogue
                .find(SHIPPED)
                .orElseThrow()
                .equals(catalogue.shipped(SHIPPED).orElseThrow())) {
            assertThat(put(SHIPPED, shippedYaml, "application/yaml").status()).isEqualTo(200);
        }
        api.assertNoServerErrors();
    }

    @Test
    void anAdministratorChangesAShippedEntryOnItsPageAndTheToolboxShowsItAtOnce() {
        var list = admin.get("/admin/catalogue");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/admin/catalogue/" + SHIPPED + "\"", "href=\"/admin/catalogue/new\"");
        var page = admin.get("/admin/catalogue/" + SHIPPED + "/yaml");
        assertThat(page.status()).isEqualTo(200);
        String yaml = textarea(page.body());
        assertThat(yaml).startsWith("id: " + SHIPPED + "\n");
        int before = revision(SHIPPED);

        String title = "Digital projects with a budget line of their own " + System.nanoTime();
        String changed = yaml.replace(englishTitle(SHIPPED), title);
        var saved = admin.post(
                "/admin/catalogue/" + SHIPPED + "/yaml",
                "/admin/catalogue/" + SHIPPED + "/yaml",
                Map.of("yaml", changed, "basedOn", String.valueOf(before)));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/admin/catalogue/" + SHIPPED + "/yaml?saved=" + (before + 1));
        assertThat(text(admin.get("/admin/catalogue/" + SHIPPED + "/yaml?saved=" + (before + 1))))
                .contains("Saved as revision " + (before + 1));
        var visitor = new WebSession(port);
        assertThat(text(visitor.get("/toolbox/" + SHIPPED))).contains(title);
        assertThat(text(visitor.get("/toolbox"))).contains(title);
        assertThat(catalogue.find(SHIPPED).orElseThrow().title()).containsEntry("en", title);
        assertThat(text(admin.get("/admin/catalogue"))).contains(title, "Changed in the app", "Person ADMIN");
        assertThat(textarea(admin.get("/admin/catalogue/" + SHIPPED + "/yaml").body()))
                .isEqualTo(changed);
    }

    @Test
    void theApiChangesAShippedEntryAndAddsANewOneUnderAnUnusedId() {
        JsonNode shipped = api.get("/api/v1/catalogue/entries/" + SHIPPED, null).json();
        assertThat(shipped.path("type").asString()).isEqualTo("good-practice");
        assertThat(shipped.path("yaml").asString()).startsWith("id: " + SHIPPED);
        String title = "A budget line for digital work " + System.nanoTime();

        var changed =
                put(SHIPPED, shipped.path("yaml").asString().replace(englishTitle(SHIPPED), title), "application/yaml");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("title").path("en").asString()).isEqualTo(title);
        assertThat(changed.json().path("source").asString()).isEqualTo("edited");
        assertThat(changed.json().path("revision").asInt()).isEqualTo(revision(SHIPPED));
        assertThat(text(new WebSession(port).get("/toolbox/" + SHIPPED))).contains(title);

        String id = "admin-test-" + System.nanoTime();
        var created = put(id, anEntry(id, "A new entry made over the API"), "application/yaml");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("source").asString()).isEqualTo("added");
        assertThat(created.json().path("revision").asInt()).isEqualTo(1);
        assertThat(new WebSession(port).get("/toolbox").body()).contains("href=\"/toolbox/" + id + "\"");
        assertThat(api.get("/api/v1/catalogue/entries/" + id, null)
                        .json()
                        .path("title")
                        .path("et")
                        .asString())
                .isEqualTo("A new entry made over the API (et)");
        withdraw(id);
    }

    @Test
    void aNewEntryFromItsPageAppearsInTheToolboxAndAWithdrawnOneLeavesItButKeepsItsPage() {
        var blank = admin.get("/admin/catalogue/new/yaml");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(textarea(blank.body())).startsWith("id:\ntype:\ntitle:\n  en:\n  et:\n  lv:\n  lt:\n  pl:\n");
        String id = "admin-page-" + System.nanoTime();

        var saved = admin.post(
                "/admin/catalogue/new/yaml",
                "/admin/catalogue/new/yaml",
                Map.of("yaml", anEntry(id, "Made on the page")));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/admin/catalogue/" + id + "/yaml?saved=1");
        var visitor = new WebSession(port);
        assertThat(visitor.get("/toolbox?sector=U").body()).contains("href=\"/toolbox/" + id + "\"");
        assertThat(text(visitor.get("/toolbox/" + id))).contains("Made on the page");
        assertThat(text(admin.get("/admin/catalogue"))).contains("Added in the app");

        var withdrawn = admin.post(
                "/admin/catalogue/" + id + "/yaml",
                "/admin/catalogue/" + id + "/yaml",
                Map.of("yaml", anEntry(id, "Made on the page"), "withdrawn", "true", "basedOn", "1"));

        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(visitor.get("/toolbox?sector=U").body()).doesNotContain("href=\"/toolbox/" + id + "\"");
        assertThat(catalogue.entries()).noneMatch(e -> e.id().equals(id));
        assertThat(catalogue.find(id)).isPresent();
        var page = visitor.get("/toolbox/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(text(page)).contains("has been withdrawn");
        assertThat(store.history(id))
                .extracting(CatalogueStore.Revision::number, CatalogueStore.Revision::withdrawn)
                .containsExactly(tuple(2, true), tuple(1, false));
        assertThat(text(admin.get("/admin/catalogue/" + id))).contains("Revisions", "Person ADMIN");
    }

    @Test
    void badEntriesAreRefusedNamingTheEntryAndTheReasonAndNothingIsSaved() {
        Map<String, String> cases = Map.of(
                "id: " + SHIPPED + "\ntitle: [never closed\n",
                "line 3, column 1, key “title”: the list opened with “[” on line 2, column 8 is not closed",
                anEntry(SHIPPED, "Coloured") + "colour: blue\n",
                "entry " + SHIPPED + ": colour: unknown key",
                anEntry(SHIPPED, "Cloudy").replace("[data]", "[clouds]"),
                "entry " + SHIPPED + ": dimensions: unknown dimension clouds",
                anEntry(SHIPPED, "Upside down").replace("{from: basic, to: average}", "{from: advanced, to: basic}"),
                "entry " + SHIPPED + ": maturity: from advanced lies above to basic",
                anEntry("another-id", "Renamed"),
                "entry " + SHIPPED + ": id: another-id is not the id of this entry");
        String earlier = anEntry(SHIPPED, "Saved before the bad ones");
        assertThat(put(SHIPPED, earlier, "application/yaml").status()).isEqualTo(200);
        int before = revision(SHIPPED);
        cases.forEach((yaml, reason) -> {
            var refused = put(SHIPPED, yaml, "application/yaml");
            assertThat(refused.status()).as(reason).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("errors").findValuesAsString("message"))
                    .as(reason)
                    .anyMatch(m -> m.startsWith(reason));

            var page = admin.post(
                    "/admin/catalogue/" + SHIPPED + "/yaml",
                    "/admin/catalogue/" + SHIPPED + "/yaml",
                    Map.of("yaml", yaml, "basedOn", String.valueOf(before)));
            assertThat(page.status()).as(reason).isEqualTo(400);
            assertThat(text(page)).as(reason).contains(reason, "Nothing was saved");
            assertThat(textarea(page.body())).isEqualTo(yaml);
        });
        var duplicate = admin.post(
                "/admin/catalogue/new/yaml", "/admin/catalogue/new/yaml", Map.of("yaml", anEntry(SHIPPED, "Twice")));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(text(duplicate)).contains("entry " + SHIPPED + ": id: is used by another entry");

        assertThat(store.latest(SHIPPED).orElseThrow())
                .extracting(CatalogueStore.Revision::number, CatalogueStore.Revision::yaml)
                .containsExactly(before, earlier);
        assertThat(catalogue.find(SHIPPED).orElseThrow().title()).containsEntry("en", "Saved before the bad ones");
        assertThat(text(new WebSession(port).get("/toolbox/" + SHIPPED))).contains("Saved before the bad ones");
    }

    @Test
    void theApiTakesOnlyYamlOfLimitedSize() {
        String yaml = anEntry(SHIPPED, "As JSON");
        var json = put(SHIPPED, yaml, "application/json");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).as(json.body()).startsWith("application/problem+json");
        assertThat(put(SHIPPED, yaml, "text/plain").status()).isEqualTo(415);
        String tooLong = yaml + "#" + "x".repeat(CatalogueEditing.MAX_YAML_CHARACTERS) + "\n";
        var refused = put(SHIPPED, tooLong, "application/yaml");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fields()).containsExactly("body");
        assertThat(put(SHIPPED, "#" + "x".repeat(1_100_000), "application/yaml").status())
                .isEqualTo(413);
        assertThat(api.get("/api/v1/catalogue/entries/no-such-entry", null).status())
                .isEqualTo(404);
    }

    @Test
    void aSaveMadeSinceThePageWasOpenedIsNotOverwritten() {
        int opened = revision(SHIPPED);
        assertThat(put(SHIPPED, anEntry(SHIPPED, "Saved elsewhere"), "application/yaml")
                        .status())
                .isEqualTo(200);

        String mine = anEntry(SHIPPED, "Saved on a stale page");
        var stale = admin.post(
                "/admin/catalogue/" + SHIPPED + "/yaml",
                "/admin/catalogue/" + SHIPPED + "/yaml",
                Map.of("yaml", mine, "basedOn", String.valueOf(opened)));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(textarea(stale.body())).isEqualTo(mine);
        assertThat(englishTitle(SHIPPED)).isEqualTo("Saved elsewhere");
    }

    @Test
    void anotherInstanceSeesTheSaveWithinItsCheckInterval() {
        var other =
                new Catalogue(questionnaires, resources, "classpath*:catalogue/*.yaml", store, Duration.ofSeconds(1));
        other.afterSingletonsInstantiated();
        assertThat(other.entries()).isEqualTo(catalogue.entries());

        String title = "Seen by the other instance " + System.nanoTime();
        assertThat(put(SHIPPED, anEntry(SHIPPED, title), "application/yaml").status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(3))
                .untilAsserted(() ->
                        assertThat(other.find(SHIPPED).orElseThrow().title()).containsEntry("en", title));
        assertThat(other.entries()).isEqualTo(catalogue.entries());
    }

    /** A valid entry for every country and size, restricted to NACE section U so that rankings elsewhere never meet it. */
    private static String anEntry(String id, String title) {
        return """
                id: %s
                type: training
                title: {en: "%s"%s}
                description: {en: Written by a test.%s}
                dimensions: [data]
                maturity: {from: basic, to: average}
                sectors: [U]
                effort-days: 2
                cost: free
                provider: A test provider
                example: true
                """.formatted(
                        id, title, translations("\"" + title + " (%s)\""), translations("Written by a test (%s)."));
    }

    /** “, et: …, lv: …” for every language but English, each text naming its language. */
    private static String translations(String pattern) {
        return Language.SUPPORTED.stream()
                .filter(l -> !l.equals(Language.ENGLISH))
                .map(l -> ", " + l.code() + ": " + pattern.formatted(l.code()))
                .collect(java.util.stream.Collectors.joining());
    }

    private void withdraw(String id) {
        var reply = api.send(api.request("/api/v1/catalogue/entries/" + id + "?withdrawn=true", token)
                .header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString(api.get("/api/v1/catalogue/entries/" + id, null)
                        .json()
                        .path("yaml")
                        .asString()))
                .build());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("withdrawn").asBoolean()).isTrue();
    }

    private HttpApi.Reply put(String id, String yaml, String contentType) {
        return api.send(api.request("/api/v1/catalogue/entries/" + id, token)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(yaml))
                .build());
    }

    private int revision(String id) {
        return api.get("/api/v1/catalogue/entries/" + id, null)
                .json()
                .path("revision")
                .asInt();
    }

    private String englishTitle(String id) {
        return api.get("/api/v1/catalogue/entries/" + id, null)
                .json()
                .path("title")
                .path("en")
                .asString();
    }

    private static String textarea(String html) {
        var textarea = Jsoup.parse(html).selectFirst("textarea#yaml");
        return textarea == null ? "" : textarea.wholeText();
    }

    private static String text(WebSession.Page page) {
        return HtmlUtils.htmlUnescape(page.body());
    }
}

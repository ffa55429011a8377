package eu.dmhub.recommendation.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.WebSession;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.recommendation.application.Catalogue;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The catalogue editor as administrators use it: a form with a field per key, the YAML view for
 * the advanced, problems in words beside their fields, and a list to search and filter. Entries
 * made here suit only NACE section U, so that no ranking elsewhere meets them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CatalogueFormPagesTest {

    private static final String PASSWORD = "catalogue-form-password";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    Catalogue catalogue;

    WebSession admin;

    @BeforeEach
    void signInAsAdministrator() {
        String email = "form-admin-" + System.nanoTime() + "@catalogue.example";
        Fixtures.aPersonWithRole(registrations, email, PASSWORD, Role.ADMIN);
        admin = new WebSession(port).signIn(email, PASSWORD);
    }

    @Test
    void anEntryAddedAndChangedThroughTheFormIsInTheToolboxInEveryLanguage() {
        String id = "form-made-" + System.nanoTime();
        var blank = admin.get("/admin/catalogue/new");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(Jsoup.parse(blank.body()).select("input[name=title.et], textarea[name=description.nb]"))
                .hasSize(2);

        var added = admin.postAll("/admin/catalogue/new", "/admin/catalogue/new", anEntry(id, "Cloud basics"));

        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).endsWith("/admin/catalogue/" + id + "?saved=1");
        var visitor = new WebSession(port);
        assertThat(visitor.get("/toolbox/" + id + "?lang=en").body()).contains("Cloud basics (en)", "A test provider");
        assertThat(visitor.get("/toolbox/" + id + "?lang=lt").body()).contains("Cloud basics (lt)");
        CatalogueEntry entry = catalogue.find(id).orElseThrow();
        assertThat(entry.dimensions()).containsExactly("data", "green");
        assertThat(entry.countries()).containsExactlyInAnyOrder("EE", "FI");
        assertThat(entry.provider()).containsOnlyKeys("en");

        Document form =
                Jsoup.parse(admin.get("/admin/catalogue/" + id + "?saved=1").body());
        assertThat(form.select("#saved").text()).contains("Saved as revision 1");
        assertThat(form.select("#title-pl").val()).isEqualTo("Cloud basics (pl)");
        assertThat(form.select("#id").hasAttr("readonly")).isTrue();
        assertThat(form.select("input[name=dimensions][checked]").eachAttr("value"))
                .containsExactly("data", "green");
        assertThat(form.select("#maturity-to option[selected]").val()).isEqualTo("average");
        assertThat(Jsoup.parse(admin.get("/admin/catalogue/" + id + "/yaml").body())
                        .select("textarea#yaml")
                        .text())
                .startsWith("id: " + id);

        var changed = new ArrayList<>(anEntry(id, "Cloud basics, second edition"));
        changed.removeIf(f -> f.getKey().equals("effort-days") || f.getKey().equals("example"));
        changed.add(Map.entry("effort-days", "12"));
        changed.add(Map.entry("indicators", "erp"));
        changed.add(Map.entry("languages", "et"));
        changed.add(Map.entry("languages-other", "ru"));
        changed.add(Map.entry("link", "https://example.eu/cloud-basics"));
        changed.add(Map.entry("source", "https://example.eu/about"));
        changed.add(Map.entry("checked", "2026-12-03"));
        changed.add(Map.entry("basedOn", "1"));
        changed.add(Map.entry("withdrawn", "true"));
        var saved = admin.postAll("/admin/catalogue/" + id, "/admin/catalogue/" + id, changed);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/admin/catalogue/" + id + "?saved=2");
        CatalogueEntry offer = catalogue.find(id).orElseThrow();
        assertThat(offer.effortDays()).isEqualTo(12);
        assertThat(offer.languages()).containsExactly("et", "ru");
        assertThat(offer.indicators()).containsExactly("erp");
        assertThat(offer.source()).isEqualTo("https://example.eu/about");
        assertThat(offer.checked()).hasToString("2026-12-03");
        assertThat(offer.example()).isFalse();
        Document again = Jsoup.parse(admin.get("/admin/catalogue/" + id).body());
        assertThat(again.select("#languages-et").hasAttr("checked")).isTrue();
        assertThat(again.select("#languages-other").val()).isEqualTo("ru");
        assertThat(again.select("#checked").val()).isEqualTo("2026-12-03");
        assertThat(again.select("#indicators-erp").hasAttr("checked")).isTrue();
        assertThat(visitor.get("/toolbox/" + id + "?lang=en").body()).contains("Cloud basics, second edition (en)");
        assertThat(catalogue.entries()).noneMatch(e -> e.id().equals(id));
    }

    @Test
    void aRefusedFormNamesEachFieldAndLanguageBesideItAndInTheSummaryAndKeepsWhatWasTyped() {
        String id = "form-refused-" + System.nanoTime();
        var fields = new ArrayList<>(anEntry(id, "Half translated"));
        fields.removeIf(f -> f.getKey().equals("title.lv")
                || f.getKey().equals("effort-days")
                || f.getKey().equals("dimensions"));
        fields.add(Map.entry("title.lv", " "));
        fields.add(Map.entry("effort-days", "a week"));
        fields.add(Map.entry("checked", "3 December"));

        var refused = admin.postAll("/admin/catalogue/new", "/admin/catalogue/new", fields);

        assertThat(refused.status()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#error-summary a"))
                .extracting(a -> a.attr("href") + " " + a.text())
                .contains(
                        "#title-lv Enter the title in Latvian, up to 120 characters.",
                        "#effort-days Enter the effort as a whole number of days from 1 to 365.",
                        "#dimensions-strategy Choose at least one dimension.");
        assertThat(page.select("#title-lv-error").text())
                .isEqualTo("Enter the title in Latvian, up to 120 characters.");
        assertThat(page.select("#title-lv").attr("aria-describedby")).isEqualTo("title-lv-error");
        assertThat(page.select("#effort-days").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#dimensions-error").text()).isEqualTo("Choose at least one dimension.");
        assertThat(page.select("#effort-days").val()).isEqualTo("a week");
        assertThat(page.select("#checked-error").text())
                .isEqualTo("Enter the date the facts were checked, written YYYY-MM-DD; a real offer needs one.");
        assertThat(page.select("#checked").val()).isEqualTo("3 December");
        assertThat(page.select("#title-et").val()).isEqualTo("Half translated (et)");
        assertThat(page.select("#description-fi").text()).isEqualTo("Written by a test (fi).");
        assertThat(page.select("#id").val()).isEqualTo(id);
        assertThat(page.select("input[name=countries][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("EE", "FI");
        assertThat(page.text()).doesNotContain("must be", "non-empty");
        assertThat(catalogue.find(id)).isEmpty();

        var offer = new ArrayList<>(anEntry(id, "A real offer"));
        offer.removeIf(f -> f.getKey().equals("example"));
        offer.add(Map.entry("link", "https://example.eu/offer"));
        offer.add(Map.entry("checked", "2026-12-03"));
        Document unsourced = Jsoup.parse(admin.postAll("/admin/catalogue/new", "/admin/catalogue/new", offer)
                .body());
        assertThat(unsourced.select("#source-error").text())
                .isEqualTo("Enter the https address of the page where the facts were checked; a real offer needs one.");
        assertThat(unsourced.select("#languages-error").text()).startsWith("Give the languages of a real offer");
        assertThat(unsourced.select("#link").val()).isEqualTo("https://example.eu/offer");

        var taken = admin.postAll(
                "/admin/catalogue/new", "/admin/catalogue/new", anEntry("strategy-budget-line", "Under a used id"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(Jsoup.parse(taken.body()).select("#id-error").text())
                .isEqualTo("The id strategy-budget-line is used by another entry already. Choose another id.");
    }

    @Test
    void aSaveMadeElsewhereSinceTheFormWasOpenedIsNotOverwrittenAndTheTypedFormStays() {
        String id = "form-conflict-" + System.nanoTime();
        assertThat(admin.postAll("/admin/catalogue/new", "/admin/catalogue/new", anEntry(id, "First"))
                        .status())
                .isEqualTo(302);
        var elsewhere = new ArrayList<>(anEntry(id, "Saved elsewhere"));
        elsewhere.add(Map.entry("basedOn", "1"));
        assertThat(admin.postAll("/admin/catalogue/" + id, "/admin/catalogue/" + id, elsewhere)
                        .status())
                .isEqualTo(302);

        var mine = new ArrayList<>(anEntry(id, "Saved on a stale page"));
        mine.add(Map.entry("basedOn", "1"));
        var stale = admin.postAll("/admin/catalogue/" + id, "/admin/catalogue/" + id, mine);

        assertThat(stale.status()).isEqualTo(409);
        Document page = Jsoup.parse(stale.body());
        assertThat(page.select("#error-summary").text()).contains("Someone else saved revision 2");
        assertThat(page.select("#title-en").val()).isEqualTo("Saved on a stale page (en)");
        assertThat(page.select("input[name=basedOn]").val()).isEqualTo("2");
        assertThat(catalogue.find(id).orElseThrow().title()).containsEntry("en", "Saved elsewhere (en)");
    }

    @Test
    void yamlThatIsNotYamlIsExplainedByLineAndColumnInPlainWords() {
        String id = "strategy-budget-line";
        Map<String, String> cases = Map.of(
                "id: " + id + "\ntitle: [never closed\n",
                "line 3, column 1: the list opened with “[” on line 2, column 8 is not closed with “]”",
                "id: " + id + "\ntitle: {en: Budget\n",
                "line 3, column 1: the curly bracket opened on line 2, column 8 is not closed",
                "id: " + id + "\ntitle: \"Budget\n",
                "line 3, column 1: the text in quotation marks that begins on line 2, column 8 has no closing",
                "id: " + id + "\n  type: tool\n",
                "line 2, column 7: a colon is not expected here.",
                "id: " + id + "\n\ttype: tool\n",
                "line 2, column 1: a tab character. Indent with spaces.",
                "id: " + id + "\ncost: free\ncost: low\n",
                "the key “cost” is given twice.");
        cases.forEach((yaml, words) -> {
            var refused = admin.post(
                    "/admin/catalogue/" + id + "/yaml",
                    "/admin/catalogue/" + id + "/yaml",
                    Map.of("yaml", yaml, "basedOn", "0"));
            assertThat(refused.status()).as(yaml).isEqualTo(400);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.select("#error-summary").text()).as(yaml).contains(words);
            assertThat(page.select("#error-summary").text())
                    .as(yaml)
                    .doesNotContain("while parsing", "while scanning", "flow", "scalar", "<stream end>", "Duplicate");
            assertThat(page.select("textarea#yaml").first().wholeText()).isEqualTo(yaml);
        });
    }

    @Test
    void theListFindsEntriesByWordsOfTheirTitleOrIdAndFiltersThem() {
        String id = "form-listed-" + System.nanoTime();
        assertThat(admin.postAll("/admin/catalogue/new", "/admin/catalogue/new", anEntry(id, "Zeppelin logbook"))
                        .status())
                .isEqualTo(302);
        int all = rows("/admin/catalogue").size();

        assertThat(rows("/admin/catalogue?q=zeppelin")).containsExactly(id);
        assertThat(rows("/admin/catalogue?q=budget-line")).contains("strategy-budget-line");
        assertThat(rows("/admin/catalogue?q=" + id + "&source=added&type=training&dimension=green&country=FI"))
                .containsExactly(id);
        assertThat(rows("/admin/catalogue?q=" + id + "&type=tool")).isEmpty();
        assertThat(rows("/admin/catalogue?q=" + id + "&dimension=strategy")).isEmpty();
        assertThat(rows("/admin/catalogue?q=" + id + "&country=PL")).isEmpty();
        assertThat(rows("/admin/catalogue?q=" + id + "&source=shipped")).isEmpty();
        assertThat(rows("/admin/catalogue?q=" + id + "&withdrawn=yes")).isEmpty();
        assertThat(rows("/admin/catalogue?type=training"))
                .isNotEmpty()
                .allMatch(e -> catalogue.find(e).orElseThrow().type() == CatalogueEntry.Type.TRAINING);
        assertThat(rows("/admin/catalogue?country=PL"))
                .isNotEmpty()
                .allMatch(e -> catalogue.find(e).orElseThrow().countries().isEmpty()
                        || catalogue.find(e).orElseThrow().countries().contains("PL"))
                .hasSizeLessThan(all);
        Document filtered = Jsoup.parse(admin.get("/admin/catalogue?q=zeppelin").body());
        assertThat(filtered.select("#catalogue-count").text()).isEqualTo("1 of " + all + " entries match.");
        assertThat(filtered.select("#q").val()).isEqualTo("zeppelin");

        var partial = admin.get("/admin/catalogue?q=zeppelin", "HX-Request", "true");
        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.body()).doesNotContain("<html", "<form").contains("id=\"catalogue-results\"");
        assertThat(Jsoup.parse(partial.body()).select("#catalogue-entries tbody tr"))
                .hasSize(1);
    }

    private List<String> rows(String path) {
        var page = admin.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body())
                .select("#catalogue-entries tbody tr code")
                .eachText();
    }

    /** A complete example entry as the form posts it: every language, two dimensions, two countries, section U. */
    private static List<Map.Entry<String, String>> anEntry(String id, String title) {
        var fields = new ArrayList<Map.Entry<String, String>>();
        fields.add(Map.entry("id", id));
        fields.add(Map.entry("type", "training"));
        for (Language language : Language.SUPPORTED) {
            fields.add(Map.entry("title." + language.code(), title + " (" + language.code() + ")"));
            fields.add(Map.entry("description." + language.code(), "Written by a test (" + language.code() + ")."));
            fields.add(Map.entry(
                    "provider." + language.code(), language.equals(Language.ENGLISH) ? "A test provider" : ""));
        }
        fields.add(Map.entry("dimensions", "data"));
        fields.add(Map.entry("dimensions", "green"));
        fields.add(Map.entry("maturity.from", "basic"));
        fields.add(Map.entry("maturity.to", "average"));
        fields.add(Map.entry("countries", "EE"));
        fields.add(Map.entry("countries", "FI"));
        fields.add(Map.entry("sectors", "U"));
        fields.add(Map.entry("effort-days", "3"));
        fields.add(Map.entry("cost", "free"));
        fields.add(Map.entry("example", "true"));
        return fields;
    }
}

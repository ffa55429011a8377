package eu.dmhub.recommendation.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.WebSession;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.recommendation.application.Catalogue;
import eu.dmhub.recommendation.application.CatalogueEditing;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.CatalogueParser;
import eu.dmhub.shared.Language;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

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

    @Autowired
    CatalogueEditing editing;

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

    /** A save refused for one field shows every other field as it was typed, check boxes and lists too. */
    @Test
    void aRefusedSaveShowsAgainEverythingTypedInEveryField() {
        String id = "form-kept-" + System.nanoTime();
        var typed = everyField(id);
        typed.add(Map.entry("effort-days", "400"));

        var refused = admin.postAll("/admin/catalogue/new", "/admin/catalogue/new", typed);

        assertThat(refused.status()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#error-summary a"))
                .extracting(a -> a.attr("href") + " " + a.text())
                .containsExactly("#effort-days Enter the effort as a whole number of days from 1 to 365.");
        assertThat(sent(page)).isEqualTo(given(typed));
        assertThat(catalogue.find(id)).isEmpty();
    }

    /**
     * Without JavaScript a browser sends the form as served: for every entry in effect, that gives
     * back the very entry, so opening and saving an entry changes nothing that was not touched, not
     * even the order of its dimensions and indicators (which decides what it serves). Only an
     * offer's languages may change order: typed codes follow the ticked ones.
     */
    @Test
    void everyEntrysFormAsServedGivesBackTheSameEntry() {
        String id = "form-round-trip-" + System.nanoTime();
        var typed = everyField(id);
        typed.add(Map.entry("effort-days", "40"));
        assertThat(admin.postAll("/admin/catalogue/new", "/admin/catalogue/new", typed)
                        .status())
                .isEqualTo(302);
        CatalogueEntry added = catalogue.find(id).orElseThrow();
        Document opened = Jsoup.parse(admin.get("/admin/catalogue/" + id).body());
        assertThat(sent(opened)).isEqualTo(given(typed));

        var resaved = admin.postAll("/admin/catalogue/" + id, "/admin/catalogue/" + id, formData(opened));

        assertThat(resaved.status()).isEqualTo(302);
        assertThat(resaved.location()).endsWith("?saved=2");
        assertThat(catalogue.find(id)).contains(added);
        List<String> languages = editing.vocabulary().languages();
        for (CatalogueEntry entry : catalogue.entries()) {
            var fields = new LinkedMultiValueMap<String, String>();
            formData(Jsoup.parse(admin.get("/admin/catalogue/" + entry.id()).body()))
                    .forEach(f -> fields.add(f.getKey(), f.getValue()));
            var tree = EntryForm.posted(entry.id(), fields, languages).entry(languages);
            assertThat(CatalogueParser.parseEntry("", entry.id(), tree, editing.vocabulary()))
                    .as(entry.id())
                    .usingRecursiveComparison()
                    .ignoringCollectionOrderInFields("languages")
                    .isEqualTo(entry);
        }
    }

    /** Values that no list offers (typed into an address or a crafted request) are named, never a 500. */
    @Test
    void valuesNoListOffersAreRefusedNamingTheirFields() {
        String id = "Not An Id!";
        var fields = new ArrayList<Map.Entry<String, String>>();
        fields.add(Map.entry("id", id));
        fields.add(Map.entry("type", "spaceship"));
        fields.add(Map.entry("title.en", "x".repeat(5_000)));
        fields.add(Map.entry("dimensions", "clouds"));
        fields.add(Map.entry("maturity.from", "expert"));
        fields.add(Map.entry("indicators", "telepathy"));
        fields.add(Map.entry("sectors", "Z"));
        fields.add(Map.entry("countries", "XX"));
        fields.add(Map.entry("sizes", "HUGE"));
        fields.add(Map.entry("effort-days", "-5"));
        fields.add(Map.entry("cost", "priceless"));
        fields.add(Map.entry("link", "javascript:alert(1)"));
        fields.add(Map.entry("source", "http://plain.example"));
        fields.add(Map.entry("checked", "2026-13-45"));
        fields.add(Map.entry("languages-other", "english!"));

        var refused = admin.postAll("/admin/catalogue/new", "/admin/catalogue/new", fields);

        assertThat(refused.status()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#error-summary a").eachAttr("href"))
                .contains(
                        "#id",
                        "#type",
                        "#title-en",
                        "#dimensions-strategy",
                        "#maturity-from",
                        "#indicators-" + editing.vocabulary().indicators().get(0),
                        "#sectors-A",
                        "#countries-EE",
                        "#sizes-MICRO",
                        "#effort-days",
                        "#cost",
                        "#link",
                        "#source",
                        "#checked");
        assertThat(page.select("#title-en").val()).hasSize(5_000);
        assertThat(page.select("#link").val()).isEqualTo("javascript:alert(1)");
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(page.text()).doesNotContain("Exception", "must be", "non-empty");
        assertThat(catalogue.find(id)).isEmpty();
        assertThat(admin.get("/admin/catalogue/no-such-entry").status()).isEqualTo(404);
        assertThat(admin.postAll("/admin/catalogue/no-such-entry", "/admin/catalogue/no-such-entry", fields)
                        .status())
                .isEqualTo(404);

        var list = admin.get(
                "/admin/catalogue?type=spaceship&dimension=clouds&country=XX&source=nowhere" + "&withdrawn=maybe");
        assertThat(list.status()).isEqualTo(400);
        Document listed = Jsoup.parse(list.body());
        assertThat(listed.select("#error-summary a"))
                .extracting(a -> a.attr("href") + " " + a.text())
                .containsExactly(
                        "#type “spaceship” is not a kind of entry.",
                        "#dimension “clouds” is not a dimension of the maturity assessment.",
                        "#country “XX” is not a country code (use two letters, such as EE).",
                        "#source “nowhere” is not a source of entries (as shipped, changed in the app, added in the"
                                + " app).",
                        "#withdrawn “maybe” is not a state of entries (in effect or withdrawn).");
        assertThat(listed.select("#dimension-error").text()).contains("“clouds” is not a dimension");
        assertThat(listed.select("#catalogue-entries tbody tr")).isEmpty();
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
    void yamlThatIsNotYamlIsExplainedByLineColumnAndKeyInPlainWords() {
        String id = "strategy-budget-line";
        Map<String, String> cases = Map.of(
                "id: " + id + "\ntitle: [never closed\n",
                "line 3, column 1, key “title”: the list opened with “[” on line 2, column 8 is not closed with “]”",
                "id: " + id + "\ntitle: {en: Budget\n",
                "line 3, column 1, key “title”: the curly bracket opened on line 2, column 8 is not closed",
                "id: " + id + "\ntitle: \"Budget\n",
                "line 3, column 1, key “title”: the text in quotation marks that begins on line 2, column 8 has no"
                        + " closing",
                "id: " + id + "\ntitle:\n  en: \"Budget\n  et: Eelarve\ncost: free\n",
                "key “title.en”: the text in quotation marks that begins on line 3, column 7 has no closing",
                "id: " + id + "\n  type: tool\n",
                "line 2, column 7, key “type”: a colon is not expected here.",
                "id: " + id + "\n\ttype: tool\n",
                "line 2, column 1, key “type”: a tab character. Indent with spaces.",
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

        FormElement filters =
                (FormElement) Jsoup.parse(admin.get("/admin/catalogue").body()).selectFirst("form#catalogue-filters");
        assertThat(filters.attr("method")).isEqualTo("get");
        assertThat(filters.select("button[type=submit]")).hasSize(1);
        filters.selectFirst("#q").val("Zeppelin");
        filters.select("#source option").forEach(o -> o.attr("selected", o.val().equals("added")));
        String query = filters.formData().stream()
                .map(f -> URLEncoder.encode(f.key(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.value(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        assertThat(rows(filters.attr("action") + "?" + query)).as(query).containsExactly(id);

        var partial = admin.get("/admin/catalogue?q=zeppelin", "HX-Request", "true");
        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.body()).doesNotContain("<html", "<form").contains("id=\"catalogue-results\"");
        assertThat(Jsoup.parse(partial.body()).select("#catalogue-entries tbody tr"))
                .hasSize(1);
    }

    /** What a browser sends for the entry form as it stands (Jsoup's rules are the browser's). */
    private static List<Map.Entry<String, String>> formData(Document page) {
        FormElement form = (FormElement) page.selectFirst("form.entry-form");
        return form.formData().stream()
                .filter(f -> !f.key().equals("_csrf"))
                .map(f -> Map.entry(f.key(), f.value()))
                .toList();
    }

    /** The fields a browser would send with a value, each name with its values in order. */
    private static Map<String, List<String>> sent(Document page) {
        return given(formData(page).stream()
                .filter(f -> !f.getKey().equals("basedOn"))
                .toList());
    }

    private static Map<String, List<String>> given(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .filter(f -> !f.getValue().isEmpty())
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        TreeMap::new,
                        Collectors.collectingAndThen(
                                Collectors.mapping(Map.Entry::getValue, Collectors.toList()),
                                values -> values.stream().sorted().toList())));
    }

    /**
     * A real offer with a value in every field the form has (but the effort): a provider that is a
     * name, texts with quotation marks and markup, several choices in each group, section U only.
     */
    private List<Map.Entry<String, String>> everyField(String id) {
        var fields = new ArrayList<Map.Entry<String, String>>();
        fields.add(Map.entry("id", id));
        fields.add(Map.entry("type", "dih-service"));
        for (Language language : Language.SUPPORTED) {
            String code = language.code();
            fields.add(Map.entry("title." + code, "“Test” & <b>try</b> (" + code + ")"));
            fields.add(Map.entry("description." + code, "A: description, with: colons # and a hash (" + code + ")."));
        }
        fields.add(Map.entry("provider.en", "A test hub"));
        fields.add(Map.entry("dimensions", "readiness"));
        fields.add(Map.entry("dimensions", "automation"));
        fields.add(Map.entry("maturity.from", "average"));
        fields.add(Map.entry("maturity.to", "advanced"));
        editing.vocabulary().indicators().stream().limit(2).forEach(i -> fields.add(Map.entry("indicators", i)));
        fields.add(Map.entry("sectors", "U"));
        fields.add(Map.entry("countries", "LV"));
        fields.add(Map.entry("countries", "NO"));
        fields.add(Map.entry("sizes", "MICRO"));
        fields.add(Map.entry("sizes", "SMALL"));
        fields.add(Map.entry("cost", "medium"));
        fields.add(Map.entry("languages", "lv"));
        fields.add(Map.entry("languages", "en"));
        fields.add(Map.entry("languages-other", "ru"));
        fields.add(Map.entry("link", "https://example.eu/test-hub"));
        fields.add(Map.entry("source", "https://example.eu/test-hub/about"));
        fields.add(Map.entry("checked", "2026-12-03"));
        return fields;
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

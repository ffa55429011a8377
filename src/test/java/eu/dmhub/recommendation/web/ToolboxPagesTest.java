package eu.dmhub.recommendation.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.WebSession;
import eu.dmhub.recommendation.application.Catalogue;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

/** The public toolbox: filters as plain links and forms (no JavaScript), and every entry reachable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ToolboxPagesTest {

    private static final Pattern ENTRY_LINK = Pattern.compile("href=\"(/toolbox/[a-z0-9-]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Catalogue catalogue;

    @Autowired
    MessageSource messages;

    @Test
    void everyEntryPageIsReachableFromTheToolboxWithoutSigningIn() {
        var visitor = new WebSession(port);
        var toolbox = visitor.get("/toolbox?lang=en");
        assertThat(toolbox.status()).isEqualTo(200);
        List<String> links = links(toolbox.body());
        assertThat(links)
                .containsExactlyInAnyOrderElementsOf(catalogue.entries().stream()
                        .map(e -> "/toolbox/" + e.id())
                        .toList());
        for (String link : links) {
            var page = visitor.get(link);
            assertThat(page.status()).as(link).isEqualTo(200);
            CatalogueEntry entry =
                    catalogue.find(link.substring("/toolbox/".length())).orElseThrow();
            assertThat(HtmlUtils.htmlUnescape(page.body()))
                    .contains(entry.title().get("en"), entry.description().get("en"), entry.provider("en"));
        }
        var estonian = visitor.get(links.get(0) + "?lang=et");
        CatalogueEntry first =
                catalogue.find(links.get(0).substring("/toolbox/".length())).orElseThrow();
        assertThat(HtmlUtils.htmlUnescape(estonian.body()))
                .contains(first.title().get("et"));
        assertThat(visitor.get("/toolbox/no-such-entry").status()).isEqualTo(404);
    }

    @Test
    void theFiltersNarrowTheListAsTheCatalogueSays() {
        var visitor = new WebSession(port);
        assertThat(links(visitor.get("/toolbox?dimension=data").body()))
                .containsExactlyInAnyOrderElementsOf(
                        expected(e -> e.dimensions().contains("data")));
        assertThat(links(visitor.get("/toolbox?type=dih-service").body()))
                .containsExactlyInAnyOrderElementsOf(expected(e -> e.type() == CatalogueEntry.Type.DIH_SERVICE));
        assertThat(links(visitor.get("/toolbox?sector=J&dimension=automation").body()))
                .containsExactlyInAnyOrderElementsOf(
                        expected(e -> e.dimensions().contains("automation")
                                && (e.sectors().isEmpty() || e.sectors().contains("J"))))
                .doesNotContain("/toolbox/automation-first-robot-peer");
        assertThat(links(visitor.get("/toolbox?sector=C&dimension=automation").body()))
                .contains("/toolbox/automation-first-robot-peer");
        assertThat(links(visitor.get("/toolbox?country=LV&language=et").body()))
                .containsExactlyInAnyOrderElementsOf(
                        expected(e -> (e.countries().isEmpty() || e.countries().contains("LV")) && e.offeredIn("et")))
                .contains("/toolbox/human-site-tablets-peer")
                .doesNotContain("/toolbox/readiness-poland-ksef");
    }

    @Test
    void theChosenCountrysOwnEntriesComeFirstThenTheRegionWideOnes() {
        var visitor = new WebSession(port);
        for (String country : List.of("PL", "EE", "FI")) {
            List<String> shown =
                    links(visitor.get("/toolbox?country=" + country).body());
            List<String> own = expected(e -> e.countries().contains(country));
            List<String> regionWide = expected(e -> e.countries().isEmpty());
            assertThat(own).as(country).isNotEmpty();
            assertThat(shown).as(country).containsExactlyElementsOf(concat(own, regionWide));
        }
    }

    @Test
    void anEntryPageSaysWhoOffersItWhereInWhichLanguagesAndWhenItWasChecked() {
        var visitor = new WebSession(port);
        CatalogueEntry entry =
                catalogue.find("strategy-enterprise-europe-network").orElseThrow();
        for (Language language : Language.SUPPORTED) {
            Locale locale = Locale.forLanguageTag(language.code());
            String page = HtmlUtils.htmlUnescape(visitor.get("/toolbox/" + entry.id() + "?lang=" + language.code())
                    .body());
            assertThat(page)
                    .as(language.code())
                    .contains(
                            entry.provider(language.code()),
                            messages.getMessage("toolbox.countries.all", null, locale),
                            Locale.forLanguageTag("et").getDisplayLanguage(locale),
                            "href=\"" + entry.link() + "\"",
                            "href=\"" + entry.source() + "\"",
                            messages.getMessage(
                                    "toolbox.checked",
                                    new Object[] {LocalFormats.date(locale).format(entry.checked())},
                                    locale));
        }
        CatalogueEntry polish = catalogue.find("readiness-poland-ksef").orElseThrow();
        assertThat(HtmlUtils.htmlUnescape(
                        visitor.get("/toolbox/" + polish.id() + "?lang=de").body()))
                .contains("<dd id=\"countries\">Polen</dd>")
                .doesNotContain("id=\"checked\"", "id=\"link\"");
    }

    private static List<String> concat(List<String> first, List<String> then) {
        var all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    @Test
    void badFilterValuesAreNamedNotIgnored() {
        var page = new WebSession(port).get("/toolbox?dimension=clouds&type=webinar&lang=en");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("href=\"#dimension\"", "href=\"#type\"");
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains("“clouds” is not a dimension");
        assertThat(links(page.body())).isEmpty();
    }

    private List<String> expected(java.util.function.Predicate<CatalogueEntry> fits) {
        return catalogue.entries().stream()
                .filter(fits)
                .map(e -> "/toolbox/" + e.id())
                .toList();
    }

    private static List<String> links(String body) {
        var links = new ArrayList<String>();
        Matcher m = ENTRY_LINK.matcher(body);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }
}

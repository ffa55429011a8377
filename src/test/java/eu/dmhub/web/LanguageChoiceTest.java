package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Events;
import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.WebSession;
import eu.dmhub.shared.Language;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Which language a page is in: the browser's Accept-Language by default, the switcher's choice
 * after that, remembered for a signed-in person on any browser; and numbers, percentages and
 * dates written as each language writes them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguageChoiceTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;

    /** (A server error anywhere fails the test through {@code ServerErrors}.) */
    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @Test
    void theBrowsersLanguagePicksAnyOfTheTenAndTheSwitcherOffersThemAll() {
        for (Language language : Language.SUPPORTED) {
            String code = language.code();
            Document page = home(code + "-" + code.toUpperCase() + "," + code + ";q=0.9,en;q=0.5");
            assertThat(page.selectFirst("html").attr("lang")).as(code).isEqualTo(code);
            assertThat(page.select("nav.languages a[hreflang]").eachAttr("hreflang"))
                    .containsExactlyElementsOf(
                            Language.SUPPORTED.stream().map(Language::code).toList());
            assertThat(page.selectFirst("nav.languages a[aria-current=true]").attr("hreflang"))
                    .isEqualTo(code);
        }
        assertThat(lang(home("no"))).as("Norwegian is written in Bokmål").isEqualTo("nb");
        assertThat(lang(home("nn-NO,en;q=0.3"))).isEqualTo("nb");
        assertThat(lang(home("de-AT"))).isEqualTo("de");
        assertThat(lang(home("fr-FR,fr;q=0.9,pl;q=0.8,en;q=0.7")))
                .as("the first language we speak, in the browser's order")
                .isEqualTo("pl");
        assertThat(lang(home("ja"))).isEqualTo("en");
        assertThat(lang(home("pl;q=0,lt")))
                .as("a language refused with q=0 is skipped")
                .isEqualTo("lt");
        assertThat(lang(home("a b c;;;q=x"))).as("a malformed header").isEqualTo("en");
    }

    @Test
    void aSignedInPersonsChoiceFollowsThemToAnotherBrowser() {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        registration.put("language", "lv");
        Fixtures.Owner owner = Fixtures.aSignedInOwner(api, registration);

        var german = new WebSession(port, "de-DE,de;q=0.9").signIn(owner.email(), owner.password());
        assertThat(lang(german.get("/assessments")))
                .as("the language given at registration")
                .isEqualTo("lv");

        german.get("/assessments?lang=fi");
        assertThat(lang(german.get("/assessments"))).isEqualTo("fi");
        var another = new WebSession(port, "sv").signIn(owner.email(), owner.password());
        assertThat(lang(another.get("/company")))
                .as("remembered for the person")
                .isEqualTo("fi");

        assertThat(api.get("/api/v1/models/dma?lang=da", owner.token(), "da").status())
                .isEqualTo(200);
        assertThat(lang(new WebSession(port, "sv")
                        .signIn(owner.email(), owner.password())
                        .get("/company")))
                .as("an API request does not change what the person reads")
                .isEqualTo("fi");

        var anonymous = new WebSession(port, "sv");
        assertThat(lang(anonymous.get("/"))).isEqualTo("sv");
        anonymous.get("/?lang=et");
        anonymous.signIn(owner.email(), owner.password());
        assertThat(lang(anonymous.get("/company")))
                .as("what was picked on this browser stays")
                .isEqualTo("et");
    }

    @Test
    void aPersonWhoNeverChoseReadsTheBrowsersLanguageUntilTheyDo() {
        Fixtures.Owner owner = Fixtures.aSignedInOwner(api);
        // as the demo seeder makes people: no language chosen
        jdbc.sql("update identity.person set language = null where email = :email")
                .param("email", owner.email())
                .update();

        var polish = new WebSession(port, "pl-PL,pl;q=0.9").signIn(owner.email(), owner.password());
        assertThat(lang(polish.get("/company"))).isEqualTo("pl");
        assertThat(lang(new WebSession(port, "lt")
                        .signIn(owner.email(), owner.password())
                        .get("/company")))
                .isEqualTo("lt");

        polish.get("/company?lang=nb");
        assertThat(jdbc.sql("select language from identity.person where email = :email")
                        .param("email", owner.email())
                        .query(String.class)
                        .single())
                .isEqualTo("nb");
        assertThat(lang(new WebSession(port, "lt")
                        .signIn(owner.email(), owner.password())
                        .get("/company")))
                .isEqualTo("nb");
    }

    @Test
    void numbersPercentagesAndDatesAreWrittenAsEachLanguageWritesThem() {
        Fixtures.Owner owner = Fixtures.aSignedInOwner(api);
        var model = api.get("/api/v1/models/dma", null).json();
        var random = new Random(5);
        for (int peer = 0; peer < 10; peer++) {
            Fixtures.submit(api, Fixtures.aSignedInOwner(api), "dma", Fixtures.randomAnswers(model, random));
        }
        String id = Fixtures.submit(api, owner, "dma", Fixtures.randomAnswers(model, random))
                .path("assessmentId")
                .asString();
        Events.awaitProcessed(jdbc);
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        var session = new WebSession(port).signIn(owner.email(), owner.password());

        Map<String, String> dates = Map.of(
                "en", today.getDayOfMonth() + " " + month(today, "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
                "de", String.format("%02d.%02d.%d", today.getDayOfMonth(), today.getMonthValue(), today.getYear()),
                "fi", String.format("%d.%d.%d", today.getDayOfMonth(), today.getMonthValue(), today.getYear()),
                "lt", today.toString(),
                "pl", today.getDayOfMonth() + " " + month(today, "sty lut mar kwi maj cze lip sie wrz paź lis gru"));
        dates.forEach((language, date) -> {
            Document list = page(session.get("/assessments?lang=" + language));
            assertThat(list.select("table td").eachText()).as(language).anyMatch(cell -> cell.startsWith(date));
        });

        Document english = page(session.get("/assessments/" + id + "/result?lang=en"));
        Document german = page(session.get("/assessments/" + id + "/result?lang=de"));
        String score = english.selectFirst(".big-score .score").text();
        assertThat(score).matches("\\d+\\.\\d");
        assertThat(german.selectFirst(".big-score .score").text()).isEqualTo(score.replace('.', ','));
        assertThat(english.selectFirst(".peer-sentence").text()).containsPattern("\\d%");
        assertThat(german.selectFirst(".peer-sentence").text())
                .as("German puts a space between number and percent sign")
                .containsPattern("\\d[\u00a0 ]%");
    }

    private Document home(String acceptLanguage) {
        return Jsoup.parse(api.get("/", null, acceptLanguage).body());
    }

    private static String month(LocalDate date, String names) {
        return names.split(" ")[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static Document page(WebSession.Page page) {
        assertThat(page.status()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private static String lang(WebSession.Page page) {
        return lang(page(page));
    }

    private static String lang(Document page) {
        return page.selectFirst("html").attr("lang");
    }
}

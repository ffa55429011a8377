package eu.dmhub.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Events;
import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.Pdfs;
import eu.dmhub.WebSession;
import eu.dmhub.shared.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The PDF report over real HTTP, read back with PDFBox: it says what the result page says, in the
 * page's language, with the radar chart as vector graphics; bad requests get the usual answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportPdfTest {

    /** Letters of Estonian (and its loanwords) that a font without Latin Extended-A would lose. */
    private static final String[] ESTONIAN_LETTERS = {"õ", "ä", "ö", "ü", "š", "ž"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    HttpApi api;

    record Company(String name, String email, String password, String token, String id) {}

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @AfterEach
    void noRequestEverYieldedAServerError() {
        api.assertNoServerErrors();
    }

    @Test
    void theReportSaysWhatTheResultPageSaysInEnglishAndEstonian() throws IOException {
        Company company = register("Šokolaadimäe Žürii Õunaköök " + System.nanoTime() + " OÜ");
        String id = submitAmongPeers(company, "Tartu Metall", 17);
        var session = new WebSession(port).signIn(company.email(), company.password());

        Document englishPage = page(session, "/assessments/" + id + "/result?lang=en");
        assertThat(englishPage.select(".peer-group"))
                .as("the page compares with peers")
                .hasSize(1);
        assertThat(englishPage.select("a[href$=/report.pdf]")).hasSize(1);
        HttpApi.Download english = session.download("/assessments/" + id + "/report.pdf");
        assertIsTheReport(english);
        String englishText = text(english, "en");
        assertSaysWhatThePageSays(englishText, englishPage, company);
        assertThat(englishText).contains(heading("en"));

        Document estonianPage = page(session, "/assessments/" + id + "/result?lang=et");
        HttpApi.Download estonian =
                api.download("/api/v1/assessments/" + id + "/report.pdf?lang=et", company.token(), "en");
        assertIsTheReport(estonian);
        String estonianText = text(estonian, "et");
        assertSaysWhatThePageSays(estonianText, estonianPage, company);
        assertThat(estonianText).contains(heading("et"));
        assertThat(estonianText.toLowerCase(Locale.ROOT))
                .as("every Estonian letter is drawn")
                .contains(ESTONIAN_LETTERS);

        HttpApi.Download byHeader = api.download("/api/v1/assessments/" + id + "/report.pdf", company.token(), "et");
        assertThat(text(byHeader, "et-by-header")).contains(heading("et"));

        assertDrawsTheCharts(english);
        assertDrawsTheCharts(estonian);
    }

    @Test
    void badRequestsGetTheUsualAnswersAndNeverAServerError() {
        JsonNode model = api.get("/api/v1/models/dma", null).json();
        Company owner = register("Report Owner " + System.nanoTime() + " OÜ");
        String submitted = submit(owner, model, new Random(3));
        String unsubmitted = api.post(
                        "/api/v1/assessments", owner.token(), Map.of("companyId", owner.id(), "model", "dma"))
                .json()
                .path("id")
                .asString();
        Company stranger = register("Report Stranger " + System.nanoTime() + " OÜ");
        String assessments = "/api/v1/assessments/";

        HttpApi.Reply unknownLanguage = api.get(assessments + submitted + "/report.pdf?lang=xx", owner.token());
        assertThat(unknownLanguage.status()).isEqualTo(400);
        assertThat(unknownLanguage.contentType()).startsWith("application/problem+json");
        assertThat(unknownLanguage.fields()).containsExactly("lang");
        assertThat(api.get(assessments + submitted + "/report.pdf?lang=", owner.token())
                        .fields())
                .containsExactly("lang");
        assertThat(api.get(assessments + submitted + "/report.pdf", stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get(assessments + "not-a-uuid/report.pdf", owner.token()).status())
                .isEqualTo(404);
        HttpApi.Reply notSubmitted = api.get(assessments + unsubmitted + "/report.pdf", owner.token());
        assertThat(notSubmitted.status()).isEqualTo(409);
        assertThat(notSubmitted.fields()).containsExactly("status");
        assertThat(api.get(assessments + submitted + "/report.pdf", null).status())
                .isEqualTo(401);

        var strangerSession = new WebSession(port).signIn(stranger.email(), stranger.password());
        assertThat(strangerSession
                        .get("/assessments/" + submitted + "/report.pdf")
                        .status())
                .isEqualTo(404);
        var ownerSession = new WebSession(port).signIn(owner.email(), owner.password());
        assertThat(ownerSession
                        .get("/assessments/" + unsubmitted + "/report.pdf")
                        .status())
                .isEqualTo(409);
        assertThat(new WebSession(port)
                        .get("/assessments/" + submitted + "/report.pdf")
                        .location())
                .endsWith("/login");
    }

    /**
     * Every language's report says what its page says, and the letters of Lithuanian, Polish and
     * Norwegian survive: words with them are drawn in the PDF as the page writes them.
     */
    @Test
    void theReportIsWrittenInEveryLanguageWithItsOwnLetters() throws IOException {
        Company company = register("Nordlys Verksted " + System.nanoTime() + " AS");
        String id = submitAmongPeers(company, "Klaipėdos Metalas", 23);
        var session = new WebSession(port).signIn(company.email(), company.password());
        Map<String, String> letters = Map.of("lt", "ąė", "pl", "łą", "nb", "øå");
        for (Language language : Language.SUPPORTED) {
            String code = language.code();
            Document page = page(session, "/assessments/" + id + "/result?lang=" + code);
            HttpApi.Download report =
                    api.download("/api/v1/assessments/" + id + "/report.pdf?lang=" + code, company.token(), "en");
            assertIsTheReport(report);
            String text = text(report, "every-language-" + code);
            assertThat(text).as(code).contains(heading(code));
            assertSaysWhatThePageSays(text, page, company);
            for (char letter : letters.getOrDefault(code, "").toCharArray()) {
                List<String> words = words(text, letter);
                assertThat(words).as("%s words with %s", code, letter).isNotEmpty();
                assertThat(page.text()).as(code).contains(words.get(0));
            }
        }
    }

    /**
     * Ten peers named {@code peers} submit random dma answers, then the company does; its
     * assessment's id, once the comparison and recommendations have caught up.
     */
    private String submitAmongPeers(Company company, String peers, long seed) {
        JsonNode model = api.get("/api/v1/models/dma", null).json();
        var random = new Random(seed);
        for (int peer = 0; peer < 10; peer++) {
            submit(register(peers + " " + peer + " " + System.nanoTime()), model, random);
        }
        String id = submit(company, model, random);
        Events.awaitProcessed(jdbc);
        return id;
    }

    /** The words of {@code text} that hold {@code letter}. */
    private static List<String> words(String text, char letter) {
        return java.util.Arrays.stream(text.split("[^\\p{L}]+"))
                .filter(word -> word.indexOf(letter) >= 0)
                .toList();
    }

    private static void assertIsTheReport(HttpApi.Download download) {
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.disposition())
                .isEqualTo("attachment; filename=\"digital-maturity-report-" + LocalDate.now() + ".pdf\"");
    }

    /** The company, every dimension with its score, the overall score and the peer comparison, as the page words them. */
    private static void assertSaysWhatThePageSays(String pdf, Document page, Company company) {
        assertThat(pdf).contains(company.name());
        assertThat(page.select("table.dimension-scores tbody tr")).hasSize(6);
        for (Element row : page.select("table.dimension-scores tbody tr")) {
            assertThat(pdf)
                    .contains(
                            Pdfs.plain(row.selectFirst("th").text()),
                            Pdfs.plain(row.selectFirst("td.num").text()));
        }
        assertThat(pdf).contains(page.selectFirst(".big-score .score").text());
        assertThat(pdf).contains(Pdfs.plain(page.selectFirst(".peer-group").text()));
        assertThat(page.select(".peer-sentence")).hasSize(7);
        page.select(".peer-sentence").forEach(sentence -> assertThat(pdf).contains(Pdfs.plain(sentence.text())));
        Element first = page.selectFirst("#recommendations li.recommendation");
        assertThat(first).as("the page recommends next steps").isNotNull();
        assertThat(pdf)
                .contains(Pdfs.plain(first.selectFirst(".recommendation-title").text()));
        first.select("ul.reasons li").forEach(reason -> assertThat(pdf).contains(Pdfs.plain(reason.text())));
        assertThat(pdf).contains(Pdfs.plain(page.selectFirst("#plan-heading").text()));
    }

    /** Charts are vector drawings, not dropped: the radar first, then one distribution per peer sentence. */
    private static void assertDrawsTheCharts(HttpApi.Download report) throws IOException {
        List<Pdfs.Drawing> figures = Pdfs.figures(report.body());
        assertThat(figures).hasSize(1 + 7);
        Pdfs.Drawing radar = figures.get(0);
        assertThat(radar.lines())
                .as("four rings, six spokes and the score polygon")
                .isGreaterThanOrEqualTo(4 * 5 + 6 + 5);
        assertThat(radar.curves()).as("the six score points").isGreaterThanOrEqualTo(6 * 4);
        figures.subList(1, figures.size()).forEach(distribution -> assertThat(distribution.lines())
                .as("scale, ticks, box, median and marker")
                .isGreaterThanOrEqualTo(1 + 5 + 3 + 1 + 3));
    }

    private String heading(String language) {
        return messages.getMessage("report.heading", null, Locale.forLanguageTag(language));
    }

    private Document page(WebSession session, String path) {
        WebSession.Page page = session.get(path);
        assertThat(page.status()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    /** The PDF's text, also kept in target/report-pdf-test for a person to look at. */
    private static String text(HttpApi.Download pdf, String name) throws IOException {
        Path saved = Path.of("target", "report-pdf-test", name + ".pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, pdf.body());
        return Pdfs.text(pdf.body());
    }

    private Company register(String legalName) {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        var details = Fixtures.company(registration);
        details.put("legalName", legalName);
        HttpApi.Reply created = api.post("/api/v1/auth/register", null, registration);
        assertThat(created.status()).isEqualTo(201);
        String email = (String) registration.get("email");
        String password = (String) registration.get("password");
        String token = api.post("/api/v1/auth/token", null, Map.of("email", email, "password", password))
                .json()
                .path("token")
                .asString();
        return new Company(
                legalName,
                email,
                password,
                token,
                created.json().path("companyId").asString());
    }

    private String submit(Company company, JsonNode model, Random random) {
        String id = api.post("/api/v1/assessments", company.token(), Map.of("companyId", company.id(), "model", "dma"))
                .json()
                .path("id")
                .asString();
        api.put(
                "/api/v1/assessments/" + id + "/answers",
                company.token(),
                Map.of("answers", Fixtures.randomAnswers(model, random)));
        assertThat(api.post("/api/v1/assessments/" + id + "/submit", company.token(), "")
                        .status())
                .isEqualTo(200);
        return id;
    }
}

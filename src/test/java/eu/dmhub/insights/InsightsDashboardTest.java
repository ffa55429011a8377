package eu.dmhub.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.dmhub.Browser;
import eu.dmhub.HttpApi;
import eu.dmhub.TestApplication;
import eu.dmhub.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The analyst's dashboard over demo data: exports hold exactly the API's numbers (and the word
 * “suppressed” where the API has none), bad filters are refused naming the field, and the whole
 * dashboard works in a real browser, downloads included.
 */
class InsightsDashboardTest {

    static ConfigurableApplicationContext app;
    static HttpApi api;
    static String analyst;

    @BeforeAll
    static void start() {
        app = TestApplication.start(
                "target/embedded-postgres/insights-dashboard-" + System.nanoTime(),
                "--dmhub.demo.enabled=true",
                "--dmhub.demo.companies=1200",
                "--dmhub.demo.answers=false");
        api = TestApplication.api(app);
        analyst = token("analyst@demo.dmhub.eu");
    }

    @AfterAll
    static void stop() {
        api.assertNoServerErrors();
        app.close();
    }

    @Test
    void theCsvExportHoldsExactlyTheNumbersOfTheApi() {
        String filter = "model=dma&size=LARGE";
        JsonNode report = api.get("/api/v1/insights?" + filter, analyst).json();
        assertThat(report.path("heatMap").findValuesAsString("key")).isNotEmpty();
        assertThat(report.path("heatMap").findValues("suppressed").stream().anyMatch(JsonNode::asBoolean))
                .as("some country has too few medium-sized companies")
                .isTrue();
        HttpApi.Reply csv = api.get("/api/v1/insights/export.csv?" + filter, analyst);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> records = csvRecords(csv.body());
        Map<String, List<String>> lines = new HashMap<>();
        for (CSVRecord record : records) {
            lines.putIfAbsent(record.get(0), record.toList());
        }
        for (JsonNode stats : report.path("summary").path("dimensions")) {
            assertThat(records)
                    .extracting(r -> r.toList().subList(1, r.size()))
                    .contains(List.of(
                            String.valueOf(stats.path("companies").asLong()),
                            String.valueOf(stats.path("mean").asDouble()),
                            String.valueOf(stats.path("lowerQuartile").asDouble()),
                            String.valueOf(stats.path("median").asDouble()),
                            String.valueOf(stats.path("upperQuartile").asDouble())));
        }
        for (JsonNode row : report.path("heatMap")) {
            String country = countryName(row.path("key").asString());
            List<String> cells = lines.get(country);
            assertThat(cells).as(country).isNotNull();
            if (row.path("suppressed").asBoolean()) {
                assertThat(cells.subList(1, cells.size())).containsOnly("suppressed");
            } else {
                assertThat(cells.get(1))
                        .isEqualTo(String.valueOf(row.path("companies").asLong()));
                for (int d = 0; d < row.path("means").size(); d++) {
                    assertThat(Double.parseDouble(cells.get(2 + d)))
                            .isEqualTo(row.path("means").get(d).asDouble());
                }
            }
        }
    }

    @Test
    void theWorkbookHoldsTheSameTablesWithNumbersAsNumbers() throws Exception {
        String filter = "model=dma&size=LARGE";
        JsonNode report = api.get("/api/v1/insights?" + filter, analyst).json();
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + api.port() + "/api/v1/insights/export.xlsx?" + filter))
                                .header("Authorization", "Bearer " + analyst)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSize(5);
            assertThat(sheets.get(1).getName()).contains("Scores per dimension");
            assertThat(sheets.get(4).getName()).contains("Intervention areas");
            List<org.dhatim.fastexcel.reader.Row> statistics = sheets.get(1).read();
            JsonNode overall = report.path("summary").path("dimensions").get(0);
            assertThat(statistics.get(1).getCellText(0)).isEqualTo("Overall (/ 100)");
            assertThat(statistics.get(1).getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(statistics.get(1).getCellAsNumber(2).orElseThrow().doubleValue())
                    .isEqualTo(overall.path("mean").asDouble());
            assertThat(statistics.get(1).getCellAsNumber(4).orElseThrow().doubleValue())
                    .isEqualTo(overall.path("median").asDouble());
            List<org.dhatim.fastexcel.reader.Row> heat = sheets.get(2).read();
            var byCountry = new HashMap<String, org.dhatim.fastexcel.reader.Row>();
            heat.forEach(r -> byCountry.put(r.getCellText(0), r));
            for (JsonNode row : report.path("heatMap")) {
                var cells = byCountry.get(countryName(row.path("key").asString()));
                assertThat(cells).isNotNull();
                if (row.path("suppressed").asBoolean()) {
                    assertThat(cells.getCellText(2)).isEqualTo("suppressed");
                } else {
                    assertThat(cells.getCellAsNumber(2).orElseThrow().doubleValue())
                            .isEqualTo(row.path("means").get(0).asDouble());
                }
            }
        }
    }

    @Test
    void badFiltersAreRefusedNamingEachField() {
        HttpApi.Reply reply =
                api.get("/api/v1/insights?model=dma&country=XX&sector=Z&size=HUGE&from=2026-Q5&to=soon", analyst);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("country", "sector", "size", "from", "to");
        assertThat(api.get("/api/v1/insights?model=nothing", analyst)
                        .json()
                        .path("errors")
                        .findValuesAsString("field"))
                .containsExactly("model");
        assertThat(api.get("/api/v1/insights?country=EE&region=LV006", analyst)
                        .json()
                        .path("errors")
                        .findValuesAsString("field"))
                .containsExactly("region");
        assertThat(api.get("/api/v1/insights?from=2026-Q2&to=2025-Q1", analyst)
                        .json()
                        .path("errors")
                        .findValuesAsString("field"))
                .containsExactly("to");

        var page = new WebSession(api.port())
                .signIn("analyst@demo.dmhub.eu", "demo-password")
                .get("/insights?country=XX");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("href=\"#country\"", "“XX” is not a country code");
    }

    @Test
    void anAnalystFiltersSeesTheHeatMapAndInterventionAreasAndDownloadsBothExports() throws IOException {
        Path downloads = Files.createTempDirectory("insights-downloads");
        ChromeDriver browser = Browser.start(downloads);
        try {
            String base = "http://localhost:" + api.port();
            browser.get(base + "/login");
            browser.findElement(By.id("username")).sendKeys("analyst@demo.dmhub.eu");
            browser.findElement(By.id("password")).sendKeys("demo-password");
            navigate(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
            navigate(browser, browser.findElement(By.linkText("Insights")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Digital maturity insights");
            assertThat(browser.findElements(By.cssSelector("svg.heat-map rect")))
                    .hasSizeGreaterThan(9 * 7);

            new Select(browser.findElement(By.id("sector"))).selectByValue("C");
            new Select(browser.findElement(By.id("size"))).selectByValue("MEDIUM");
            navigate(browser, browser.findElement(By.id("apply-filters")));
            assertThat(browser.getCurrentUrl()).contains("sector=C");
            assertThat(new Select(browser.findElement(By.id("sector")))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("C");
            JsonNode report = api.get("/api/v1/insights?model=dma&sector=C&size=MEDIUM", analyst)
                    .json();
            assertThat(browser.findElement(By.id("summary-companies")).getText())
                    .contains(String.valueOf(
                            report.path("summary").path("companies").asLong()));
            long hiddenCountries = report.path("heatMap").findValues("suppressed").stream()
                    .filter(JsonNode::asBoolean)
                    .count();
            assertThat(hiddenCountries)
                    .as("some country has too few such companies")
                    .isPositive();
            int columns = report.path("dimensions").size();
            assertThat(browser.findElements(By.cssSelector("svg.heat-map text")).stream()
                            .filter(t -> t.getText().equals("–")))
                    .hasSize((int) hiddenCountries * columns);
            assertThat(browser.findElements(By.cssSelector("#heat-map td.suppressed")))
                    .hasSize((int) hiddenCountries * (columns + 1));
            int quarters = report.path("trends").size();
            assertThat(browser.findElements(By.cssSelector("#trends tbody tr"))).hasSize(quarters);
            long shownQuarters = report.path("trends").findValues("suppressed").stream()
                    .filter(q -> !q.asBoolean())
                    .count();
            assertThat(browser.findElements(By.cssSelector("svg.trend circle"))).hasSize((int) shownQuarters);
            List<WebElement> areas = browser.findElements(By.cssSelector("#interventions li"));
            assertThat(areas).hasSize(report.path("interventions").size());
            areas.forEach(area -> assertThat(area.getText()).contains("points below the region"));

            browser.findElement(By.id("export-csv")).click();
            browser.findElement(By.id("export-xlsx")).click();
            Path csv = downloads.resolve("insights.csv");
            Path xlsx = downloads.resolve("insights.xlsx");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> Files.exists(csv) && Files.exists(xlsx) && !partialDownloads(downloads));
            List<List<String>> records = csvRecords(Files.readString(csv, StandardCharsets.UTF_8)).stream()
                    .map(CSVRecord::toList)
                    .toList();
            assertThat(records)
                    .contains(
                            List.of("Sector (NACE section)", "C"),
                            List.of("Company size", "Medium-sized companies"),
                            List.of("Scores per dimension"),
                            List.of("Intervention areas"));
            try (var workbook = new ReadableWorkbook(Files.newInputStream(xlsx))) {
                assertThat(workbook.getSheets().count()).isEqualTo(5);
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void anUnknownRegionIsRefusedNamingTheFilterOnThePageAndInTheApi() {
        HttpApi.Reply reply = api.get("/api/v1/insights?region=Tartu", analyst);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("errors").findValuesAsString("field")).containsExactly("region");

        var page = analystSession().get("/insights?region=Tartu");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body())
                .contains("href=\"#region\"", "NUTS region: no company on the platform gives “Tartu” as its region");
    }

    @Test
    void afterAPeriodErrorTheIntroStillNamesTheSmallestGroupShown() {
        var page = analystSession().get("/insights?from=2026-Q2&to=2025-Q1");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("no figure covers fewer than 10 companies");
    }

    @Test
    void theHeatMapSaysPlainlyThatItLeavesOutTheCountryAndRegionFilters() {
        String region = app.getBean(JdbcClient.class)
                .sql("select region from insights.fact where region like 'EE%' limit 1")
                .query(String.class)
                .single();
        JsonNode filtered =
                api.get("/api/v1/insights?country=EE&region=" + region, analyst).json();
        assertThat(filtered.path("heatMapLeavesOut").valueStream().map(JsonNode::asString))
                .containsExactly("country", "region");
        assertThat(filtered.path("heatMap"))
                .as("the heat map compares every country, whatever the place filters")
                .isEqualTo(api.get("/api/v1/insights", analyst).json().path("heatMap"));
        assertThat(api.get("/api/v1/insights?size=SMALL", analyst).json().path("heatMapLeavesOut"))
                .isEmpty();

        var page = analystSession().get("/insights?country=EE&region=" + region);
        assertThat(page.body())
                .contains(
                        "the questionnaire, sector, size and period filters apply to it, the country and region filters do not",
                        "Not applied to the heat map: Country, NUTS region.");
        assertThat(analystSession().get("/insights?sector=C").body()).doesNotContain("Not applied to the heat map");
    }

    @Test
    void heatMapRowsAreSortedByNameInTheReadersLanguageOrByScoreAsTheReaderChooses() {
        List<String> english = keys(api.get("/api/v1/insights", analyst, "en").json());
        assertThat(english).first().isEqualTo("DK");
        assertThat(english)
                .isSortedAccordingTo(java.util.Comparator.comparing(
                        InsightsDashboardTest::countryName, java.text.Collator.getInstance(java.util.Locale.ENGLISH)));
        var german = java.util.Locale.GERMAN;
        assertThat(keys(api.get("/api/v1/insights", analyst, "de").json()))
                .isSortedAccordingTo(java.util.Comparator.comparing(
                        (String c) -> new java.util.Locale("", c).getDisplayCountry(german),
                        java.text.Collator.getInstance(german)));

        JsonNode byScore = api.get("/api/v1/insights?order=SCORE", analyst).json();
        List<Double> overall = byScore.path("heatMap")
                .valueStream()
                .filter(r -> !r.path("suppressed").asBoolean())
                .map(r -> r.path("means").get(0).asDouble())
                .toList();
        assertThat(overall).hasSizeGreaterThan(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        assertThat(api.get("/api/v1/insights?order=code", analyst)
                        .json()
                        .path("errors")
                        .findValuesAsString("field"))
                .containsExactly("order");
        var page = analystSession().get("/insights?order=SCORE");
        assertThat(page.body()).contains("<option value=\"SCORE\" selected=\"selected\">");
        assertThat(page.body()).contains("order=SCORE");
    }

    @Test
    void interventionAreasAreOnlyMaterialGapsAndThePageStatesTheRule() {
        int listed = 0;
        for (String filter : List.of("model=dma", "model=dma&size=SMALL", "model=dii", "model=dma&country=PL")) {
            JsonNode report = api.get("/api/v1/insights?" + filter, analyst).json();
            listed += report.path("interventions").size();
            for (JsonNode area : report.path("interventions")) {
                double scale = report.path("maxScores")
                        .path(area.path("dimension").asString())
                        .asDouble();
                assertThat(area.path("gap").asDouble())
                        .as(filter + " " + area)
                        .isLessThanOrEqualTo(-0.05 * scale + 1e-9);
                assertThat(area.path("gap").asDouble() + area.path("margin").asDouble())
                        .as(filter + " " + area)
                        .as("the margin is rounded half up to two decimals")
                        .isLessThan(0.005);
            }
        }
        assertThat(listed).as("the demo data has material gaps to list").isPositive();
        assertThat(analystSession().get("/insights").body())
                .contains("at least 5% of the dimension&#39;s scale below the mean (5 points on a score out of 100)")
                .contains("95% confidence interval of the gap that lies wholly below zero");
    }

    @Test
    void everyScoreOnTheDashboardAndInTheExportsShowsItsScale() {
        assertThat(api.get("/api/v1/insights?model=dma", analyst)
                        .json()
                        .path("maxScores")
                        .path("overall")
                        .asDouble())
                .isEqualTo(100);
        JsonNode dii = api.get("/api/v1/insights?model=dii", analyst).json();
        assertThat(dii.path("maxScores").path("overall").asDouble()).isEqualTo(12);

        String dmaPage = analystSession().get("/insights?model=dma").body();
        assertThat(dmaPage).contains("<th scope=\"row\">Overall (/ 100)</th>");
        String diiPage = analystSession().get("/insights?model=dii").body();
        assertThat(diiPage).contains("<th scope=\"row\">Overall (of 12)</th>");
        assertThat(diiPage).containsPattern("\\(of [0-9]+\\)</th>");

        List<CSVRecord> csv = csvRecords(
                api.get("/api/v1/insights/export.csv?model=dii", analyst).body());
        assertThat(csv).extracting(r -> r.get(0)).contains("Overall (of 12)");
        assertThat(csv.stream()
                        .filter(r -> r.get(0).equals("Country") && r.size() > 2)
                        .findFirst()
                        .orElseThrow()
                        .toList())
                .contains("Companies", "Overall (of 12)");
    }

    @Test
    void aConsultantsDashboardCoversTheHubsClientsAndTheirWholeRegionIsThoseClients() {
        String consultant = token("consultant@demo.dmhub.eu");
        assertThat(api.get("/api/v1/insights", consultant)
                        .json()
                        .path("population")
                        .asString())
                .isEqualTo("CLIENTS");
        assertThat(api.get("/api/v1/insights", analyst)
                        .json()
                        .path("population")
                        .asString())
                .isEqualTo("ALL_COMPANIES");

        var page = new WebSession(api.port())
                .signIn("consultant@demo.dmhub.eu", "demo-password")
                .get("/insights");
        assertThat(page.body())
                .contains("<p id=\"intro\">Where the client companies of your hub stand", "All your clients")
                .doesNotContain("Where companies of the Baltic Sea Region stand", "Whole region");
        List<CSVRecord> csv =
                csvRecords(api.get("/api/v1/insights/export.csv", consultant).body());
        assertThat(csv).extracting(CSVRecord::toList).contains(List.of("Companies covered", "The clients of your hub"));
        assertThat(analystSession().get("/insights").body()).contains("Whole region");
    }

    private static String token(String email) {
        return api.post("/api/v1/auth/token", null, Map.of("email", email, "password", "demo-password"))
                .json()
                .path("token")
                .asString();
    }

    private static WebSession analystSession() {
        return new WebSession(api.port()).signIn("analyst@demo.dmhub.eu", "demo-password");
    }

    private static List<String> keys(JsonNode report) {
        return report.path("heatMap")
                .valueStream()
                .map(r -> r.path("key").asString())
                .toList();
    }

    private static boolean partialDownloads(Path directory) {
        try (var files = Files.list(directory)) {
            return files.anyMatch(f -> f.toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    private static void navigate(ChromeDriver browser, WebElement target) {
        Browser.clickAndWaitForNewPage(browser, target);
    }

    private static String countryName(String code) {
        return new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
    }

    private static List<CSVRecord> csvRecords(String body) {
        try {
            return CSVFormat.RFC4180
                    .parse(new StringReader(body.replace("\uFEFF", "")))
                    .getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package eu.dmhub.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.dmhub.Browser;
import eu.dmhub.HttpApi;
import eu.dmhub.TestApplication;
import eu.dmhub.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.context.ConfigurableApplicationContext;
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
        analyst = api.post(
                        "/api/v1/auth/token",
                        null,
                        Map.of("email", "analyst@demo.dmhub.eu", "password", "demo-password"))
                .json()
                .path("token")
                .asString();
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
        Map<String, List<String>> lines = new HashMap<>();
        for (String line : csv.body().replace("\uFEFF", "").split("\r\n")) {
            lines.putIfAbsent(line.split(",")[0], List.of(line.split(",", -1)));
        }
        for (JsonNode stats : report.path("summary").path("dimensions")) {
            assertThat(csv.body())
                    .contains("," + stats.path("companies").asLong() + ","
                            + stats.path("mean").asDouble()
                            + "," + stats.path("lowerQuartile").asDouble() + ","
                            + stats.path("median").asDouble() + ","
                            + stats.path("upperQuartile").asDouble());
        }
        for (JsonNode row : report.path("heatMap")) {
            String country =
                    new java.util.Locale("", row.path("key").asString()).getDisplayCountry(java.util.Locale.ENGLISH);
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
        Map<String, String> parts = unzip(xlsx.body());
        assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet5.xml");
        assertThat(parts.get("xl/workbook.xml")).contains("Scores per dimension", "Intervention areas");
        String statistics = parts.get("xl/worksheets/sheet2.xml");
        JsonNode overall = report.path("summary").path("dimensions").get(0);
        assertThat(numbers(statistics))
                .contains(
                        overall.path("mean").asDouble(), overall.path("median").asDouble());
        String heat = parts.get("xl/worksheets/sheet3.xml");
        assertThat(heat).contains("<t>suppressed</t>");
        for (JsonNode row : report.path("heatMap")) {
            if (!row.path("suppressed").asBoolean()) {
                assertThat(numbers(heat)).contains(row.path("means").get(0).asDouble());
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
            assertThat(areas.get(0).getText()).contains("points below the region");

            browser.findElement(By.id("export-csv")).click();
            browser.findElement(By.id("export-xlsx")).click();
            Path csv = downloads.resolve("insights.csv");
            Path xlsx = downloads.resolve("insights.xlsx");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> Files.exists(csv) && Files.exists(xlsx) && !partialDownloads(downloads));
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(text)
                    .contains(
                            "Sector (NACE section),C",
                            "Company size,Medium-sized companies",
                            "Scores per dimension",
                            "Intervention areas");
            assertThat(unzip(Files.readAllBytes(xlsx))).containsKey("xl/worksheets/sheet1.xml");
        } finally {
            browser.quit();
        }
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

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        var parts = new HashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static List<Double> numbers(String sheet) {
        var numbers = new ArrayList<Double>();
        Matcher m = Pattern.compile("<v>([^<]+)</v>").matcher(sheet);
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group(1)));
        }
        return numbers;
    }
}

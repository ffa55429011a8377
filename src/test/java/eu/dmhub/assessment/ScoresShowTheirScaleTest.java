package eu.dmhub.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.Pdfs;
import eu.dmhub.WebSession;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * A dii count and a dma score never look alike: every score says its scale (“5 of 12
 * indicators”, “34.1 / 100”) on the pages, in the PDF report and over the API ({@code maxScore}),
 * and a dii result says in words that its groups of indicators have no level of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScoresShowTheirScaleTest {

    /** Five of the twelve dii indicators met: two connectivity, one software, one cloud, one online. */
    private static final Set<String> MET = Set.of("internet-staff", "fast-broadband", "erp", "cloud", "website");

    @LocalServerPort
    int port;

    HttpApi api;
    Fixtures.Owner owner;
    String dma;
    String dii;

    @BeforeEach
    void aCompanyWithBothAssessments() {
        api = new HttpApi(port);
        owner = Fixtures.aSignedInOwner(api);
        JsonNode dmaModel = api.get("/api/v1/models/dma", null).json();
        dma = Fixtures.submit(api, owner, "dma", Fixtures.randomAnswers(dmaModel, new Random(5)))
                .path("assessmentId")
                .asString();
        var answers = new LinkedHashMap<String, Object>();
        api.get("/api/v1/models/dii", null).json().path("dimensions").forEach(d -> d.path("questions")
                .forEach(q -> {
                    String id = q.path("id").asString();
                    answers.put(id, MET.contains(id) ? "yes" : "no");
                }));
        dii = Fixtures.submit(api, owner, "dii", answers).path("assessmentId").asString();
    }

    @AfterEach
    void noRequestEverYieldedAServerError() {
        api.assertNoServerErrors();
    }

    @Test
    void theApiGivesEveryScoreItsMaximum() {
        JsonNode list = api.get("/api/v1/companies/" + owner.companyId() + "/assessments", owner.token())
                .json();
        assertThat(list.size()).isEqualTo(2);
        for (JsonNode row : list) {
            assertThat(row.path("maxScore").asDouble())
                    .as(row.path("model").asString())
                    .isEqualTo(row.path("model").asString().equals("dii") ? 12.0 : 100.0);
        }

        JsonNode count =
                api.get("/api/v1/assessments/" + dii + "/result", owner.token()).json();
        assertThat(count.path("overall").asDouble()).isEqualTo(5.0);
        assertThat(count.path("maxScore").asDouble()).isEqualTo(12.0);
        assertThat(count.path("dimensions").get(0).path("maxScore").asDouble()).isEqualTo(3.0);
        assertThat(count.path("dimensions").get(0).path("scoreText").asString()).isEqualTo("2 of 3 indicators");
        assertThat(count.path("dimensions").get(0).path("level").isNull()).isTrue();

        JsonNode points =
                api.get("/api/v1/assessments/" + dma + "/result", owner.token()).json();
        assertThat(points.path("maxScore").asDouble()).isEqualTo(100.0);
        points.path("dimensions")
                .forEach(d -> assertThat(d.path("maxScore").asDouble()).isEqualTo(100.0));
        assertThat(points.path("dimensions").get(0).path("scoreText").asString())
                .endsWith(" / 100");
    }

    @Test
    void myAssessmentsWritesACountAsIndicatorsOfTwelveAndAScoreAsPointsOfAHundred() {
        Document english = page("en", "/assessments");
        List<String> scores = english.select("td.score").eachText();
        assertThat(scores).hasSize(2).contains("5 of 12 indicators").anyMatch(s -> s.matches("[0-9.]+ / 100"));

        Document estonian = page("et", "/assessments");
        assertThat(estonian.select("td.score").eachText())
                .contains("5 näitajat 12-st")
                .anyMatch(s -> s.matches("[0-9,]+ / 100"));
    }

    @Test
    void theDiiResultSaysItsScaleAndThatItsGroupsHaveNoLevelOfTheirOwn() {
        Document page = page("en", "/assessments/" + dii + "/result");

        assertThat(page.selectFirst(".big-score").text()).isEqualTo("5 of 12 indicators");
        assertThat(page.select("table.dimension-scores thead th")).hasSize(2);
        assertThat(page.select("table.dimension-scores td.score").eachText())
                .containsExactly("2 of 3 indicators", "1 of 3 indicators", "1 of 3 indicators", "1 of 3 indicators");
        assertThat(page.select("table.dimension-scores").text()).doesNotContain("–");
        assertThat(page.selectFirst(".no-dimension-levels").text())
                .isEqualTo("The Digital Intensity Index gives a level only to the whole: your level, Low, counts"
                        + " the indicators you meet in all groups together. The groups have no level of their own;"
                        + " each shows how many of its indicators you meet.");
        assertThat(page.select("[data-indicator=crm]").text()).endsWith("No");
        assertThat(page.select("[data-indicator=erp]").text()).endsWith("Yes");
        assertThat(page.selectFirst("#radar-desc").text()).contains("each on a scale of 0 to 3.");
        assertThat(page.select("g.ring-labels text").eachText()).containsExactly("1", "2", "3");
        assertThat(page.select("#recommendations li.recommendation")).isNotEmpty();

        Document dmaPage = page("en", "/assessments/" + dma + "/result");
        assertThat(dmaPage.selectFirst(".big-score").text()).matches("[0-9.]+ out of 100");
        assertThat(dmaPage.select("table.dimension-scores thead th")).hasSize(3);
        assertThat(dmaPage.selectFirst("#radar-desc").text()).contains("each on a scale of 0 to 100.");
    }

    @Test
    void aPolishPageWritesDecimalsWithACommaAndTheReportSaysTheScaleToo() throws IOException {
        Document polish = page("pl", "/assessments/" + dma + "/result");
        assertThat(polish.select("table.dimension-scores td.score").eachText())
                .allMatch(s -> s.matches("[0-9]+(,[0-9])? / 100"));

        HttpApi.Download report =
                api.download("/api/v1/assessments/" + dii + "/report.pdf?lang=en", owner.token(), "en");
        assertThat(report.status()).isEqualTo(200);
        String text = Pdfs.text(report.body());
        assertThat(text).contains("5 of 12 indicators", "2 of 3 indicators", "The groups have no level of their own");
    }

    private Document page(String language, String path) {
        var session = new WebSession(port, language).signIn(owner.email(), owner.password());
        WebSession.Page page = session.get(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
        assertThat(page.status()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }
}

package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Browser;
import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.Pdfs;
import eu.dmhub.pages.Questionnaire.Answer;
import eu.dmhub.pages.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole journey in a real headless Chromium: take an assessment, see recommendations with
 * reasons, add three to the plan, mark one done, retake starting from the previous answers, see the
 * progress comparison, and download the PDF report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RecommendationJourneyBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;
    Path downloads;

    @BeforeEach
    void open() throws Exception {
        downloads = Files.createTempDirectory("dmhub-downloads");
        browser = Browser.start(downloads);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void assessPlanRetakeSeeProgressAndDownloadTheReport() throws Exception {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        Fixtures.aSignedInOwner(new HttpApi(port), registration);
        String companyName = (String) Fixtures.company(registration).get("legalName");

        var site = new Site(browser, port);
        site.signIn((String) registration.get("email"), (String) registration.get("password"));
        site.startAssessment("dma").answerTheRest(Answer.MIDDLE).submit();
        String firstResult = browser.getCurrentUrl();

        List<WebElement> recommendations = browser.findElements(By.cssSelector("#recommendations li.recommendation"));
        assertThat(recommendations).hasSize(8);
        for (WebElement recommendation : recommendations) {
            assertThat(recommendation.findElements(By.cssSelector("ul.reasons li")))
                    .isNotEmpty();
        }
        assertThat(recommendations.get(0).getText()).contains("It suits companies at the");
        var planned = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            WebElement recommendation = browser.findElements(By.cssSelector("#recommendations li.recommendation"))
                    .get(i);
            planned.add(recommendation
                    .findElement(By.cssSelector(".recommendation-title"))
                    .getText());
            navigate(recommendation.findElement(By.cssSelector("form[action$='/plan/items'] button")));
        }
        assertThat(browser.findElements(By.cssSelector("#recommendations .in-plan")))
                .hasSize(3);

        navigate(browser.findElement(By.linkText("Action plan")));
        List<WebElement> steps = browser.findElements(By.cssSelector("table.plan-table tbody tr"));
        assertThat(steps)
                .extracting(row -> row.findElement(By.tagName("th")).getText())
                .containsExactlyInAnyOrderElementsOf(planned);
        String doneTitle = steps.get(0).findElement(By.tagName("th")).getText();
        navigate(steps.get(0).findElement(By.cssSelector("a[href*='/plan/items/']")));
        browser.findElement(By.id("owner")).sendKeys("Mari Tamm");
        new Select(browser.findElement(By.id("status"))).selectByValue("done");
        navigate(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Saved.");
        assertThat(browser.findElements(By.cssSelector("table.plan-table td.status")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Done", "Planned", "Planned");

        browser.get(firstResult);
        navigate(browser.findElement(By.cssSelector("form[action$='/retake'] button")));
        assertThat(browser.getCurrentUrl()).contains("/review");
        String review = browser.getCurrentUrl().replaceAll("/review.*", "/review");
        browser.get(review.replace("/review", "/dimensions/1"));
        site.questionnaire().answer(Answer.BEST).next();
        browser.get(review);
        site.questionnaire().submit();

        WebElement progress = browser.findElement(By.id("progress"));
        assertThat(progress.findElements(By.cssSelector("table.progress-table tbody tr")))
                .hasSize(7);
        assertThat(progress.findElements(By.cssSelector("svg polygon.series"))).hasSize(2);
        assertThat(progress.findElements(By.cssSelector("td.change.improved"))).isNotEmpty();
        assertThat(progress.findElement(By.cssSelector("ul.done-items")).getText())
                .contains(doneTitle);

        browser.findElement(By.cssSelector("a[href$='report.pdf']")).click();
        Path pdf = Browser.awaitDownload(browser, downloads, ".pdf");
        String text = Pdfs.text(Files.readAllBytes(pdf));
        assertThat(text).contains(companyName).contains(doneTitle).contains("Progress since your assessment of");
    }

    private void navigate(WebElement target) {
        Browser.clickAndWaitForNewPage(browser, target);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

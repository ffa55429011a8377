package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Browser;
import eu.dmhub.Fixtures;
import eu.dmhub.pages.Questionnaire;
import eu.dmhub.pages.Questionnaire.Answer;
import eu.dmhub.pages.Site;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A person registers their company, answers half of the dma questionnaire, leaves, signs in again,
 * resumes where they stopped, submits and sees the radar chart and six dimension scores — in
 * English and in Estonian, in a real headless Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SelfAssessmentBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "et"})
    void registersAnswersLeavesResumesAndSeesTheResult(String language) throws IOException {
        Properties messages = MessageBundleTest.bundle(language.equals("en") ? "messages" : "messages_" + language);
        String email = "browser-" + language + "-" + System.nanoTime() + "@example.com";
        String password = "a long enough password";

        browser.get(url("/register?lang=" + language));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(messages.getProperty("register.title"));
        browser.findElement(By.id("name")).sendKeys("Mari Tamm");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("company-legalName")).sendKeys("Brauser Metall " + System.nanoTime() + " OÜ");
        new Select(browser.findElement(By.id("company-country"))).selectByValue("EE");
        browser.findElement(By.id("company-registryCode")).sendKeys(Fixtures.aRegistryCode("EE"));
        new Select(browser.findElement(By.id("company-naceDivision"))).selectByValue("25");
        browser.findElement(By.cssSelector("input[name='company.sizeClass'][value='SMALL']"))
                .click();
        browser.findElement(By.id("company-region")).sendKeys("EE008");
        browser.findElement(By.id("privacyNotice")).click();
        navigate(browser.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(browser.getCurrentUrl()).endsWith("/assessments");
        Questionnaire questionnaire = new Site(browser, port).startAssessment("dma");

        for (int dimension = 1; dimension <= 3; dimension++) {
            assertThat(questionnaire.progress()).isEqualTo(format(messages, "assessment.progress", dimension, 6));
            questionnaire.answer(Answer.MIDDLE).next();
        }
        questionnaire.leave();
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText())
                .isEqualTo(messages.getProperty("assessments.saved"));

        navigate(browser.findElement(By.cssSelector("form[action$='/logout'] button")));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        navigate(browser.findElement(By.cssSelector("main form button[type=submit]")));

        browser.get(url("/assessments"));
        navigate(browser.findElement(By.linkText(messages.getProperty("assessments.continue"))));
        assertThat(questionnaire.progress()).isEqualTo(format(messages, "assessment.progress", 4, 6));
        screenshot("dimension-" + language);
        exclusiveChoiceClearsTheOthers();
        questionnaire.answerTheRest(Answer.MIDDLE);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(messages.getProperty("review.title"));
        questionnaire.submit();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(messages.getProperty("result.title"));
        screenshot("result-" + language);
        WebElement radar = browser.findElement(By.cssSelector("svg.radar"));
        assertThat(radar.findElements(By.cssSelector("polygon.series"))).hasSize(1);
        List<WebElement> rows = browser.findElements(By.cssSelector("table.dimension-scores tbody tr"));
        assertThat(rows).hasSize(6);
        rows.forEach(row ->
                assertThat(row.findElement(By.cssSelector("td.num")).getText()).matches("\\d+([.,]\\d)? / 100"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
    }

    /** "Our data is not collected digitally" cannot stand with other ticks; the page clears them. */
    private void exclusiveChoiceClearsTheOthers() {
        WebElement policy = browser.findElement(By.id("q7-policy"));
        WebElement notDigital = browser.findElement(By.id("q7-not-digital"));
        policy.click();
        notDigital.click();
        assertThat(policy.isSelected()).isFalse();
        policy.click();
        assertThat(notDigital.isSelected()).isFalse();
        policy.click();
    }

    /** With -Ddmhub.screenshots=DIR, keeps a picture of the page (how the README's screenshots are made). */
    private void screenshot(String name) throws IOException {
        String folder = System.getProperty("dmhub.screenshots");
        if (folder != null) {
            byte[] png = browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(folder));
            java.nio.file.Files.write(java.nio.file.Path.of(folder, name + ".png"), png);
        }
    }

    /** Clicks something that loads a new page and waits until the old page is gone. */
    private void navigate(WebElement target) {
        Browser.clickAndWaitForNewPage(browser, target);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String format(Properties messages, String key, Object... args) {
        return java.text.MessageFormat.format(messages.getProperty(key), args);
    }
}

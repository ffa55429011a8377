package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Browser;
import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.Pdfs;
import eu.dmhub.pages.Questionnaire;
import eu.dmhub.pages.Questionnaire.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A person who uses no mouse: signs in, takes the whole dma questionnaire, submits and downloads the
 * PDF report with the Tab, Space and Enter keys alone, in a real headless Chromium. Every control
 * on the way must be reachable in the tab order and work from the keyboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeyboardOnlyBrowserTest {

    /** More Tab presses than any page needs to reach a control: a control beyond is unreachable. */
    private static final int MAX_TABS = 120;

    @LocalServerPort
    int port;

    ChromeDriver browser;
    Path downloads;

    @BeforeEach
    void open() throws Exception {
        downloads = Files.createTempDirectory("dmhub-keyboard");
        browser = Browser.start(downloads);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aWholeAssessmentAndTheReportWithTheKeyboardAlone() throws Exception {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        Fixtures.aSignedInOwner(new HttpApi(port), registration);
        String companyName = (String) Fixtures.company(registration).get("legalName");

        browser.get(url("/login"));
        tabTo(browser.findElement(By.id("username")));
        type((String) registration.get("email"));
        tabTo(browser.findElement(By.id("password")));
        type((String) registration.get("password"));
        pressEnterAndWaitForNewPage();

        tabTo(browser.findElement(By.cssSelector("a[href$='/assessments']")));
        pressEnterAndWaitForNewPage();
        tabTo(browser.findElement(By.xpath("//form[input[@name='model' and @value='dma']]//button")));
        pressEnterAndWaitForNewPage();

        var questionnaire = new Questionnaire(browser);
        for (int dimension = 1; dimension <= 6; dimension++) {
            for (WebElement control : questionnaire.choices(Answer.FIRST)) {
                tabTo(control);
                press(Keys.SPACE);
                assertThat(control.isSelected())
                        .as("Space chooses %s", control.getAttribute("id"))
                        .isTrue();
            }
            tabTo(browser.findElement(
                    By.cssSelector("button[name=go][value=" + (dimension < 6 ? "next" : "review") + "]")));
            pressEnterAndWaitForNewPage();
        }
        assertThat(browser.getCurrentUrl()).contains("/review");
        tabTo(browser.findElement(By.cssSelector("main form[action$='/submit'] button[type=submit]")));
        pressEnterAndWaitForNewPage();
        assertThat(browser.getCurrentUrl()).endsWith("/result");

        tabTo(browser.findElement(By.cssSelector("a[href$='report.pdf']")));
        press(Keys.ENTER);
        Path pdf = Browser.awaitDownload(browser, downloads, ".pdf");
        assertThat(Pdfs.text(Files.readAllBytes(pdf))).contains(companyName);
    }

    /** Presses Tab until {@code target} has the focus; fails when it is not in the tab order. */
    private void tabTo(WebElement target) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (target.equals(browser.switchTo().activeElement())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Not reachable with the Tab key: " + target.getAttribute("outerHTML"));
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    private void pressEnterAndWaitForNewPage() {
        Browser.actAndWaitForNewPage(browser, () -> press(Keys.ENTER));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

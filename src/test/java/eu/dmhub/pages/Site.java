package eu.dmhub.pages;

import eu.dmhub.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The platform in a browser: opening pages, signing in and out, choosing the language, sending forms. */
public final class Site {

    private final ChromeDriver browser;
    private final String base;

    public Site(ChromeDriver browser, int port) {
        this.browser = browser;
        this.base = "http://localhost:" + port;
    }

    public ChromeDriver browser() {
        return browser;
    }

    public String url(String path) {
        return base + path;
    }

    public Site open(String path) {
        browser.get(path.startsWith("http") ? path : url(path));
        return this;
    }

    /** Shows the pages in {@code language} from now on (for a person signed in, their choice too). */
    public Site chooseLanguage(String language) {
        return open("/?lang=" + language);
    }

    public Site signIn(String email, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        return submit("main form button[type=submit]");
    }

    /** Forgets the session (and the language chosen without signing in). */
    public Site signOut() {
        open("/");
        browser.manage().deleteAllCookies();
        return this;
    }

    /** Clicks what a CSS selector (or, starting with "//", an XPath) names and waits for the next page. */
    public Site submit(String selector) {
        WebElement target =
                browser.findElement(selector.startsWith("//") ? By.xpath(selector) : By.cssSelector(selector));
        Browser.clickAndWaitForNewPage(browser, target);
        return this;
    }

    /** Starts a new assessment of {@code model} from the list of assessments: its first dimension. */
    public Questionnaire startAssessment(String model) {
        open("/assessments");
        submit("//form[input[@name='model' and @value='" + model + "']]//button");
        return new Questionnaire(browser);
    }

    /** The questionnaire on screen. */
    public Questionnaire questionnaire() {
        return new Questionnaire(browser);
    }

    /** The address of the page on screen. */
    public String here() {
        return browser.getCurrentUrl();
    }

    /** The {@code href} of the first link a CSS selector names. */
    public String link(String selector) {
        return browser.findElement(By.cssSelector(selector)).getAttribute("href");
    }
}

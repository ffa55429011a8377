package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.DemoSite;
import eu.dmhub.Fixtures;
import eu.dmhub.HtmlChecker;
import eu.dmhub.HttpApi;
import eu.dmhub.pages.Site;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page type, in English and Estonian, checked by axe-core in headless Chromium against WCAG
 * 2.1 A and AA (and axe's best practices): a violation of impact serious or critical fails the test,
 * naming the page, the rule, its impact, the elements and the help. axe-core is a copy in
 * src/test/resources/axe-core, so nothing is fetched from the internet. Every page is also checked
 * by the Nu HTML Checker ({@link HtmlChecker}). The application and the browser are the
 * {@link DemoSite} shared with the other whole-site tests.
 */
@ExtendWith(DemoSite.Resolver.class)
class AccessibilityTest {

    private static final List<String> LANGUAGES = List.of("en", "et", "pl");
    private static final List<String> SERIOUS = List.of("serious", "critical");
    private static final String AXE_RESOURCE = "/axe-core/axe.min.js";

    /** Runs axe on the page; answers how many rules passed and every violation in a compact form. */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
              .then(r => done({passes: r.passes.length, violations: r.violations
                .map(v => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                            targets: v.nodes.map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))}))
              .catch(e => done({passes: 0, violations: [{id: 'axe-error', impact: 'critical', help: String(e), helpUrl: '', targets: []}]}));
            """;

    static HttpApi api;
    static ChromeDriver browser;
    static Site site;
    static String axe;
    static HtmlChecker html;

    final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void start(DemoSite demo) throws IOException {
        html = HtmlChecker.start();
        try (InputStream in = AccessibilityTest.class.getResourceAsStream(AXE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from src/test/resources" + AXE_RESOURCE);
            }
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser = demo.browser();
        site = demo.site();
        api = demo.api();
    }

    /**
     * The checks themselves work: a page with an unnamed button, an image without text, a button
     * whose name does not start with its visible words and an element where none may stand fails.
     */
    @Test
    void theChecksFindTheProblemsOfABrokenPage() {
        browser.get("data:text/html,<!DOCTYPE html><html><title>t</title><main><img src='x.png'><button></button>"
                + "<button aria-label='Add the course to my plan'>Add to my plan</button>"
                + "<ul><div>not an item</div></ul></main></html>");
        check("en", "a broken page");
        String found = String.join("\n", html.errors()) + "\n" + String.join("\n", violations);
        assertThat(found)
                .contains("image-alt (critical)", "button-name (critical)", "label-content-name-mismatch")
                .contains("a broken page", "Element “div” not allowed as child of element “ul”");
        assertThat(violations).anyMatch(v -> v.contains("the page says its language is ''"));
    }

    @Test
    void publicPages() {
        browser.get(url("/toolbox"));
        String entry = browser.findElement(By.cssSelector("main .card-title a")).getAttribute("href");
        for (String language : LANGUAGES) {
            browser.get(url("/?lang=" + language));
            check(language, "home");
            open(language, "/login", "sign-in");
            browser.findElement(By.id("username")).sendKeys("nobody@example.com");
            browser.findElement(By.id("password")).sendKeys("wrong password");
            submit("main form button[type=submit]");
            check(language, "sign-in, refused");
            open(language, "/register", "registration");
            submit("main form button[type=submit]");
            check(language, "registration with errors");
            open(language, "/privacy", "privacy notice");
            open(language, "/toolbox", "toolbox");
            open(language, "/toolbox?dimension=clouds", "toolbox with a bad filter");
            browser.get(entry);
            check(language, "toolbox entry");
            open(language, "/toolbox/no-such-entry", "not found");
        }
        assertNoViolations();
    }

    @Test
    void companyPages() {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        var account = Fixtures.aSignedInOwner(api, registration);
        var model = api.get("/api/v1/models/dma", account.token()).json();
        String first = Fixtures.submit(api, account, "dma", Fixtures.randomAnswers(model, new Random(5)))
                .path("assessmentId")
                .asString();
        signIn((String) registration.get("email"), (String) registration.get("password"));
        browser.get(url("/assessments/" + first + "/result"));
        submit("#recommendations form[action$='/plan/items'] button");
        submit("form[action$='/retake'] button");
        submit("main form[action$='/submit'] button[type=submit]");
        String result = browser.getCurrentUrl();
        browser.get(url("/plan"));
        String planItem = browser.findElement(By.cssSelector("table.plan-table a[href*='/plan/items/']"))
                .getAttribute("href");
        browser.get(url("/assessments"));
        submit("//form[input[@name='model' and @value='dii']]//button");
        String dimension = browser.getCurrentUrl();
        String review = dimension.replaceAll("/dimensions/.*", "/review");

        for (String language : LANGUAGES) {
            browser.get(url("/?lang=" + language));
            open(language, "/assessments", "assessments");
            browser.get(dimension);
            check(language, "dimension");
            submit("button[name=go][value=next]");
            check(language, "dimension with errors");
            browser.get(review);
            check(language, "review");
            submit("main form[action$='/submit'] button[type=submit]");
            check(language, "review with errors");
            browser.get(result);
            assertThat(browser.findElements(By.id("progress"))).isNotEmpty();
            check(language, "result with peers, recommendations, plan and progress");
            open(language, "/plan", "action plan");
            browser.get(planItem);
            check(language, "plan item");
            browser.executeScript("document.getElementById('targetDate').value = '1990-01-01';");
            submit("main form button[type=submit]");
            check(language, "plan item with errors");
            open(language, "/company", "company profile");
        }
        assertNoViolations();
    }

    @Test
    void insightsPages() {
        for (String person : List.of("analyst@demo.dmhub.eu", "consultant@demo.dmhub.eu")) {
            site.signOut();
            signIn(person, "demo-password");
            for (String language : LANGUAGES) {
                browser.get(url("/?lang=" + language));
                open(language, "/insights", "insights for " + person);
                open(
                        language,
                        "/insights?country=XX&size=HUGE&from=2026-Q5",
                        "insights with bad filters for " + person);
            }
        }
        assertNoViolations();
    }

    @Test
    void cataloguePages() {
        signIn("admin@demo.dmhub.eu", "demo-password");
        browser.get(url("/admin/catalogue"));
        String entry = browser.findElement(By.cssSelector("main table a[href*='/admin/catalogue/']"))
                .getAttribute("href");
        for (String language : LANGUAGES) {
            browser.get(url("/?lang=" + language));
            open(language, "/admin/catalogue", "catalogue");
            open(language, "/admin/catalogue?q=a&type=training&withdrawn=no", "catalogue filtered");
            open(language, "/admin/catalogue?type=spaceship&withdrawn=maybe", "catalogue with bad filters");
            open(language, "/admin/catalogue/new", "new catalogue entry form");
            submit("main form.entry-form button[type=submit]");
            check(language, "new catalogue entry form with errors");
            open(language, "/admin/catalogue/new/yaml", "new catalogue entry yaml");
            browser.get(entry);
            check(language, "catalogue entry form");
            browser.executeScript("document.getElementById('title-et').value = '';"
                    + " document.getElementById('effort-days').value = 'many';");
            submit("main form.entry-form button[type=submit]");
            check(language, "catalogue entry form with errors");
            browser.get(entry + "/yaml");
            check(language, "catalogue entry yaml");
            browser.executeScript("document.getElementById('yaml').value = 'id: [';");
            submit("main form button[type=submit]");
            check(language, "catalogue entry yaml with errors");
        }
        assertNoViolations();
    }

    private void signIn(String email, String password) {
        site.signIn(email, password);
    }

    private void open(String language, String path, String page) {
        site.open(path);
        check(language, page);
    }

    private void submit(String selector) {
        site.submit(selector);
    }

    /** Runs axe on the page on screen and notes what it finds, and a page in the wrong language. */
    @SuppressWarnings("unchecked")
    private void check(String language, String page) {
        String where = "[" + language + "] " + page + " (" + browser.getCurrentUrl() + ")";
        Object lang = browser.executeScript("return document.documentElement.lang;");
        if (!language.equals(lang)) {
            violations.add(where + ": the page says its language is '" + lang + "'");
        }
        checkHtml(where);
        browser.executeScript(axe);
        var outcome = (Map<String, Object>) browser.executeAsyncScript(RUN_AXE);
        if (((Number) outcome.get("passes")).intValue() == 0) {
            violations.add(where + ": axe-core checked nothing");
        }
        for (Map<String, Object> violation : (List<Map<String, Object>>) outcome.get("violations")) {
            var text = new StringBuilder(where)
                    .append(": ")
                    .append(violation.get("id"))
                    .append(" (")
                    .append(violation.get("impact"))
                    .append(") ")
                    .append(violation.get("help"))
                    .append(" ")
                    .append(violation.get("helpUrl"));
            for (Object target : (List<Object>) violation.get("targets")) {
                text.append("\n    ").append(target);
            }
            if (SERIOUS.contains(violation.get("impact"))) {
                violations.add(text.toString());
            } else {
                System.out.println("Accessibility note, not failing: " + text);
            }
        }
    }

    /**
     * Notes the page for the Nu HTML Checker, which {@link #assertNoViolations()} runs once over all:
     * the document as the browser holds it, so that pages shown after a form was sent are checked
     * too (what the parser repairs silently stays unseen).
     */
    private void checkHtml(String where) {
        html.add(where, "<!DOCTYPE html>\n" + browser.executeScript("return document.documentElement.outerHTML;"));
    }

    private void assertNoViolations() {
        violations.addAll(html.errors());
        violations.forEach(System.out::println);
        assertThat(violations)
                .as("serious or critical accessibility problems:\n" + String.join("\n", violations))
                .isEmpty();
    }

    private static String url(String path) {
        return site.url(path);
    }
}

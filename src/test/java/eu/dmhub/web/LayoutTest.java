package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.DemoSite;
import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.pages.Site;
import eu.dmhub.shared.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page type, in all ten languages, at 1,280 and 360 CSS pixels wide: no element may run out
 * of its box (a word too long for a card, a table wider than its section) and no page may be wider
 * than its window. What is meant to be wider scrolls inside its own region. Each page is loaded
 * once and measured at both widths, with one script call per measurement.
 */
@ExtendWith(DemoSite.Resolver.class)
class LayoutTest {

    private static final List<Integer> WIDTHS = List.of(1280, 360);
    private static final List<String> LANGUAGES =
            Language.SUPPORTED.stream().map(Language::code).toList();

    /**
     * Answers what overflows on the page on screen, one sentence each: the page being wider than
     * the window, and every box that a child of it, or its own text, runs out of (a box that is
     * too narrow only because something deeper overflows is left to that one). Content inside a
     * region that scrolls or clips on its own counts as fitting; so does what is hidden or placed
     * off the page on purpose (the skip link, visually hidden text).
     */
    static final String OVERFLOW = """
            const window_ = document.documentElement.clientWidth;
            const wide = window.innerWidth;
            const found = [];
            const describe = el => {
              const classes = [...el.classList].slice(0, 2).map(c => '.' + c).join('');
              const text = (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 60);
              return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + classes + (text ? ' "' + text + '"' : '');
            };
            const scrollsOnItsOwn = style => style.overflowX !== 'visible'
                || (style.position === 'absolute' && style.clip !== 'auto');
            const replaced = ['input', 'select', 'textarea', 'img', 'svg', 'progress', 'iframe', 'video', 'canvas', 'option'];
            const overflowing = [];
            const walk = el => {
              const style = getComputedStyle(el);
              if (style.display === 'none') return;
              const tag = el.tagName.toLowerCase();
              if (tag === 'svg' || replaced.includes(tag)) return;
              if (el !== document.body && scrollsOnItsOwn(style)) return;
              if (style.display !== 'inline' && style.display !== 'contents'
                  && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
                overflowing.push(el);
              }
              for (const child of el.children) walk(child);
            };
            walk(document.body);
            if (document.documentElement.scrollWidth > window_ + 1) {
              found.push('the page is ' + document.documentElement.scrollWidth + ' px wide where a ' + wide
                  + ' px window shows ' + window_ + ' px');
            }
            for (const el of overflowing) {
              const box = el.getBoundingClientRect();
              const out = [...el.children].find(c => c.getBoundingClientRect().right > box.right + 1);
              if (!out && overflowing.some(other => other !== el && el.contains(other))) continue;
              found.push(describe(el) + ' is ' + el.clientWidth + ' px wide but its content ' + el.scrollWidth + ' px: '
                  + (out ? describe(out) + ' runs out of it' : 'its text runs out of it'));
            }
            return found;
            """;

    static Site site;
    static ChromeDriver browser;
    static HttpApi api;

    final List<String> overflows = new ArrayList<>();

    @BeforeAll
    static void start(DemoSite demo) {
        site = demo.site();
        browser = demo.browser();
        api = demo.api();
    }

    @AfterEach
    void windowBackToItsSize() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * The measurement works: a box wider than the page, a word that may not wrap in a card title
     * and a window-wide table's section are found; the same wide box in a region that scrolls on
     * its own is not.
     */
    @Test
    void reportsWhatRunsOutOfItsBoxAndNothingThatScrollsInItsOwnRegion() {
        site.open("/toolbox");
        browser.executeScript("""
                const main = document.querySelector('main');
                main.insertAdjacentHTML('beforeend', '<div id="canary-wide" style="width: 2000px">wide</div>');
                main.insertAdjacentHTML('beforeend', '<div class="table-scroll" id="canary-scrolls"><div style="width: 3000px">scrolls</div></div>');
                document.querySelector('.card-title').insertAdjacentHTML('beforeend',
                    ' <span id="canary-word" style="white-space: nowrap">Investeeringutoetus automatiseerimisseadmetele ja digitaliseerimisele</span>');
                """);
        measure("en", "toolbox with canaries", 1280);

        assertThat(overflows)
                .anyMatch(o -> o.contains("the page is 2") && o.contains("px wide where a 1280 px window shows"))
                .anyMatch(o -> o.contains("main#main") && o.contains("div#canary-wide \"wide\" runs out of it"))
                .anyMatch(o -> o.contains("h2.card-title") && o.contains("Investeeringutoetus"))
                .noneMatch(o -> o.contains("canary-scrolls") || o.contains("3000"));
    }

    @Test
    void publicPagesFitEveryWindowInEveryLanguage() {
        for (String language : LANGUAGES) {
            site.chooseLanguage(language);
            check(language, "home");
            check(language, "/login", "sign-in");
            browser.findElement(By.id("username")).sendKeys("nobody@example.com");
            browser.findElement(By.id("password")).sendKeys("wrong password");
            site.submit("main form button[type=submit]");
            check(language, "sign-in, refused");
            check(language, "/register", "registration");
            site.submit("main form button[type=submit]");
            check(language, "registration with errors");
            check(language, "/privacy", "privacy notice");
            check(language, "/toolbox", "toolbox");
            site.open((String) browser.executeScript("return [...document.querySelectorAll('.card-title a')]"
                    + ".sort((a, b) => b.textContent.length - a.textContent.length)[0].href;"));
            check(language, "toolbox entry with the longest title");
            check(language, "/toolbox/no-such-entry", "error page (not found)");
            check(language, "/no-such-page", "error page (unknown address)");
        }
        assertNothingOverflows();
    }

    @Test
    void companyPagesFitEveryWindowInEveryLanguage() {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        var owner = Fixtures.aSignedInOwner(api, registration);
        String dma = Fixtures.submit(
                        api,
                        owner,
                        "dma",
                        Fixtures.randomAnswers(
                                api.get("/api/v1/models/dma", owner.token()).json(), new Random(3)))
                .path("assessmentId")
                .asString();
        String dii = Fixtures.submitRandomDii(
                        api,
                        api.get("/api/v1/models/dii", owner.token()).json(),
                        owner.companyId(),
                        owner.token(),
                        new Random(4))
                .path("assessmentId")
                .asString();
        site.signIn(owner.email(), owner.password());
        site.open("/assessments/" + dma + "/result").submit("#recommendations form[action$='/plan/items'] button");
        site.open("/plan");
        String planItem = site.link("table.plan-table a[href*='/plan/items/']");
        site.open("/assessments/" + dma + "/result").submit("form[action$='/retake'] button");
        String open = site.here().replaceAll("/review.*", "");

        var pages = new LinkedHashMap<String, String>();
        pages.put("/assessments", "assessments");
        for (int dimension = 1; dimension <= 6; dimension++) {
            pages.put(open + "/dimensions/" + dimension, "dma dimension " + dimension);
        }
        pages.put(open + "/review", "review");
        pages.put("/assessments/" + dma + "/result", "dma result");
        pages.put("/assessments/" + dii + "/result", "dii result");
        pages.put("/plan", "action plan");
        pages.put(planItem, "plan item");
        pages.put("/company", "company profile");
        for (String language : LANGUAGES) {
            site.chooseLanguage(language);
            pages.forEach((path, page) -> check(language, path, page));
        }
        assertNothingOverflows();
    }

    @Test
    void insightsAndCataloguePagesFitEveryWindowInEveryLanguage() {
        for (String person : List.of("analyst", "consultant")) {
            site.signOut().signIn(person + "@demo.dmhub.eu", DemoSite.DEMO_PASSWORD);
            for (String language : LANGUAGES) {
                site.chooseLanguage(language);
                check(language, "/insights", "insights for the " + person);
            }
        }
        site.signOut().signIn("admin@demo.dmhub.eu", DemoSite.DEMO_PASSWORD);
        site.open("/admin/catalogue");
        String entry = site.link("main table a[href*='/admin/catalogue/']");
        for (String language : LANGUAGES) {
            site.chooseLanguage(language);
            check(language, "/admin/catalogue", "catalogue");
            check(language, "/admin/catalogue?q=a&type=training&withdrawn=no", "catalogue filtered");
            check(language, "/admin/catalogue?type=spaceship&withdrawn=maybe", "catalogue with bad filters");
            check(language, entry, "catalogue entry form");
            check(language, entry + "/yaml", "catalogue entry yaml");
            check(language, "/admin/catalogue/new", "new catalogue entry form");
            site.submit("main form.entry-form button[type=submit]");
            check(language, "new catalogue entry form with errors");
            check(language, "/admin/catalogue/new/yaml", "new catalogue entry yaml");
            site.submit("main form button[type=submit]");
            check(language, "new catalogue entry yaml with errors");
        }
        assertNothingOverflows();
    }

    private void check(String language, String path, String page) {
        site.open(path);
        check(language, page);
    }

    /** Measures the page on screen at every width (the page is not loaded again). */
    private void check(String language, String page) {
        for (int width : WIDTHS) {
            measure(language, page, width);
        }
    }

    @SuppressWarnings("unchecked")
    private void measure(String language, String page, int width) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        String where = "[" + language + "] " + page + " at " + width + " px (" + site.here() + "): ";
        for (Object overflow : (List<Object>) browser.executeScript(OVERFLOW)) {
            overflows.add(where + overflow);
        }
    }

    private void assertNothingOverflows() {
        assertThat(overflows)
                .as("what runs out of its box or its window:\n" + String.join("\n", overflows))
                .isEmpty();
    }
}

package eu.dmhub;

import eu.dmhub.pages.Site;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application with demo data (a demo login per role, 120 companies) and one headless browser,
 * shared by the test classes that look at every page ({@code @ExtendWith(DemoSite.Resolver.class)}
 * and a {@code DemoSite} parameter): started once for the whole run, closed when it ends. Each test
 * starts signed out; a class whose requests met a server error fails.
 */
public final class DemoSite implements AutoCloseable {

    public static final String DEMO_PASSWORD = "demo-password";

    private final ChromeDriver browser;
    private final ConfigurableApplicationContext app;
    private final HttpApi api;

    private DemoSite() {
        browser = Browser.start();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try {
            app = TestApplication.start(
                    "target/embedded-postgres/demo-site-" + System.nanoTime(),
                    "--dmhub.demo.enabled=true",
                    "--dmhub.demo.companies=120");
        } catch (RuntimeException e) {
            browser.quit();
            throw e;
        }
        api = TestApplication.api(app);
    }

    public ChromeDriver browser() {
        return browser;
    }

    public HttpApi api() {
        return api;
    }

    /** The pages of the application in the shared browser. */
    public Site site() {
        return new Site(browser, api.port());
    }

    @Override
    public void close() {
        browser.quit();
        app.close();
    }

    /** Hands the one {@link DemoSite} of the run to a test's parameters, starting it the first time. */
    public static final class Resolver implements ParameterResolver, BeforeEachCallback, AfterAllCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            started(context).ifPresent(demo -> demo.site().signOut());
        }

        @Override
        public void afterAll(ExtensionContext context) {
            started(context).ifPresent(demo -> demo.api().assertNoServerErrors());
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == DemoSite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return store(context).computeIfAbsent(DemoSite.class, type -> new DemoSite(), DemoSite.class);
        }

        private static Optional<DemoSite> started(ExtensionContext context) {
            return Optional.ofNullable(store(context).get(DemoSite.class, DemoSite.class));
        }

        private static ExtensionContext.Store store(ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(DemoSite.class));
        }
    }
}

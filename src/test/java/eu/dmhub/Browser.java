package eu.dmhub;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for page tests. Never downloads a browser: where Chromium is missing the
 * test is skipped on a developer machine and fails on CI (where .ci/run installs it).
 */
public final class Browser {

    /** Waits (at most 30 s) for a download into {@code folder} whose name ends with {@code suffix}. */
    public static Path awaitDownload(ChromeDriver browser, Path folder, String suffix) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> {
                            try (var files = Files.list(folder)) {
                                // a download in progress ends with .crdownload, so a match is complete
                                return files.filter(f -> f.toString().endsWith(suffix))
                                        .findFirst();
                            }
                        },
                        Optional::isPresent)
                .orElseThrow();
    }

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    public static ChromeDriver start() {
        return start(null);
    }

    /** A browser that saves downloads into {@code downloads} (none when {@code null}). */
    public static ChromeDriver start(Path downloads) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs Debian's chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(present, "Debian's chromium and chromium-driver are not installed");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1600",
                "--lang=en-GB");
        if (downloads != null) {
            options.setExperimentalOption(
                    "prefs",
                    java.util.Map.of(
                            "download.default_directory",
                            downloads.toAbsolutePath().toString(),
                            "download.prompt_for_download",
                            false));
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /**
     * Clicks {@code target} and waits until the browser shows a new page: the old page's window
     * carries a mark that a newly loaded page does not have. (Waiting for an old element to go stale
     * fails in newer Chromium with an inspector error instead of a stale-element answer.)
     */
    public static void clickAndWaitForNewPage(ChromeDriver browser, org.openqa.selenium.WebElement target) {
        actAndWaitForNewPage(browser, target::click);
    }

    /** Does what loads a new page (a click, a key press) and waits until the browser shows it. */
    public static void actAndWaitForNewPage(ChromeDriver browser, Runnable action) {
        browser.executeScript("window.dmhubOldPage = true;");
        action.run();
        await().atMost(Duration.ofSeconds(15))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(25))
                .ignoreExceptionsInstanceOf(WebDriverException.class)
                .until(() -> Boolean.TRUE.equals(
                        browser.executeScript("return document.readyState === 'complete' && !window.dmhubOldPage;")));
    }
}

package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Responses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The page shell: home page, languages, display settings, the error page. ALL_DEPENDENCIES because
 * the home page lists assessment's questionnaires, and assessment in turn needs identity (which the
 * shell also asks for who is signed in and their language) and charts; modules the shell does not
 * show (benchmark, recommendation, insights) stay out. The database module is an extra include.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class WebModuleTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theHomePageSpeaksTheBrowsersLanguageAndOffersAllTen() {
        var home =
                mvc.get().uri("/").header("Accept-Language", "pl-PL,pl;q=0.9").exchange();
        assertThat(home).hasStatus(HttpStatus.OK);
        var page = Responses.page(home);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("pl");
        assertThat(page.select("nav.languages a[hreflang]")).hasSize(10);
    }

    @Test
    void displaySettingsAreKeptInCookiesAndOnlyLeadBackToThisSite() {
        assertThat(mvc.get().uri("/display?contrast=on&back=/toolbox"))
                .hasStatus(HttpStatus.FOUND)
                .hasHeader("Location", "/toolbox")
                .cookies()
                .hasValue(DisplaySettings.CONTRAST, "1")
                .hasValue(DisplaySettings.LARGER, "0");
        assertThat(mvc.get().uri("/display?back=//elsewhere.example"))
                .hasStatus(HttpStatus.FOUND)
                .hasHeader("Location", "/");
    }

    @Test
    void theErrorPageOpenedByItselfIsNotAPage() {
        assertThat(mvc.get().uri("/error")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/error").accept(MediaType.APPLICATION_JSON)).hasStatus(HttpStatus.NOT_FOUND);
    }
}

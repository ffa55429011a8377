package eu.dmhub.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.WebSession;
import eu.dmhub.identity.domain.PrivacyNotice;
import eu.dmhub.shared.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The sign-up page: an error summary that names each field, and the privacy notice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationPageTest {

    private static final Properties ENGLISH = bundle("");

    @LocalServerPort
    int port;

    @Test
    void theErrorSummaryNamesEachMissingFieldLinksToItAndSaysTheSameBesideIt() {
        var page = new WebSession(port).post("/register", "/register", Map.of("name", ""));

        assertThat(page.status()).isEqualTo(400);
        Document form = Jsoup.parse(page.body());
        var links = form.select(".error-summary a");
        assertThat(links.eachAttr("href"))
                .containsExactly(
                        "#email",
                        "#password",
                        "#name",
                        "#privacyNotice",
                        "#company-legalName",
                        "#company-country",
                        "#company-registryCode",
                        "#company-naceDivision",
                        "#company-sizeClass");
        assertThat(links.eachText())
                .doesNotHaveDuplicates()
                .doesNotContain(ENGLISH.getProperty("error.required"))
                .contains(
                        ENGLISH.getProperty("error.required.legalName"),
                        ENGLISH.getProperty("error.required.registryCode"),
                        ENGLISH.getProperty("error.required.privacyNotice"));
        for (Element link : links) {
            String id = link.attr("href").substring(1);
            assertThat(form.getElementById(id)).as(id).isNotNull();
            assertThat(form.getElementById(id + "-error").text()).as(id).contains(link.text());
        }
    }

    @Test
    void aRegistryCodeOfTheWrongFormatIsNamedWithTheCountrysFormatBesideTheField() {
        var fields = aCompleteForm();
        fields.put("company.registryCode", "1");

        Document form = Jsoup.parse(
                new WebSession(port).post("/register", "/register", fields).body());

        assertThat(form.select(".error-summary a").eachText())
                .containsExactly(ENGLISH.getProperty("error.registry-code.format.EE"));
        assertThat(form.getElementById("company-registryCode-error").text()).contains("12417834");
        assertThat(form.getElementById("company-registryCode").attr("value")).isEqualTo("1");
    }

    @Test
    void signUpWithoutTickingThePrivacyNoticeIsRefusedAndKeepsWhatWasTyped() {
        var fields = aCompleteForm();
        fields.remove("privacyNotice");

        var page = new WebSession(port).post("/register", "/register", fields);

        assertThat(page.status()).isEqualTo(400);
        Document form = Jsoup.parse(page.body());
        assertThat(form.select(".error-summary a").eachAttr("href")).containsExactly("#privacyNotice");
        assertThat(form.getElementById("company-legalName").attr("value")).isEqualTo(fields.get("company.legalName"));
        assertThat(form.getElementById("privacyNotice").hasAttr("checked")).isFalse();
    }

    @Test
    void theSignUpFormShowsTheNoticeAndTicksItsCurrentVersion() {
        var fields = aCompleteForm();

        var page = new WebSession(port).post("/register", "/register", fields);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/assessments");
        Document empty = Jsoup.parse(new WebSession(port).get("/register").body());
        assertThat(empty.selectFirst("details.privacy-notice").text()).contains(ENGLISH.getProperty("privacy.who"));
        assertThat(empty.getElementById("privacyNotice").attr("value")).isEqualTo(PrivacyNotice.VERSION);
        assertThat(empty.select("a[href=/privacy]")).hasSize(1);
    }

    @Test
    void thePrivacyNoticeIsAPublicPageInEveryLanguage() {
        for (Language language : Language.SUPPORTED) {
            Properties bundle = bundle(language.equals(Language.ENGLISH) ? "" : "_" + language.code());

            var page = new WebSession(port).get("/privacy?lang=" + language.code());

            assertThat(page.status()).isEqualTo(200);
            Document notice = Jsoup.parse(page.body());
            assertThat(notice.selectFirst("html").attr("lang")).isEqualTo(language.code());
            assertThat(notice.selectFirst("h1").text()).isEqualTo(bundle.getProperty("privacy.title"));
            assertThat(notice.select("main h2").eachText()).contains(bundle.getProperty("privacy.rights.title"));
            assertThat(notice.selectFirst("main").text()).contains(PrivacyNotice.VERSION);
        }
    }

    private static Properties bundle(String suffix) {
        var properties = new Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("src/main/resources/i18n/messages" + suffix + ".properties"))) {
            properties.load(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    private static Map<String, String> aCompleteForm() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", "Mari Tamm");
        fields.put("email", "form" + System.nanoTime() + "@example.com");
        fields.put("password", "correct horse battery");
        fields.put("privacyNotice", PrivacyNotice.VERSION);
        fields.put("company.legalName", "Vorm " + System.nanoTime() + " OÜ");
        fields.put("company.country", "EE");
        fields.put("company.registryCode", Fixtures.aRegistryCode("EE"));
        fields.put("company.naceDivision", "25");
        fields.put("company.sizeClass", "SMALL");
        return fields;
    }
}

package eu.dmhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.WebSession;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Common passwords are refused at sign-up (zxcvbn's score under 3), with zxcvbn's feedback where
 * it has the reader's language (English, German) and our own words in every other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PasswordStrengthTest {

    private static final List<String> COMMON = List.of("password12", "qwertyuiop", "aaaaaaaaaa", "1234567890");

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @AfterEach
    void noRequestEverYieldedAServerError() {
        api.assertNoServerErrors();
    }

    @Test
    void commonPasswordsAreRefusedOverTheApiWithZxcvbnsFeedbackInEnglishAndGerman() {
        for (String password : COMMON) {
            JsonNode english = refused(password, "en");
            assertThat(english.path("code").asString()).as(password).isEqualTo("error.password.weak.feedback");
            assertThat(english.path("message").asString()).startsWith("This password is too easy to guess.");
            JsonNode german = refused(password, "de");
            assertThat(german.path("message").asString())
                    .as(password)
                    .startsWith("Dieses Passwort ist zu leicht zu erraten.")
                    .containsAnyOf("Passw", "Zeichenfolgen", "Wiederholungen");
        }
        assertThat(refused("qwertyuiop", "de").path("message").asString()).contains("100 häufigsten Passwörter");
    }

    @Test
    void commonPasswordsAreRefusedInOurOwnWordsWhereZxcvbnHasNoneOfTheLanguage() {
        for (String password : COMMON) {
            JsonNode estonian = refused(password, "et");
            assertThat(estonian.path("code").asString()).isEqualTo("error.password.weak");
            assertThat(estonian.path("message").asString()).startsWith("Seda parooli on liiga lihtne ära arvata");
            assertThat(refused(password, "lv").path("message").asString()).startsWith("Šo paroli");
        }
    }

    @Test
    void aPasswordMadeOfThePersonsOwnNameAndAddressIsRefused() {
        var registration = Fixtures.aSmallManufacturerInTartu();
        registration.put("name", "Kristjan Kaskoja");
        registration.put("password", "kristjankaskoja");
        var reply = api.post("/api/v1/auth/register", null, registration);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.fields()).containsExactly("password");
        registration.put("password", registration.get("email"));
        assertThat(api.post("/api/v1/auth/register", null, registration).fields())
                .containsExactly("password");
    }

    @Test
    void aPassphraseIsAccepted() {
        var registration = Fixtures.aSmallManufacturerInTartu();
        registration.put("password", "a long enough password");
        assertThat(api.post("/api/v1/auth/register", null, registration).status())
                .isEqualTo(201);
    }

    @Test
    void theRegistrationFormRefusesACommonPasswordNamingTheFieldInThePagesLanguage() {
        for (String language : List.of("en", "fi")) {
            var fields = Fixtures.registrationForm(Fixtures.aSmallManufacturerInTartu());
            fields.put("password", "password12");
            var page = new WebSession(port, language).post("/register", "/register", fields);
            assertThat(page.status()).isEqualTo(400);
            var summary = Jsoup.parse(page.body()).select(".error-summary a");
            assertThat(summary.eachAttr("href")).containsExactly("#password");
            assertThat(summary.text())
                    .startsWith(language.equals("en") ? "This password is too easy to guess." : "Tämä salasana");
        }
    }

    /** The one problem of a registration with {@code password}, read in {@code language}. */
    private JsonNode refused(String password, String language) {
        var registration = Fixtures.aSmallManufacturerInTartu();
        registration.put("password", password);
        var reply = api.send(api.request("/api/v1/auth/register", null)
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(HttpApi.JSON.writeValueAsString(registration)))
                .build());
        assertThat(reply.status()).as("%s: %s", password, reply.body()).isEqualTo(400);
        assertThat(reply.fields()).containsExactly("password");
        return reply.json().path("errors").get(0);
    }
}

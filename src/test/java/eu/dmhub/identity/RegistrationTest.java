package eu.dmhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.HttpApi.Reply;
import eu.dmhub.identity.domain.PrivacyNotice;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Sign-up over HTTP: registry codes by their register's rule, and the privacy notice accepted. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationTest {

    @LocalServerPort
    int port;

    HttpApi api;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @AfterEach
    void noRequestEverYieldedAServerError() {
        api.assertNoServerErrors();
    }

    @Test
    void refusesAnEstonianRegistryCodeOfOneDigitNamingTheFormat() {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        Fixtures.company(registration).put("registryCode", "1");

        Reply refused = api.post("/api/v1/auth/register", null, registration);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode error = refused.json().path("errors").path(0);
        assertThat(error.path("field").asString()).isEqualTo("company.registryCode");
        assertThat(error.path("code").asString()).isEqualTo("error.registry-code.format.EE");
        assertThat(error.path("message").asString()).contains("8", "12417834");
    }

    @Test
    void refusesACodeWhoseCheckDigitDoesNotFitInTheReadersLanguage() {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        Fixtures.inCountry(Fixtures.company(registration), "FI").put("registryCode", "0112038-8");
        Fixtures.company(registration).remove("region");

        Reply refused = api.send(api.request("/api/v1/auth/register", null)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "fi")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(HttpApi.JSON.writeValueAsString(registration)))
                .build());

        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json().path("errors").path(0);
        assertThat(error.path("code").asString()).isEqualTo("error.registry-code.check-digit");
        assertThat(error.path("message").asString()).contains("tarkistusnumero", "0112038-9");
    }

    @Test
    void keepsTheCodeInTheRegistersNotation() {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        var company = Fixtures.inCountry(Fixtures.company(registration), "SE");
        company.remove("region");
        String notation = (String) company.get("registryCode");
        company.put("registryCode", notation.replace("-", " "));

        var owner = Fixtures.aSignedInOwner(api, registration);

        Reply profile = api.get("/api/v1/companies/" + owner.companyId(), owner.token());
        assertThat(profile.json().path("registryCode").asString()).isEqualTo(notation);
    }

    @Test
    void aCodeTypedInAnotherNotationIsStillTheSameCompany() {
        Map<String, Object> first = Fixtures.aSmallManufacturerInTartu();
        var company = Fixtures.inCountry(Fixtures.company(first), "PL");
        company.remove("region");
        String nip = (String) company.get("registryCode");
        assertThat(api.post("/api/v1/auth/register", null, first).status()).isEqualTo(201);

        Map<String, Object> second = Fixtures.aSmallManufacturerInTartu();
        Fixtures.company(second).putAll(company);
        Fixtures.company(second).remove("region");
        Fixtures.company(second).put("registryCode", "NIP " + nip.substring(0, 3) + "-" + nip.substring(3));

        Reply taken = api.post("/api/v1/auth/register", null, second);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.fields()).containsExactly("company.registryCode");
    }

    @Test
    void refusesSignUpWithoutAcceptingThePrivacyNoticeNamingTheField() {
        Map<String, Object> missing = Fixtures.aSmallManufacturerInTartu();
        missing.remove("privacyNotice");
        Map<String, Object> outdated = Fixtures.aSmallManufacturerInTartu();
        outdated.put("privacyNotice", "2020-01-01");

        Reply withoutIt = api.post("/api/v1/auth/register", null, missing);
        Reply withAnOldOne = api.post("/api/v1/auth/register", null, outdated);

        assertThat(withoutIt.status()).isEqualTo(400);
        assertThat(withoutIt.contentType()).startsWith("application/problem+json");
        assertThat(withoutIt.fields()).containsExactly("privacyNotice");
        assertThat(withAnOldOne.status()).isEqualTo(400);
        assertThat(withAnOldOne.json().path("errors").path(0).path("message").asString())
                .contains(PrivacyNotice.VERSION);
        assertThat(api.post("/api/v1/auth/token", null, Map.of("email", missing.get("email"), "password", "x"))
                        .status())
                .as("no account was made")
                .isEqualTo(401);
    }

    @Test
    void recordsTheAcceptanceOfTheNoticeWithItsVersionAndTime() {
        Instant before = Instant.now().minusSeconds(1);

        var owner = Fixtures.aSignedInOwner(api);

        var consents = jdbc.sql("""
                        select c.kind, c.text_version, c.given_at, c.withdrawn_at from identity.consent c
                        join identity.person p on p.id = c.person_id where p.email = :email
                        """)
                .param("email", owner.email())
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        String.valueOf(rs.getTimestamp(4))))
                .list();
        assertThat(consents).hasSize(1);
        assertThat(consents.get(0).subList(0, 2)).containsExactly("PRIVACY_NOTICE", PrivacyNotice.VERSION);
        assertThat((Instant) consents.get(0).get(2)).isBetween(before, Instant.now());
        assertThat(consents.get(0).get(3)).isEqualTo("null");
    }

    @Test
    void aCompanyOutsideTheRegionRegistersWithItsOwnCode() {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        var company = Fixtures.company(registration);
        company.put("country", "FR");
        company.put("registryCode", "552 100 554 " + System.nanoTime() % 10_000);
        company.remove("region");

        assertThat(api.post("/api/v1/auth/register", null, registration).status())
                .isEqualTo(201);
    }
}

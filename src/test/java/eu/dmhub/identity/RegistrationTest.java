package eu.dmhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.HttpApi.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Sign-up over HTTP: each country's registry code is checked by its register's rule. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationTest {

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

package eu.dmhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.WebSession;
import eu.dmhub.identity.application.RegistrationService;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Passwords are hashed with Argon2id, whatever their length up to the policy's 128 characters
 * (BCrypt read only 72 bytes and refused more with a server error); a person whose hash is still
 * BCrypt signs in as before and has an Argon2id hash afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PasswordHashingTest {

    /** 73 bytes: one more than BCrypt reads. */
    private static final String LONG_ASCII =
            "correct horse battery staple ".repeat(3).substring(0, 73);

    /** 40 characters, 80 bytes in UTF-8. */
    private static final String LONG_UMLAUTS = "ü".repeat(40);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistrationService registrations;

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
    void passwordsLongerThan72BytesRegisterAndSignInOverTheApi() {
        for (String password : new String[] {LONG_ASCII, LONG_UMLAUTS, "ü".repeat(128)}) {
            var registration = Fixtures.aSmallManufacturerInTartu();
            registration.put("password", password);
            var owner = Fixtures.aSignedInOwner(api, registration);
            assertThat(owner.token()).startsWith("dmh_");
            assertThat(hashOf(owner.email())).startsWith("{argon2}$argon2id$");
            assertThat(api.post(
                                    "/api/v1/auth/token",
                                    null,
                                    Map.of("email", owner.email(), "password", password.substring(1)))
                            .status())
                    .as("a different password")
                    .isEqualTo(401);
        }
    }

    @Test
    void aPasswordLongerThan72BytesRegistersAndSignsInOnTheForm() {
        var registration = Fixtures.aSmallManufacturerInTartu();
        var fields = Fixtures.registrationForm(registration);
        fields.put("password", LONG_UMLAUTS);
        var registered = new WebSession(port).post("/register", "/register", fields);
        assertThat(registered.status()).as(registered.body()).isEqualTo(302);
        assertThat(registered.location()).endsWith("/assessments");
        String email = (String) registration.get("email");
        var session = new WebSession(port).signIn(email, LONG_UMLAUTS);
        assertThat(session.get("/company").status()).isEqualTo(200);
    }

    @Test
    void aPersonWithAnOldBcryptHashSignsInOnTheFormAndAfterwardsHasAnArgon2Hash() {
        String email = aPersonWithABcryptHash("bcrypt-form");
        var session = new WebSession(port).signIn(email, "old-password");
        assertThat(session.get("/company").status()).isEqualTo(200);
        assertThat(hashOf(email)).startsWith("{argon2}");
        new WebSession(port).signIn(email, "old-password");
    }

    @Test
    void aPersonWithAnOldBcryptHashSignsInOverTheApiAndAfterwardsHasAnArgon2Hash() {
        String email = aPersonWithABcryptHash("bcrypt-api");
        assertThat(Fixtures.token(api, email, "old-password")).startsWith("dmh_");
        assertThat(hashOf(email)).startsWith("{argon2}");
        assertThat(Fixtures.token(api, email, "old-password")).startsWith("dmh_");
    }

    @Test
    void aWrongOrOverlongPasswordAgainstAnOldBcryptHashIsRefusedAndKeepsTheHash() {
        String email = aPersonWithABcryptHash("bcrypt-wrong");
        String before = hashOf(email);
        for (String wrong : new String[] {"old-passwort", LONG_ASCII, LONG_UMLAUTS}) {
            var reply = api.post("/api/v1/auth/token", null, Map.of("email", email, "password", wrong));
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.fields()).containsExactly("password");
        }
        var page = new WebSession(port).post("/login", "/login", Map.of("username", email, "password", LONG_ASCII));
        assertThat(page.location()).contains("/login?error");
        assertThat(hashOf(email)).isEqualTo(before);
    }

    /** A person whose password "old-password" is stored the way it was before Argon2id. */
    private String aPersonWithABcryptHash(String name) {
        String email = name + "-" + System.nanoTime() + "@hash.example";
        var person = Fixtures.aPersonWithRole(registrations, email, "some-other-password", Role.SME_USER);
        jdbc.sql("update identity.person set password_hash = :hash where id = :id")
                .param("hash", "{bcrypt}" + new BCryptPasswordEncoder().encode("old-password"))
                .param("id", person.personId())
                .update();
        return email;
    }

    private String hashOf(String email) {
        return jdbc.sql("select password_hash from identity.person where email = :email")
                .param("email", email)
                .query(String.class)
                .single();
    }
}

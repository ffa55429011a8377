package eu.dmhub.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.RegistrationService;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** An administrator uploads model versions; a bad file is refused naming the path, nothing stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelUploadTest {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Test
    void anAdministratorAddsANewVersionAndBadFilesAreRefused() throws Exception {
        String email = "admin-" + System.nanoTime() + "@upload.example";
        Fixtures.aPersonWithRole(registrations, email, "upload-password", Role.ADMIN);
        var api = new HttpApi(port);
        String token = api.post("/api/v1/auth/token", null, Map.of("email", email, "password", "upload-password"))
                .json()
                .path("token")
                .asString();
        String version1 = Files.readString(Path.of("src/main/resources/models/dii-v1.yaml"));
        String id = "dii-upload-" + (System.nanoTime() % 100000);
        String version2 = version1.replace("id: dii", "id: " + id).replace("version: 1", "version: 2");

        var broken = upload(api, token, id + "-v2.yaml", version2.replace("type: yes-no", "type: maybe"));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.fields()).contains("dimensions[0].questions[0].type");
        assertThat(api.get("/api/v1/models/" + id, null).status()).isEqualTo(404);

        var created = upload(api, token, id + "-v2.yaml", version2);
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/models/" + id, null).json().path("version").asInt())
                .isEqualTo(2);

        var again = upload(api, token, id + "-v2.yaml", version2);
        assertThat(again.status()).isEqualTo(409);
        api.assertNoServerErrors();
    }

    @Test
    void aNewVersionNeverChangesOldResults() throws Exception {
        String admin = "admin-" + System.nanoTime() + "@upload.example";
        Fixtures.aPersonWithRole(registrations, admin, "upload-password", Role.ADMIN);
        String owner = "owner-" + System.nanoTime() + "@upload.example";
        var company = Fixtures.aPersonWithRole(registrations, owner, "upload-password", Role.SME_USER)
                .companyId();
        var api = new HttpApi(port);
        String adminToken = token(api, admin);
        String ownerToken = token(api, owner);
        String id = "dii-versions-" + (System.nanoTime() % 100000);
        String version1 = Files.readString(Path.of("src/main/resources/models/dii-v1.yaml"))
                .replace("id: dii", "id: " + id);
        assertThat(upload(api, adminToken, id + "-v1.yaml", version1).status()).isEqualTo(201);

        String first = api.post("/api/v1/assessments", ownerToken, Map.of("companyId", company.toString(), "model", id))
                .json()
                .path("id")
                .asString();
        var model = api.get("/api/v1/models/" + id, null).json();
        api.put(
                "/api/v1/assessments/" + first + "/answers",
                ownerToken,
                Map.of("answers", Fixtures.bestAnswers(model)));
        var before = api.post("/api/v1/assessments/" + first + "/submit", ownerToken, "")
                .json();
        assertThat(before.path("level").asString()).isEqualTo("very-high");

        String version2 = version1.replace("version: 1", "version: 2").replace("up-to: 9\n", "up-to: 11\n");
        assertThat(upload(api, adminToken, id + "-v2.yaml", version2).status()).isEqualTo(201);

        var after =
                api.get("/api/v1/assessments/" + first + "/result", ownerToken).json();
        assertThat(after).isEqualTo(before);
        assertThat(after.path("modelVersion").asInt()).isEqualTo(1);
        var second = api.post("/api/v1/assessments", ownerToken, Map.of("companyId", company.toString(), "model", id))
                .json();
        assertThat(second.path("modelVersion").asInt()).isEqualTo(2);
        api.assertNoServerErrors();
    }

    private static String token(HttpApi api, String email) {
        return api.post("/api/v1/auth/token", null, Map.of("email", email, "password", "upload-password"))
                .json()
                .path("token")
                .asString();
    }

    private static HttpApi.Reply upload(HttpApi api, String token, String fileName, String yaml) {
        return api.send(api.request("/api/v1/models?fileName=" + fileName, token)
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml))
                .build());
    }
}

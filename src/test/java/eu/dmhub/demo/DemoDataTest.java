package eu.dmhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.TestApplication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new database gets demo organisations, one login per role and submitted assessments, once. */
class DemoDataTest {

    private final String dataDirectory = "target/embedded-postgres/demo-" + System.nanoTime();

    private ConfigurableApplicationContext start() {
        return TestApplication.start(dataDirectory, "--dmhub.demo.enabled=true", "--dmhub.demo.companies=40");
    }

    @Test
    void seedsANewDatabaseOnceWithALoginPerRoleAndSubmittedAssessments() {
        long assessments;
        try (var context = start()) {
            var jdbc = context.getBean(JdbcClient.class);
            assessments = count(jdbc, "select count(*) from assessment.assessment where status = 'SUBMITTED'");
            assertThat(count(jdbc, "select count(*) from identity.organisation where kind = 'COMPANY'"))
                    .isEqualTo(41);
            assertThat(assessments).isGreaterThanOrEqualTo(41);
            assertThat(count(jdbc, "select count(distinct country) from identity.organisation"))
                    .isGreaterThan(3);

            var api = TestApplication.api(context);
            for (String login : List.of("sme", "consultant", "officer", "analyst", "admin")) {
                var token = api.post(
                        "/api/v1/auth/token",
                        null,
                        Map.of("email", login + "@demo.dmhub.eu", "password", "demo-password"));
                assertThat(token.status()).as(login).isEqualTo(200);
            }
            String sme = api.post(
                            "/api/v1/auth/token",
                            null,
                            Map.of("email", "sme@demo.dmhub.eu", "password", "demo-password"))
                    .json()
                    .path("token")
                    .asString();
            String company = jdbc.sql(
                            "select organisation_id::text from identity.person where email = 'sme@demo.dmhub.eu'")
                    .query(String.class)
                    .single();
            var own = api.get("/api/v1/companies/" + company + "/assessments", sme)
                    .json();
            assertThat(own.findValuesAsString("status")).contains("SUBMITTED");
        }
        try (var again = start()) {
            var jdbc = again.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from assessment.assessment"))
                    .isEqualTo(assessments);
            assertThat(count(jdbc, "select count(*) from identity.organisation where kind = 'COMPANY'"))
                    .isEqualTo(41);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

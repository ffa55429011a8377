package eu.dmhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.TestApplication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new database gets demo organisations, one login per role and submitted assessments, once; the
 * configured share of companies took the {@code dma} a second time, and the read models count that.
 */
class DemoDataTest {

    private static final double FOLLOW_UPS = 0.5;

    private final String dataDirectory = "target/embedded-postgres/demo-" + System.nanoTime();

    private ConfigurableApplicationContext start() {
        return TestApplication.start(
                dataDirectory,
                "--dmhub.demo.enabled=true",
                "--dmhub.demo.companies=40",
                "--dmhub.demo.follow-ups=" + FOLLOW_UPS);
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

            // The read model built in bulk from the demo data counts exactly the latest assessments.
            assertThat(count(jdbc, "select count(*) from benchmark.participant"))
                    .isEqualTo(count(jdbc, "select count(distinct (company_id, model_id)) from assessment.assessment"));
            String latest =
                    jdbc.sql("""
                            select id::text from assessment.assessment where company_id = cast(:company as uuid)
                            and model_id = 'dma' order by submitted_at desc limit 1
                            """).param("company", company).query(String.class).single();
            var benchmark =
                    api.get("/api/v1/assessments/" + latest + "/benchmark", sme).json();
            assertThat(benchmark.path("available").asBoolean()).isTrue();
            String key = benchmark.path("peerGroup").path("key").asString();
            long expected = jdbc.sql("""
                            select count(*) from (select distinct on (a.company_id) a.company_id, o.country, o.nace_section,
                              o.size_class from assessment.assessment a join identity.organisation o on o.id = a.company_id
                              where a.model_id = 'dma' and a.status = 'SUBMITTED'
                              and a.submitted_at > now() - interval '24 months'
                              order by a.company_id, a.submitted_at desc) latest
                            where :key = '*' or :key = country or :key = country || '/' || nace_section
                              or :key = country || '/' || nace_section || '/' || size_class
                            """).param("key", key).query(Long.class).single();
            assertThat(benchmark.path("peerGroup").path("companies").asLong()).isEqualTo(expected);

            followUpsAreTheConfiguredShareAndCountInTheReadModels(jdbc);
        }
        try (var again = start()) {
            var jdbc = again.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from assessment.assessment"))
                    .isEqualTo(assessments);
            assertThat(count(jdbc, "select count(*) from identity.organisation where kind = 'COMPANY'"))
                    .isEqualTo(41);
        }
    }

    private static void followUpsAreTheConfiguredShareAndCountInTheReadModels(JdbcClient jdbc) {
        long companies = count(jdbc, "select count(*) from identity.organisation where kind = 'COMPANY'");
        var gaps = jdbc.sql("""
                        select extract(epoch from max(submitted_at) - min(submitted_at)) / 86400
                        from assessment.assessment where model_id = 'dma'
                        group by company_id having count(*) > 1
                        """).query(Double.class).list();
        assertThat(gaps).hasSize((int) (companies * FOLLOW_UPS));
        assertThat(gaps).allSatisfy(days -> assertThat(days).isBetween(150.0, 421.0));
        // every follow-up is recorded with the plan steps done between its two assessments
        assertThat(count(jdbc, "select count(*) from recommendation.follow_up")).isEqualTo(gaps.size());
        assertThat(count(jdbc, "select count(*) from recommendation.plan_item")).isGreaterThan(gaps.size());
        assertThat(count(jdbc, """
                        select count(*) from recommendation.follow_up f
                        where f.completed_entries <> coalesce((select array_agg(p.entry_id order by p.entry_id)
                          from recommendation.plan_item p where p.company_id = f.company_id and p.status = 'DONE'
                          and p.done_at > f.previous_submitted_at and p.done_at <= f.submitted_at), '{}')
                        """)).isZero();
        assertThat(count(
                        jdbc, "select count(*) from recommendation.follow_up where cardinality(completed_entries) > 0"))
                .isPositive();
        assertThat(count(jdbc, """
                        select count(*) from (select company_id from assessment.assessment
                        group by company_id, model_id having count(*) > 2 or (count(*) > 1 and model_id <> 'dma')) x
                        """)).isZero();
        assertThat(count(jdbc, "select count(*) from assessment.assessment where submitted_at >= now()"))
                .isZero();
        // the follow-ups improved: the mean overall score of the second time is clearly higher
        double rise = jdbc.sql("""
                        select avg(latest.overall - first.overall) from assessment.assessment first
                        join assessment.assessment latest on latest.company_id = first.company_id
                          and latest.model_id = 'dma' and latest.submitted_at > first.submitted_at
                        where first.model_id = 'dma'
                        """).query(Double.class).single();
        assertThat(rise).isBetween(3.0, 30.0);
        // the read models built in bulk at start-up hold each company's latest assessment, not its first
        for (String readModel : List.of("benchmark.participant", "insights.fact")) {
            assertThat(count(
                            jdbc,
                            "select count(*) from " + readModel + " r where r.assessment_id <> "
                                    + "(select a.id from assessment.assessment a where a.company_id = r.company_id"
                                    + " and a.model_id = r.model_id order by a.submitted_at desc limit 1)"))
                    .as(readModel)
                    .isZero();
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

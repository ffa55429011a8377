package eu.dmhub.benchmark.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Events;
import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.TestApplication;
import eu.dmhub.WebSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Companies take the Digital Intensity Index, some retake it, some change sector or size; every
 * benchmark the API then gives equals a brute-force recomputation over what was submitted, and no
 * group under k is ever shown.
 */
class BenchmarkAgainstBruteForceTest {

    private static final int K = 5;
    private static final String[] COUNTRIES = {"EE", "LV"};
    private static final String[] DIVISIONS = {"25", "62"};
    private static final String[] SIZES = {"MICRO", "SMALL"};

    /** What the test knows of one company: its profile now and its latest scores. */
    static final class Company {
        String id;
        String token;
        String email;
        String password;
        Map<String, Object> profile;
        String latest;
        Map<String, Double> scores = new LinkedHashMap<>();

        String groupKey(int scope) {
            String section = profile.get("naceDivision").equals("25") ? "C" : "J";
            return switch (scope) {
                case 0 -> profile.get("country") + "/" + section + "/" + profile.get("sizeClass");
                case 1 -> profile.get("country") + "/" + section;
                case 2 -> (String) profile.get("country");
                default -> "*";
            };
        }
    }

    @Test
    void everyBenchmarkEqualsABruteForceRecomputation() {
        try (ConfigurableApplicationContext app = TestApplication.start(
                "target/embedded-postgres/benchmark-" + System.nanoTime(),
                "--dmhub.benchmark.min-group-size=" + K,
                "--dmhub.bench.baseline-endpoint=true")) {
            HttpApi api = TestApplication.api(app);
            var random = new Random(7);
            JsonNode model = api.get("/api/v1/models/dii", null).json();
            var companies = new ArrayList<Company>();
            for (int i = 0; i < 36; i++) {
                companies.add(register(api, random));
            }
            companies.forEach(c -> submit(api, model, c, random));
            for (Company c : companies.subList(0, 8)) {
                submit(api, model, c, random);
            }
            for (Company c : companies.subList(8, 13)) {
                c.profile.put("sizeClass", c.profile.get("sizeClass").equals("MICRO") ? "SMALL" : "MICRO");
                c.profile.put("naceDivision", DIVISIONS[random.nextInt(2)]);
                assertThat(api.put("/api/v1/companies/" + c.id, c.token, c.profile)
                                .status())
                        .isEqualTo(200);
            }
            Events.awaitProcessed(app.getBean(JdbcClient.class));

            for (Company c : companies) {
                JsonNode benchmark = api.get("/api/v1/assessments/" + c.latest + "/benchmark", c.token)
                        .json();
                assertMatchesBruteForce(benchmark, c, companies);
                assertBaselineAgrees(
                        api.get("/api/v1/assessments/" + c.latest + "/benchmark/baseline", c.token)
                                .json(),
                        benchmark);
            }
            // Cached distributions follow every later change: retake by a few companies, then check all again.
            for (Company c : companies.subList(20, 26)) {
                submit(api, model, c, random);
            }
            Events.awaitProcessed(app.getBean(JdbcClient.class));
            for (Company c : companies) {
                JsonNode benchmark = api.get("/api/v1/assessments/" + c.latest + "/benchmark", c.token)
                        .json();
                assertMatchesBruteForce(benchmark, c, companies);
            }
            Company first = companies.get(0);
            var session = new WebSession(TestApplication.api(app).port()).signIn(first.email, first.password);
            String page =
                    session.get("/assessments/" + first.latest + "/result").body();
            assertThat(page).contains("class=\"peers\"", "chart distribution");
            api.assertNoServerErrors();
        }
    }

    private static void assertMatchesBruteForce(JsonNode benchmark, Company company, List<Company> all) {
        String chosen = null;
        List<Company> peers = List.of();
        for (int scope = 0; scope < 4; scope++) {
            String key = company.groupKey(scope);
            int level = scope;
            List<Company> group =
                    all.stream().filter(c -> c.groupKey(level).equals(key)).toList();
            if (group.size() >= K) {
                chosen = key;
                peers = group;
                break;
            }
        }
        if (chosen == null) {
            assertThat(benchmark.path("available").asBoolean()).isFalse();
            return;
        }
        assertThat(benchmark.path("available").asBoolean()).isTrue();
        assertThat(benchmark.path("peerGroup").path("key").asString()).isEqualTo(chosen);
        assertThat(benchmark.path("peerGroup").path("companies").asLong())
                .isEqualTo(peers.size())
                .isGreaterThanOrEqualTo(K);
        for (JsonNode line : benchmark.path("dimensions")) {
            String dimension = line.path("dimension").asString();
            double score = company.scores.get(dimension);
            List<Double> values =
                    peers.stream().map(p -> p.scores.get(dimension)).sorted().toList();
            long below = values.stream().filter(v -> v < score).count();
            long equal = values.stream().filter(v -> v == score).count();
            long above = values.stream().filter(v -> v > score).count();
            assertThat(line.path("score").asDouble()).isEqualTo(score);
            assertThat(line.path("companies").asLong()).isEqualTo(values.size());
            assertThat(line.path("higher").asLong()).isEqualTo(above);
            assertThat(line.path("lower").asLong()).isEqualTo(below);
            assertThat(line.path("percentile").asDouble())
                    .isCloseTo((below + equal / 2.0) / values.size() * 100, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(line.path("median").asDouble()).isEqualTo(nearestRank(values, 0.5));
            assertThat(line.path("lowerQuartile").asDouble()).isEqualTo(nearestRank(values, 0.25));
            assertThat(line.path("upperQuartile").asDouble()).isEqualTo(nearestRank(values, 0.75));
        }
    }

    /** The naive full-scan baseline finds the same group and the same percentiles. */
    private static void assertBaselineAgrees(JsonNode baseline, JsonNode benchmark) {
        if (!benchmark.path("available").asBoolean()) {
            assertThat(baseline.path("group").isNull()).isTrue();
            return;
        }
        assertThat(baseline.path("group").asString())
                .isEqualTo(benchmark.path("peerGroup").path("key").asString());
        assertThat(baseline.path("companies").asLong())
                .isEqualTo(benchmark.path("peerGroup").path("companies").asLong());
        for (int i = 0; i < benchmark.path("dimensions").size(); i++) {
            assertThat(baseline.path("lines").get(i).path("percentile").asDouble())
                    .isCloseTo(
                            benchmark
                                    .path("dimensions")
                                    .get(i)
                                    .path("percentile")
                                    .asDouble(),
                            org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    private static double nearestRank(List<Double> sorted, double q) {
        return sorted.get((int) Math.max(1, Math.ceil(q * sorted.size())) - 1);
    }

    private static Company register(HttpApi api, Random random) {
        Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
        var profile = Fixtures.company(registration);
        Fixtures.inCountry(profile, COUNTRIES[random.nextInt(2)]);
        profile.put("naceDivision", DIVISIONS[random.nextInt(2)]);
        profile.put("sizeClass", SIZES[random.nextInt(2)]);
        profile.remove("region");
        var company = new Company();
        company.id = api.post("/api/v1/auth/register", null, registration)
                .json()
                .path("companyId")
                .asString();
        company.email = (String) registration.get("email");
        company.password = (String) registration.get("password");
        company.token = api.post(
                        "/api/v1/auth/token", null, Map.of("email", company.email, "password", company.password))
                .json()
                .path("token")
                .asString();
        company.profile = new HashMap<>(profile);
        company.profile.put("region", "");
        return company;
    }

    private static void submit(HttpApi api, JsonNode model, Company company, Random random) {
        JsonNode result = Fixtures.submitRandomDii(api, model, company.id, company.token, random);
        String id = result.path("assessmentId").asString();
        company.latest = id;
        company.scores.clear();
        company.scores.put("overall", result.path("overall").asDouble());
        result.path("dimensions")
                .forEach(d -> company.scores.put(
                        d.path("id").asString(), d.path("score").asDouble()));
    }
}

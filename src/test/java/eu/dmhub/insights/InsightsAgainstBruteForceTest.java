package eu.dmhub.insights;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.Events;
import eu.dmhub.Fixtures;
import eu.dmhub.HttpApi;
import eu.dmhub.TestApplication;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Thousands of demo assessments, plus companies that retake the Digital Intensity Index and change
 * sector, size or country through the API: every figure the insights API shows, and every peer
 * benchmark of those companies, equals a brute-force recomputation from the raw assessments and
 * profiles, and no figure over fewer than k companies is shown.
 */
class InsightsAgainstBruteForceTest {

    private static final int K = 10;

    /** A company's latest submitted assessment of a model, under its current profile. */
    record Latest(
            String assessment,
            String company,
            String model,
            Instant submittedAt,
            String country,
            String region,
            String section,
            String size,
            Map<String, Double> scores) {

        String quarter() {
            var date = submittedAt.atZone(ZoneOffset.UTC);
            return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
        }
    }

    @Test
    void everyShownFigureEqualsABruteForceRecomputation() {
        try (ConfigurableApplicationContext app = TestApplication.start(
                "target/embedded-postgres/insights-" + System.nanoTime(),
                "--dmhub.demo.enabled=true",
                "--dmhub.demo.companies=2500",
                "--dmhub.demo.answers=false")) {
            HttpApi api = TestApplication.api(app);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Map<String, String> tokens = changeThroughTheApi(api, new Random(11));
            Events.awaitProcessed(jdbc);

            List<Latest> facts = bruteForceFacts(jdbc);
            assertThat(facts.size()).isGreaterThan(2500);
            String analyst = token(api, "analyst@demo.dmhub.eu");
            var queries = new ArrayList<Map<String, String>>();
            for (String model : List.of("dma", "dii")) {
                for (String country : new String[] {null, "EE", "LV", "PL"}) {
                    for (String sector : new String[] {null, "C", "G"}) {
                        for (String size : new String[] {null, "MICRO", "SMALL"}) {
                            queries.add(query(model, country, null, sector, size, null, null));
                        }
                    }
                }
                queries.add(query(model, null, null, null, null, "2025-Q3", "2026-Q2"));
                queries.add(query(model, "EE", "EE001", null, null, null, null));
                queries.add(query(model, null, null, "J", "MEDIUM", "2025-Q1", null));
            }
            for (Map<String, String> q : queries) {
                JsonNode report =
                        api.get("/api/v1/insights?" + queryString(q), analyst).json();
                assertMatches(report, q, facts, company -> true);
            }

            // The peer benchmark of every company that retook or moved, among the thousands of demo
            // companies: the group chosen and every percentile, median and quartile.
            for (var company : tokens.entrySet()) {
                Latest own = facts.stream()
                        .filter(f -> f.company().equals(company.getKey())
                                && f.model().equals("dii"))
                        .findFirst()
                        .orElseThrow();
                JsonNode benchmark = api.get(
                                "/api/v1/assessments/" + own.assessment() + "/benchmark", company.getValue())
                        .json();
                assertBenchmarkMatches(benchmark, own, facts);
            }

            // A consultant sees the same figures over the DIH's own clients only.
            Set<String> clients = Set.copyOf(jdbc.sql("""
                            select c.company_id::text from identity.dih_client c
                              join identity.person p on p.organisation_id = c.dih_id
                             where p.email = 'consultant@demo.dmhub.eu'
                            """).query(String.class).list());
            assertThat(clients).isNotEmpty();
            String consultant = token(api, "consultant@demo.dmhub.eu");
            for (Map<String, String> q : List.of(
                    query("dma", null, null, null, null, null, null),
                    query("dma", null, null, "C", null, null, null),
                    query("dii", null, null, null, "SMALL", null, null))) {
                JsonNode report = api.get("/api/v1/insights?" + queryString(q), consultant)
                        .json();
                assertMatches(report, q, facts, clients::contains);
                assertThat(report.path("summary").path("companies").asLong(0)).isLessThanOrEqualTo(clients.size());
            }
            api.assertNoServerErrors();
        }
    }

    /** Registers companies that take the DII, retake it and change their profiles. */
    private static Map<String, String> changeThroughTheApi(HttpApi api, Random random) {
        JsonNode model = api.get("/api/v1/models/dii", null).json();
        var tokens = new LinkedHashMap<String, String>();
        var profiles = new HashMap<String, Map<String, Object>>();
        for (int i = 0; i < 24; i++) {
            Map<String, Object> registration = Fixtures.aSmallManufacturerInTartu();
            var company = Fixtures.company(registration);
            Fixtures.inCountry(company, random.nextBoolean() ? "EE" : "LV");
            company.put("region", company.get("country").equals("EE") ? "EE001" : "");
            String id = api.post("/api/v1/auth/register", null, registration)
                    .json()
                    .path("companyId")
                    .asString();
            tokens.put(
                    id,
                    api.post(
                                    "/api/v1/auth/token",
                                    null,
                                    Map.of(
                                            "email",
                                            registration.get("email"),
                                            "password",
                                            registration.get("password")))
                            .json()
                            .path("token")
                            .asString());
            profiles.put(id, new HashMap<>(company));
        }
        var ids = List.copyOf(tokens.keySet());
        ids.forEach(id -> Fixtures.submitRandomDii(api, model, id, tokens.get(id), random));
        ids.subList(0, 10).forEach(id -> Fixtures.submitRandomDii(api, model, id, tokens.get(id), random));
        for (String id : ids.subList(5, 15)) {
            Map<String, Object> profile = profiles.get(id);
            profile.put("sizeClass", random.nextBoolean() ? "MICRO" : "MEDIUM");
            profile.put("naceDivision", random.nextBoolean() ? "62" : "46");
            if (random.nextBoolean()) {
                Fixtures.inCountry(profile, "PL");
                profile.put("region", "");
            }
            assertThat(api.put("/api/v1/companies/" + id, tokens.get(id), profile)
                            .status())
                    .isEqualTo(200);
        }
        ids.subList(12, 18).forEach(id -> Fixtures.submitRandomDii(api, model, id, tokens.get(id), random));
        return tokens;
    }

    /** Each company's latest submitted assessment per model, straight from the raw tables. */
    private static List<Latest> bruteForceFacts(JdbcClient jdbc) {
        Map<String, Map<String, Double>> scores = new HashMap<>();
        jdbc.sql("select assessment_id::text, dimension_id, score from assessment.dimension_score")
                .query(rs -> {
                    scores.computeIfAbsent(rs.getString(1), a -> new HashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3).doubleValue());
                });
        var all = jdbc.sql("""
                        select a.id::text, a.company_id::text, a.model_id, a.submitted_at, a.overall,
                               o.country, o.region, o.nace_section, o.size_class
                          from assessment.assessment a join identity.organisation o on o.id = a.company_id
                         where a.status = 'SUBMITTED'
                        """)
                .query((rs, n) -> {
                    var s = new HashMap<>(scores.getOrDefault(rs.getString(1), Map.of()));
                    s.put("overall", rs.getBigDecimal("overall").doubleValue());
                    return new Latest(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getTimestamp("submitted_at").toInstant(),
                            rs.getString("country"),
                            rs.getString("region"),
                            rs.getString("nace_section"),
                            rs.getString("size_class"),
                            s);
                })
                .list();
        return List.copyOf(all.stream()
                .collect(Collectors.toMap(
                        l -> l.company() + "/" + l.model(),
                        Function.identity(),
                        (a, b) -> a.submittedAt().isAfter(b.submittedAt()) ? a : b))
                .values());
    }

    private static void assertMatches(
            JsonNode report, Map<String, String> q, List<Latest> facts, Predicate<String> analysable) {
        List<Latest> scope = facts.stream()
                .filter(f -> f.model().equals(q.get("model")) && analysable.test(f.company()))
                .toList();
        Predicate<Latest> others = f -> matches(q.get("sector"), f.section())
                && matches(q.get("size"), f.size())
                && (q.get("from") == null || f.quarter().compareTo(q.get("from")) >= 0)
                && (q.get("to") == null || f.quarter().compareTo(q.get("to")) <= 0);
        List<Latest> region = scope.stream().filter(others).toList();
        List<Latest> selected = region.stream()
                .filter(f -> matches(q.get("country"), f.country()) && matches(q.get("region"), f.region()))
                .toList();
        List<String> dimensions = new ArrayList<>();
        report.path("dimensions").forEach(d -> dimensions.add(d.asString()));
        String what = q.toString();

        JsonNode summary = report.path("summary");
        if (selected.size() < K) {
            assertThat(summary.path("suppressed").asBoolean()).as(what).isTrue();
        }
        if (!summary.path("suppressed").asBoolean()) {
            assertThat(summary.path("companies").asLong()).as(what).isEqualTo(selected.size());
            for (JsonNode stats : summary.path("dimensions")) {
                String d = stats.path("dimension").asString();
                List<Double> values = sorted(selected, d);
                assertThat(stats.path("mean").asDouble()).as(what + d).isEqualTo(mean(values));
                assertThat(stats.path("median").asDouble()).as(what + d).isEqualTo(nearestRank(values, 0.5));
                assertThat(stats.path("lowerQuartile").asDouble()).isEqualTo(nearestRank(values, 0.25));
                assertThat(stats.path("upperQuartile").asDouble()).isEqualTo(nearestRank(values, 0.75));
            }
        } else {
            assertThat(summary.path("companies").isNull()).isTrue();
            summary.path("dimensions")
                    .forEach(s -> assertThat(s.path("mean").isNull()).isTrue());
        }

        Map<String, List<Latest>> byCountry = region.stream().collect(Collectors.groupingBy(Latest::country));
        assertRows(report.path("heatMap"), byCountry, dimensions, what);
        assertThat(report.path("heatMap").size()).isEqualTo(byCountry.size());
        assertRow(report.path("heatMapTotal"), region, dimensions, what);

        if (!summary.path("suppressed").asBoolean()) {
            Map<String, List<Latest>> byQuarter = selected.stream().collect(Collectors.groupingBy(Latest::quarter));
            assertRows(report.path("trends"), byQuarter, dimensions, what);
            assertThat(report.path("trends").size()).isEqualTo(byQuarter.size());
        } else {
            assertThat(report.path("trends").size()).isZero();
        }

        assertInterventionsMatch(report, selected, region, dimensions, what);
    }

    /** An intervention area as the brute force finds it. */
    record Area(String scope, String group, String dimension, long companies, double gap, double margin) {}

    /**
     * Every listed intervention area is a shown group's weakest dimension among those whose gap is
     * material (at least 5% of the scale below the whole region, with a 95% confidence interval of
     * the gap below zero), and no group that is surely shown and has such a gap is left out.
     */
    private static void assertInterventionsMatch(
            JsonNode report, List<Latest> selected, List<Latest> region, List<String> dimensions, String what) {
        List<JsonNode> listed = report.path("interventions").valueStream().toList();
        if (report.path("summary").path("suppressed").asBoolean()
                || report.path("heatMapTotal").path("suppressed").asBoolean()) {
            assertThat(listed).as(what).isEmpty();
            return;
        }
        var expected = new ArrayList<Area>();
        var sure = new ArrayList<String>();
        Map<String, Function<Latest, String>> scopes =
                Map.of("COUNTRY", Latest::country, "REGION", Latest::region, "SECTOR", Latest::section);
        scopes.forEach((scope, key) -> {
            Map<String, List<Latest>> groups =
                    selected.stream().collect(Collectors.groupingBy(f -> String.valueOf(key.apply(f))));
            List<String> names = List.copyOf(groups.keySet());
            long[] companies =
                    names.stream().mapToLong(n -> groups.get(n).size()).toArray();
            var outcome = eu.dmhub.insights.domain.Suppression.of(companies, K);
            long largestHidden = 0;
            for (int i = 0; i < companies.length; i++) {
                if (outcome.hidden(i)) {
                    largestHidden = Math.max(largestHidden, companies[i]);
                }
            }
            for (int i = 0; i < names.size(); i++) {
                List<Latest> group = groups.get(names.get(i));
                if (names.get(i).equals("null") || group.size() < K) {
                    continue;
                }
                if (companies[i] > largestHidden) {
                    sure.add(scope + "/" + names.get(i));
                }
                weakestMaterial(scope, names.get(i), group, region, dimensions, report.path("maxScores"))
                        .ifPresent(expected::add);
            }
        });
        Map<String, Area> byGroup =
                expected.stream().collect(Collectors.toMap(a -> a.scope() + "/" + a.group(), Function.identity()));
        for (JsonNode area : listed) {
            String id = area.path("scope").asString() + "/" + area.path("group").asString();
            Area brute = byGroup.get(id);
            assertThat(brute)
                    .as(what + " lists " + area + " without a material gap")
                    .isNotNull();
            assertThat(area.path("dimension").asString()).as(what + id).isEqualTo(brute.dimension());
            assertThat(area.path("companies").asLong()).as(what + id).isEqualTo(brute.companies());
            assertThat(area.path("gap").asDouble()).as(what + id).isEqualTo(brute.gap());
            assertThat(area.path("margin").asDouble())
                    .as(what + id)
                    .isCloseTo(brute.margin(), org.assertj.core.data.Offset.offset(0.0051));
            assertThat(area.path("gap").asDouble() + area.path("margin").asDouble())
                    .as(what + id)
                    .as("the margin is rounded half up to two decimals")
                    .isLessThan(0.005);
        }
        double cut = listed.size() < 15
                ? Double.POSITIVE_INFINITY
                : listed.get(listed.size() - 1).path("gap").asDouble();
        var shown = listed.stream()
                .map(a -> a.path("scope").asString() + "/" + a.path("group").asString())
                .collect(Collectors.toSet());
        for (Area area : expected) {
            String id = area.scope() + "/" + area.group();
            if (sure.contains(id) && area.gap() < cut) {
                assertThat(shown).as(what + " leaves out " + area).contains(id);
            }
        }
    }

    private static java.util.Optional<Area> weakestMaterial(
            String scope,
            String name,
            List<Latest> group,
            List<Latest> region,
            List<String> dimensions,
            JsonNode maxScores) {
        Area weakest = null;
        for (String d : dimensions.subList(1, dimensions.size())) {
            List<Double> own = sorted(group, d);
            List<Double> all = sorted(region, d);
            if (own.size() < K) {
                continue;
            }
            double gap = BigDecimal.valueOf(mean(own))
                    .subtract(BigDecimal.valueOf(mean(all)))
                    .doubleValue();
            double margin = 1.96 * Math.sqrt(variance(own) / own.size() + variance(all) / all.size());
            boolean material = gap <= -0.05 * maxScores.path(d).asDouble() + 1e-9 && gap + margin < 0;
            if (material && (weakest == null || gap < weakest.gap())) {
                weakest = new Area(scope, name, d, group.size(), gap, margin);
            }
        }
        return java.util.Optional.ofNullable(weakest);
    }

    /** The sample variance (n − 1), computed exactly. */
    private static double variance(List<Double> values) {
        if (values.size() < 2) {
            return 0;
        }
        BigDecimal n = BigDecimal.valueOf(values.size());
        BigDecimal sum = values.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal squares =
                values.stream().map(v -> BigDecimal.valueOf(v).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return squares.multiply(n)
                .subtract(sum.pow(2))
                .divide(n.multiply(n.subtract(BigDecimal.ONE)), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    private static void assertBenchmarkMatches(JsonNode benchmark, Latest own, List<Latest> facts) {
        List<Function<Latest, String>> scopes = List.of(
                f -> f.country() + "/" + f.section() + "/" + f.size(),
                f -> f.country() + "/" + f.section(),
                Latest::country,
                f -> "*");
        for (Function<Latest, String> scope : scopes) {
            List<Latest> peers = facts.stream()
                    .filter(f -> f.model().equals("dii") && scope.apply(f).equals(scope.apply(own)))
                    .toList();
            if (peers.size() < K) {
                continue;
            }
            assertThat(benchmark.path("peerGroup").path("key").asString()).isEqualTo(scope.apply(own));
            assertThat(benchmark.path("peerGroup").path("companies").asLong()).isEqualTo(peers.size());
            for (JsonNode line : benchmark.path("dimensions")) {
                String d = line.path("dimension").asString();
                double score = own.scores().get(d);
                List<Double> values = sorted(peers, d);
                long below = values.stream().filter(v -> v < score).count();
                long equal = values.stream().filter(v -> v == score).count();
                assertThat(line.path("percentile").asDouble())
                        .isCloseTo(
                                (below + equal / 2.0) / values.size() * 100, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(line.path("median").asDouble()).isEqualTo(nearestRank(values, 0.5));
                assertThat(line.path("lowerQuartile").asDouble()).isEqualTo(nearestRank(values, 0.25));
                assertThat(line.path("upperQuartile").asDouble()).isEqualTo(nearestRank(values, 0.75));
            }
            return;
        }
        assertThat(benchmark.path("available").asBoolean()).isFalse();
    }

    private static void assertRows(
            JsonNode rows, Map<String, List<Latest>> groups, List<String> dimensions, String what) {
        for (JsonNode row : rows) {
            List<Latest> group = groups.get(row.path("key").asString());
            assertThat(group).as(what + row).isNotNull();
            assertRow(row, group, dimensions, what);
        }
    }

    private static void assertRow(JsonNode row, List<Latest> group, List<String> dimensions, String what) {
        if (group.size() < K) {
            assertThat(row.path("suppressed").asBoolean()).as(what + row).isTrue();
        }
        if (row.path("suppressed").asBoolean()) {
            assertThat(row.path("companies").isNull()).isTrue();
            row.path("means").forEach(m -> assertThat(m.isNull()).isTrue());
            return;
        }
        assertThat(row.path("companies").asLong()).as(what + row).isEqualTo(group.size());
        for (int d = 0; d < dimensions.size(); d++) {
            assertThat(row.path("means").get(d).asDouble())
                    .as(what + row + dimensions.get(d))
                    .isEqualTo(mean(sorted(group, dimensions.get(d))));
        }
    }

    private static List<Double> sorted(List<Latest> facts, String dimension) {
        return facts.stream()
                .map(f -> f.scores().get(dimension))
                .filter(Objects::nonNull)
                .sorted()
                .toList();
    }

    private static double mean(List<Double> values) {
        BigDecimal sum = values.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static double nearestRank(List<Double> sorted, double q) {
        return sorted.get((int) Math.max(1, Math.ceil(q * sorted.size())) - 1);
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.equals(value);
    }

    static Map<String, String> query(
            String model, String country, String region, String sector, String size, String from, String to) {
        var q = new LinkedHashMap<String, String>();
        q.put("model", model);
        q.put("country", country);
        q.put("region", region);
        q.put("sector", sector);
        q.put("size", size);
        q.put("from", from);
        q.put("to", to);
        return q;
    }

    static String queryString(Map<String, String> q) {
        return q.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    private static String token(HttpApi api, String email) {
        return api.post("/api/v1/auth/token", null, Map.of("email", email, "password", "demo-password"))
                .json()
                .path("token")
                .asString();
    }
}

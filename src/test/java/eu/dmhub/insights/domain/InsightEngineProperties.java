package eu.dmhub.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.insights.domain.InsightReport.Row;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.SizeClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the facts and the filter: no figure is shown over fewer than k companies; inside one
 * report, the hidden rows of a table cannot be recovered from its shown total; and across filters,
 * a wider filter minus the shown narrower ones (one attribute apart) never isolates fewer than k
 * companies.
 */
class InsightEngineProperties {

    private static final List<String> COUNTRIES = List.of("EE", "LV", "LT");
    private static final List<String> SECTIONS = List.of("C", "G", "J");
    private static final List<String> DIMENSIONS = List.of("data", "skills");

    @Property(tries = 300)
    void noFigureCoversFewerThanKCompanies(
            @ForAll("facts") List<Fact> facts,
            @ForAll("filters") InsightFilter filter,
            @ForAll @IntRange(min = 2, max = 12) int k) {
        InsightReport report = InsightEngine.run(table(facts), filter, null, k);
        if (!report.summary().suppressed()) {
            assertThat(report.summary().companies()).isGreaterThanOrEqualTo(k);
            report.summary().dimensions().forEach(s -> assertThat(s.companies()).isGreaterThanOrEqualTo(k));
        }
        List<Row> rows = new ArrayList<>(report.heatMap());
        rows.add(report.heatMapTotal());
        rows.addAll(report.trends());
        for (Row row : rows) {
            if (row.suppressed()) {
                assertThat(row.companies()).isNull();
                assertThat(row.means()).containsOnlyNulls();
            } else {
                assertThat(row.companies()).isGreaterThanOrEqualTo(k);
            }
        }
        report.interventions().forEach(i -> assertThat(i.companies()).isGreaterThanOrEqualTo(k));
    }

    @Property(tries = 300)
    void hiddenRowsCannotBeRecoveredFromTheShownTotal(
            @ForAll("facts") List<Fact> facts,
            @ForAll("filters") InsightFilter filter,
            @ForAll @IntRange(min = 2, max = 12) int k) {
        InsightReport report = InsightEngine.run(table(facts), filter, null, k);
        Predicate<Fact> region = f -> matchesExceptPlace(filter, f);
        if (!report.heatMapTotal().suppressed()) {
            assertSafeResidual(report.heatMap(), facts, region, f -> f.country().code(), k);
        }
        if (!report.summary().suppressed()) {
            assertSafeResidual(
                    report.trends(),
                    facts,
                    region.and(f -> matchesPlace(filter, f)),
                    f -> f.quarter().toString(),
                    k);
        }
    }

    @Property(tries = 200)
    void aWiderFilterMinusTheShownNarrowerOnesNeverIsolatesASmallGroup(
            @ForAll("facts") List<Fact> facts,
            @ForAll("filters") InsightFilter filter,
            @ForAll @IntRange(min = 2, max = 12) int k) {
        FactTable table = table(facts);
        if (InsightEngine.run(table, filter, null, k).summary().suppressed()) {
            return;
        }
        Map<String, List<InsightFilter>> siblings = Map.of(
                "country",
                filter.country() != null || filter.region() != null
                        ? List.of()
                        : COUNTRIES.stream().map(filter::withCountry).toList(),
                "sector",
                filter.section() != null
                        ? List.of()
                        : SECTIONS.stream().map(filter::withSection).toList(),
                "size",
                filter.size() != null
                        ? List.of()
                        : List.of(SizeClass.values()).stream()
                                .map(filter::withSize)
                                .toList());
        siblings.forEach((attribute, narrower) -> {
            long hidden = 0;
            for (InsightFilter sibling : narrower) {
                if (InsightEngine.run(table, sibling, null, k).summary().suppressed()) {
                    hidden += facts.stream().filter(f -> matches(sibling, f)).count();
                }
            }
            assertThat(hidden == 0 || hidden >= k)
                    .as("%s: the wider filter minus the shown ones reveals %d companies", attribute, hidden)
                    .isTrue();
        });
    }

    private static void assertSafeResidual(
            List<Row> rows, List<Fact> facts, Predicate<Fact> population, Function<Fact, String> key, int k) {
        long residual = 0;
        for (Row row : rows) {
            if (row.suppressed()) {
                residual += facts.stream()
                        .filter(population)
                        .filter(f -> key.apply(f).equals(row.key()))
                        .count();
            }
        }
        assertThat(residual == 0 || residual >= k)
                .as("the total minus the shown rows reveals %d companies", residual)
                .isTrue();
    }

    static boolean matches(InsightFilter filter, Fact fact) {
        return matchesExceptPlace(filter, fact) && matchesPlace(filter, fact);
    }

    private static boolean matchesPlace(InsightFilter filter, Fact fact) {
        return (filter.country() == null
                        || filter.country().equals(fact.country().code()))
                && (filter.region() == null || filter.region().equals(fact.region()));
    }

    private static boolean matchesExceptPlace(InsightFilter filter, Fact fact) {
        return fact.model().equals(filter.model())
                && (filter.section() == null || filter.section().equals(fact.section()))
                && (filter.size() == null || filter.size() == fact.size())
                && filter.inPeriod(fact.quarter().index());
    }

    static FactTable table(List<Fact> facts) {
        var table = new FactTable(Map.of("dma", DIMENSIONS));
        facts.forEach(table::put);
        return table;
    }

    @Provide
    Arbitrary<List<Fact>> facts() {
        Arbitrary<String> country = Arbitraries.of(COUNTRIES);
        Arbitrary<Integer> region = Arbitraries.integers().between(0, 2);
        Arbitrary<String> section = Arbitraries.of(SECTIONS);
        Arbitrary<SizeClass> size = Arbitraries.of(SizeClass.class);
        Arbitrary<Integer> quarter = Arbitraries.integers().between(0, 3);
        Arbitrary<List<Double>> scores = Arbitraries.integers()
                .between(0, 10_000)
                .map(h -> h / 100.0)
                .list()
                .ofSize(3);
        Arbitrary<Fact> fact = Combinators.combine(country, region, section, size, quarter, scores)
                .as((c, r, s, z, q, v) -> new Fact(
                        0,
                        UUID.randomUUID(),
                        "dma",
                        new Quarter(2025, q + 1),
                        new CountryCode(c),
                        r == 0 ? null : c + "00" + r,
                        s,
                        z,
                        Map.of("overall", v.get(0), "data", v.get(1), "skills", v.get(2))));
        return fact.list().ofMaxSize(160).map(list -> {
            var numbered = new ArrayList<Fact>();
            for (int i = 0; i < list.size(); i++) {
                Fact f = list.get(i);
                numbered.add(new Fact(
                        i + 1,
                        f.company(),
                        f.model(),
                        f.quarter(),
                        f.country(),
                        f.region(),
                        f.section(),
                        f.size(),
                        f.scores()));
            }
            return numbered;
        });
    }

    @Provide
    Arbitrary<InsightFilter> filters() {
        Arbitrary<String> country = Arbitraries.of(COUNTRIES).injectNull(0.5);
        Arbitrary<String> section = Arbitraries.of(SECTIONS).injectNull(0.5);
        Arbitrary<SizeClass> size = Arbitraries.of(SizeClass.class).injectNull(0.5);
        Arbitrary<Integer> region = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> from = Arbitraries.integers().between(0, 4);
        return Combinators.combine(country, region, section, size, from)
                .as((c, r, s, z, f) -> new InsightFilter(
                        "dma",
                        c,
                        c != null && r > 0 ? c + "00" + r : null,
                        s,
                        z,
                        f < 4 ? new Quarter(2025, f + 1) : null,
                        f < 2 ? new Quarter(2025, 3) : null));
    }
}

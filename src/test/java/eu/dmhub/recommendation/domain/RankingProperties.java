package eu.dmhub.recommendation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.recommendation.domain.Ranking.Company;
import eu.dmhub.recommendation.domain.Ranking.Ranked;
import eu.dmhub.recommendation.domain.Ranking.Standing;
import eu.dmhub.shared.SizeClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** The ranking's rules, whatever the catalogue and the company. */
class RankingProperties {

    private static final List<String> DIMENSIONS = List.of("strategy", "readiness", "human", "data");
    private static final List<String> LEVELS = List.of("basic", "average", "moderately-advanced", "advanced");

    /** The dii indicators by dimension, in the model's order. */
    private static final Map<String, String> INDICATORS = indicators();

    private static Map<String, String> indicators() {
        var indicators = new LinkedHashMap<String, String>();
        List.of("internet-staff", "fast-broadband", "ict-specialists").forEach(i -> indicators.put(i, "connectivity"));
        List.of("erp", "crm", "social-media").forEach(i -> indicators.put(i, "software"));
        List.of("cloud", "analytics", "ai").forEach(i -> indicators.put(i, "cloud-ai"));
        List.of("ecommerce-1pct", "web-sales-b2c", "website").forEach(i -> indicators.put(i, "online"));
        return indicators;
    }

    /** Follow-ups known for some entries: a gain that depends on the entry, dimension and level only. */
    private static final Ranking.Evidence SOME_EVIDENCE =
            (entry, dimension, level) -> Math.floorMod((entry + dimension + level).hashCode(), 3) == 0 ? 6.0 : null;

    @Property
    void anEntryOutsideTheCompanysCountrySectorSizeLanguageOrLevelIsNeverShown(
            @ForAll("catalogues") List<CatalogueEntry> entries, @ForAll("companies") Company company) {
        for (Ranked r : Ranking.rank(entries, LEVELS, company)) {
            CatalogueEntry e = r.entry();
            assertThat(e.countries().isEmpty() || e.countries().contains(company.country()))
                    .isTrue();
            assertThat(e.sectors().isEmpty() || e.sectors().contains(company.section()))
                    .isTrue();
            assertThat(e.sizes().isEmpty() || e.sizes().contains(company.size()))
                    .isTrue();
            assertThat(e.title()).containsKey(company.language());
            int level = LEVELS.indexOf(company.dimensions().get(r.dimension()).level());
            assertThat(level).isBetween(LEVELS.indexOf(e.fromLevel()), LEVELS.indexOf(e.toLevel()));
            assertThat(e.dimensions()).contains(r.dimension());
        }
    }

    @Property
    void theTopEightHoldAtMostThreeOfOneDimensionAndTheSameInputGivesTheSameList(
            @ForAll("catalogues") List<CatalogueEntry> entries, @ForAll("companies") Company company) {
        List<Ranked> ranked = Ranking.rank(entries, LEVELS, company);
        var perDimension = new HashMap<String, Integer>();
        ranked.stream().limit(Ranking.TOP).forEach(r -> perDimension.merge(r.dimension(), 1, Integer::sum));
        assertThat(perDimension.values()).allMatch(n -> n <= Ranking.PER_DIMENSION);
        var shuffled = new ArrayList<>(entries);
        java.util.Collections.reverse(shuffled);
        assertThat(Ranking.rank(shuffled, LEVELS, company)).isEqualTo(ranked);
    }

    @Property
    void allElseEqualALargerGapNeverRanksLower(
            @ForAll("catalogues") List<CatalogueEntry> entries,
            @ForAll("companies") Company company,
            @ForAll @DoubleRange(min = 0.5, max = 40) double wider) {
        List<Ranked> before = Ranking.rank(entries, LEVELS, company, SOME_EVIDENCE);
        if (before.isEmpty()) {
            return;
        }
        Ranked chosen = before.get(before.size() / 2);
        var dimensions = new LinkedHashMap<>(company.dimensions());
        Standing s = dimensions.get(chosen.dimension());
        dimensions.put(
                chosen.dimension(),
                new Standing(
                        s.score(),
                        s.level(),
                        s.nextLevelAt() + wider,
                        s.peerMedian(),
                        s.peerLowerQuartile(),
                        s.weight()));
        var widened = new Company(company.country(), company.section(), company.size(), company.language(), dimensions);
        List<Ranked> after = Ranking.rank(entries, LEVELS, widened, SOME_EVIDENCE);
        assertThat(position(after, chosen.entry())).isLessThanOrEqualTo(position(before, chosen.entry()));
    }

    @Property
    void forADiiResultEveryEntryShownFitsTheCompanyAndServesTheFirstIndicatorItNamesThatIsMissing(
            @ForAll("catalogues") List<CatalogueEntry> entries,
            @ForAll("companies") Company company,
            @ForAll("indicatorStandings") Ranking.Indicators standing) {
        for (Ranked r : Ranking.rankByIndicators(entries, company, standing)) {
            CatalogueEntry e = r.entry();
            assertThat(Ranking.fits(e, company)).isTrue();
            assertThat(standing.missing()).containsKey(r.indicator());
            assertThat(e.indicators().stream()
                            .filter(standing.missing()::containsKey)
                            .findFirst())
                    .contains(r.indicator());
            assertThat(r.dimension()).isEqualTo(INDICATORS.get(r.indicator()));
            assertThat(r.reasons()).first().isEqualTo(Ranking.Reason.MISSING_INDICATOR);
            assertThat(r.reasons().contains(Ranking.Reason.INDICATORS_TO_NEXT_LEVEL))
                    .isEqualTo(standing.toNextLevel() > 0);
        }
    }

    @Property
    void forADiiResultTheTopEightHoldAtMostThreeOfOneDimensionAndTheSameInputGivesTheSameList(
            @ForAll("catalogues") List<CatalogueEntry> entries,
            @ForAll("companies") Company company,
            @ForAll("indicatorStandings") Ranking.Indicators standing) {
        List<Ranked> ranked = Ranking.rankByIndicators(entries, company, standing);
        var perDimension = new HashMap<String, Integer>();
        ranked.stream().limit(Ranking.TOP).forEach(r -> perDimension.merge(r.dimension(), 1, Integer::sum));
        assertThat(perDimension.values()).allMatch(n -> n <= Ranking.PER_DIMENSION);
        var reversed = new ArrayList<>(entries);
        java.util.Collections.reverse(reversed);
        assertThat(Ranking.rankByIndicators(reversed, company, standing)).isEqualTo(ranked);
    }

    @Property
    void forADiiResultAnEntryNamingMoreMissingIndicatorsForNoMoreEffortComesFirstInItsDimension(
            @ForAll("catalogues") List<CatalogueEntry> entries,
            @ForAll("companies") Company company,
            @ForAll("indicatorStandings") Ranking.Indicators standing) {
        List<Ranked> ranked = Ranking.rankByIndicators(entries, company, standing);
        for (int i = 0; i < ranked.size(); i++) {
            for (int j = i + 1; j < ranked.size(); j++) {
                Ranked earlier = ranked.get(i);
                Ranked later = ranked.get(j);
                if (earlier.dimension().equals(later.dimension())
                        && later.entry().effortDays() <= earlier.entry().effortDays()) {
                    assertThat(missing(later, standing)).isLessThanOrEqualTo(missing(earlier, standing));
                }
            }
        }
    }

    @Property
    void aCompanyThatMeetsEveryIndicatorIsRecommendedNothingForItsDiiResult(
            @ForAll("catalogues") List<CatalogueEntry> entries, @ForAll("companies") Company company) {
        assertThat(Ranking.rankByIndicators(entries, company, new Ranking.Indicators(Map.of(), 0)))
                .isEmpty();
    }

    private static long missing(Ranked ranked, Ranking.Indicators standing) {
        return ranked.entry().indicators().stream()
                .filter(standing.missing()::containsKey)
                .count();
    }

    private static int position(List<Ranked> ranked, CatalogueEntry entry) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).entry().id().equals(entry.id())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Provide
    Arbitrary<List<CatalogueEntry>> catalogues() {
        Arbitrary<List<String>> dimensions =
                Arbitraries.of(DIMENSIONS).set().ofMinSize(1).ofMaxSize(2).map(List::copyOf);
        Arbitrary<int[]> range = Arbitraries.integers()
                .between(0, 3)
                .list()
                .ofSize(2)
                .map(l -> new int[] {Math.min(l.get(0), l.get(1)), Math.max(l.get(0), l.get(1))});
        Arbitrary<Set<String>> countries = Arbitraries.of(Set.<String>of(), Set.of("EE"), Set.of("LV", "LT"));
        Arbitrary<Set<String>> sectors = Arbitraries.of(Set.<String>of(), Set.of("C"), Set.of("G", "J"));
        Arbitrary<Set<SizeClass>> sizes =
                Arbitraries.of(Set.<SizeClass>of(), Set.of(SizeClass.MICRO), Set.of(SizeClass.SMALL, SizeClass.MEDIUM));
        Arbitrary<Boolean> estonian = Arbitraries.of(true, true, false);
        Arbitrary<Integer> effort = Arbitraries.integers().between(1, 30);
        Arbitrary<List<String>> indicators = Arbitraries.of(List.copyOf(INDICATORS.keySet()))
                .list()
                .uniqueElements()
                .ofMaxSize(3);
        Arbitrary<CatalogueEntry> entry = Combinators.combine(
                        dimensions, range, countries, sectors, sizes, estonian, effort, indicators)
                .as((d, r, c, s, z, et, days, tagged) -> new CatalogueEntry(
                        "x",
                        CatalogueEntry.Type.TRAINING,
                        et ? Map.of("en", "T", "et", "T") : Map.of("en", "T"),
                        Map.of("en", "D"),
                        d,
                        LEVELS.get(r[0]),
                        LEVELS.get(r[1]),
                        tagged,
                        s,
                        c,
                        z,
                        days,
                        CatalogueEntry.Cost.FREE,
                        Map.of("en", "P"),
                        List.of(),
                        null,
                        null,
                        null,
                        false));
        return entry.list().ofMaxSize(30).map(list -> {
            var numbered = new ArrayList<CatalogueEntry>();
            for (int i = 0; i < list.size(); i++) {
                CatalogueEntry e = list.get(i);
                numbered.add(new CatalogueEntry(
                        "entry-" + i,
                        e.type(),
                        e.title(),
                        e.description(),
                        e.dimensions(),
                        e.fromLevel(),
                        e.toLevel(),
                        e.indicators(),
                        e.sectors(),
                        e.countries(),
                        e.sizes(),
                        e.effortDays(),
                        e.cost(),
                        e.provider(),
                        e.languages(),
                        e.link(),
                        e.source(),
                        e.checked(),
                        e.example()));
            }
            return numbered;
        });
    }

    /** Some indicators missing (in the model's order), and how many more reach the next level. */
    @Provide
    Arbitrary<Ranking.Indicators> indicatorStandings() {
        return Combinators.combine(
                        Arbitraries.of(List.copyOf(INDICATORS.keySet())).set(),
                        Arbitraries.integers().between(0, 4))
                .as((missing, toNext) -> {
                    var ordered = new LinkedHashMap<String, String>();
                    INDICATORS.forEach((id, dimension) -> {
                        if (missing.contains(id)) {
                            ordered.put(id, dimension);
                        }
                    });
                    return new Ranking.Indicators(ordered, toNext);
                });
    }

    @Provide
    Arbitrary<Company> companies() {
        Arbitrary<Standing> standing = Combinators.combine(
                        Arbitraries.integers().between(0, 100),
                        Arbitraries.integers().between(0, 30),
                        Arbitraries.integers().between(0, 100).injectNull(0.3),
                        Arbitraries.integers().between(1, 3))
                .as((score, toNext, median, weight) -> new Standing(
                        score,
                        LEVELS.get(Math.min(3, score / 25)),
                        score + toNext,
                        median == null ? null : median.doubleValue(),
                        median == null ? null : median * 0.6,
                        weight));
        return Combinators.combine(
                        Arbitraries.of("EE", "LV", "FI"),
                        Arbitraries.of("C", "G", "J"),
                        Arbitraries.of(SizeClass.class),
                        Arbitraries.of("en", "et"),
                        standing.list().ofSize(DIMENSIONS.size()))
                .as((country, section, size, language, standings) -> {
                    var dimensions = new LinkedHashMap<String, Standing>();
                    for (int i = 0; i < DIMENSIONS.size(); i++) {
                        dimensions.put(DIMENSIONS.get(i), standings.get(i));
                    }
                    return new Company(country, section, size, language, dimensions);
                });
    }
}

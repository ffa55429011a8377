package eu.dmhub.insights.domain;

import eu.dmhub.insights.domain.InsightReport.Intervention;
import eu.dmhub.insights.domain.InsightReport.Row;
import eu.dmhub.insights.domain.InsightReport.Stats;
import eu.dmhub.insights.domain.InsightReport.Summary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Computes a report in one pass over the fact table.
 *
 * <p>Populations: S, the companies matching every filter; T, those matching every filter except
 * country and region (the whole region, for the heat map and as the reference of intervention
 * areas). Anonymity: S is shown only if it holds at least k companies and, for each attribute the
 * filter fixes, the value survives {@link Suppression} among its siblings (the same filter with
 * another value of that attribute), so that no filter combination can be subtracted from a wider
 * one to reveal fewer than k companies. Heat-map countries are suppressed as parts of T, trend
 * quarters and intervention groups as parts of S. An intervention area is a group of S whose
 * weakest dimension lies materially below T ({@link MaterialGap}).
 */
public final class InsightEngine {

    /** How many intervention areas a report lists, largest gap first. */
    public static final int INTERVENTIONS = 15;

    private static final int COUNTRY = 1;
    private static final int REGION = 2;
    private static final int SECTION = 4;
    private static final int SIZE = 8;
    private static final int PERIOD = 16;
    private static final int SECTIONS = 26;
    private static final int HUNDREDTHS = FactTable.MISSING;

    private InsightEngine() {}

    /** Companies, and per column the sum (in hundredths) and count of the scores held. */
    static final class Tally {
        long companies;
        final long[] sum;
        final long[] sumOfSquares;
        final long[] held;

        Tally(int columns) {
            sum = new long[columns];
            sumOfSquares = new long[columns];
            held = new long[columns];
        }

        void add(char[] scores, int base, int columns) {
            companies++;
            for (int d = 0; d < columns; d++) {
                char score = scores[base + d];
                if (score != FactTable.MISSING) {
                    sum[d] += score;
                    sumOfSquares[d] += (long) score * score;
                    held[d]++;
                }
            }
        }

        MaterialGap.Sample sample(int column) {
            return new MaterialGap.Sample(held[column], sum[column], sumOfSquares[column]);
        }

        Double mean(int column) {
            return held[column] == 0 ? null : InsightEngine.mean(sum[column], held[column]);
        }
    }

    /**
     * The report for {@code filter} over the companies in {@code allowed} ({@code null}: every
     * company), never showing a figure over fewer than {@code k} companies.
     */
    public static InsightReport run(FactTable table, InsightFilter filter, Set<UUID> allowed, int k) {
        List<String> dimensions = new ArrayList<>();
        dimensions.add(Fact.OVERALL);
        dimensions.addAll(table.dimensions(filter.model()));
        int columns = dimensions.size();
        int model = table.modelCode(filter.model());
        int country = filter.country() == null ? -1 : table.countryCode(filter.country());
        int region = filter.region() == null ? -1 : table.regionCode(filter.region());
        int section = filter.section() == null ? -1 : filter.section().charAt(0) - 'A';
        int size = filter.size() == null ? -1 : filter.size().ordinal();
        boolean impossible =
                model < 0 || filter.country() != null && country < 0 || filter.region() != null && region < 0;

        int countries = table.countryNames.size();
        int regions = table.regionNames.size();
        var summary = new Tally(columns);
        int[][] histogram = new int[columns][HUNDREDTHS];
        Tally[] heat = tallies(countries, columns);
        Tally[] byCountry = tallies(countries, columns);
        Tally[] byRegion = tallies(regions, columns);
        Tally[] bySection = tallies(SECTIONS, columns);
        var byQuarter = new TreeMap<Integer, Tally>();
        long[] countrySiblings = new long[countries];
        long[] regionSiblings = new long[regions];
        long[] sectionSiblings = new long[SECTIONS];
        long[] sizeSiblings = new long[4];

        int slots = impossible ? 0 : table.capacity;
        for (int slot = 0; slot < slots; slot++) {
            if (table.model[slot] != model) {
                continue;
            }
            if (allowed != null && !allowed.contains(table.company(slot))) {
                continue;
            }
            int rowCountry = table.country[slot] & 0xFF;
            int rowRegion = table.region[slot];
            int rowSection = table.section[slot];
            int rowSize = table.size[slot];
            int mismatch = (country >= 0 && rowCountry != country ? COUNTRY : 0)
                    | (region >= 0 && rowRegion != region ? REGION : 0)
                    | (section >= 0 && rowSection != section ? SECTION : 0)
                    | (size >= 0 && rowSize != size ? SIZE : 0)
                    | (filter.inPeriod(table.quarter[slot]) ? 0 : PERIOD);
            int base = slot * table.stride;
            if ((mismatch & ~(COUNTRY | REGION)) == 0) {
                heat[rowCountry].add(table.scores, base, columns);
            }
            if (mismatch == 0) {
                summary.add(table.scores, base, columns);
                for (int d = 0; d < columns; d++) {
                    char score = table.scores[base + d];
                    if (score != FactTable.MISSING) {
                        histogram[d][score]++;
                    }
                }
                byCountry[rowCountry].add(table.scores, base, columns);
                byRegion[rowRegion].add(table.scores, base, columns);
                bySection[rowSection].add(table.scores, base, columns);
                byQuarter
                        .computeIfAbsent(table.quarter[slot], q -> new Tally(columns))
                        .add(table.scores, base, columns);
            }
            if (mismatch == 0 || mismatch == COUNTRY) {
                countrySiblings[rowCountry]++;
            }
            if (mismatch == 0 || mismatch == REGION) {
                regionSiblings[rowRegion]++;
            }
            if (mismatch == 0 || mismatch == SECTION) {
                sectionSiblings[rowSection]++;
            }
            if (mismatch == 0 || mismatch == SIZE) {
                sizeSiblings[rowSize]++;
            }
        }

        boolean hidden = summary.companies < k
                || country >= 0 && Suppression.of(countrySiblings, k).hidden(country)
                || region >= 0 && Suppression.of(regionSiblings, k).hidden(region)
                || section >= 0 && Suppression.of(sectionSiblings, k).hidden(section)
                || size >= 0 && Suppression.of(sizeSiblings, k).hidden(size);

        var stats = new ArrayList<Stats>();
        for (int d = 0; d < columns; d++) {
            stats.add(
                    hidden || summary.held[d] < k
                            ? new Stats(dimensions.get(d), null, null, null, null, null)
                            : stats(dimensions.get(d), summary, d, histogram[d]));
        }
        var shownSummary = new Summary(hidden, hidden ? null : summary.companies, List.copyOf(stats));

        Tally heatTotal = new Tally(columns);
        for (Tally t : heat) {
            heatTotal.companies += t.companies;
            for (int d = 0; d < columns; d++) {
                heatTotal.sum[d] += t.sum[d];
                heatTotal.sumOfSquares[d] += t.sumOfSquares[d];
                heatTotal.held[d] += t.held[d];
            }
        }
        List<Row> heatRows = rows(heat, k, i -> table.countryNames.get(i));
        heatRows.sort(Comparator.comparing(Row::key));
        Row heatTotalRow = row(null, heatTotal, heatTotal.companies < k);

        List<Row> trends = new ArrayList<>();
        if (!hidden) {
            Tally[] quarters = byQuarter.values().toArray(Tally[]::new);
            Integer[] keys = byQuarter.keySet().toArray(Integer[]::new);
            trends = rows(quarters, k, i -> Quarter.ofIndex(keys[i]).toString());
        }

        List<Intervention> interventions = new ArrayList<>();
        if (!hidden && !heatTotalRow.suppressed()) {
            double[] scales = dimensions.stream()
                    .mapToDouble(d -> table.scale(filter.model(), d))
                    .toArray();
            var reference = new Reference(heatTotal, dimensions, scales, k);
            interventions.addAll(interventions("COUNTRY", byCountry, i -> table.countryNames.get(i), reference));
            interventions.addAll(interventions("REGION", byRegion, i -> table.regionNames.get(i), reference));
            interventions.addAll(interventions("SECTOR", bySection, i -> String.valueOf((char) ('A' + i)), reference));
            interventions.sort(Comparator.comparingDouble(Intervention::gap)
                    .thenComparing(
                            Comparator.comparingLong(Intervention::companies).reversed())
                    .thenComparing(Intervention::scope)
                    .thenComparing(Intervention::group));
        }
        return new InsightReport(
                filter,
                allowed == null ? InsightReport.Population.ALL_COMPANIES : InsightReport.Population.CLIENTS,
                k,
                List.copyOf(dimensions),
                shownSummary,
                List.copyOf(heatRows),
                heatTotalRow,
                List.copyOf(trends),
                List.copyOf(interventions.subList(0, Math.min(INTERVENTIONS, interventions.size()))));
    }

    private static Tally[] tallies(int n, int columns) {
        Tally[] tallies = new Tally[n];
        for (int i = 0; i < n; i++) {
            tallies[i] = new Tally(columns);
        }
        return tallies;
    }

    /** The non-empty parts as rows, suppressed as parts of their total. */
    private static List<Row> rows(Tally[] parts, int k, IntFunction<String> key) {
        long[] companies = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            companies[i] = parts[i].companies;
        }
        Suppression.Outcome outcome = Suppression.of(companies, k);
        var rows = new ArrayList<Row>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].companies > 0) {
                rows.add(row(key.apply(i), parts[i], outcome.hidden(i)));
            }
        }
        return rows;
    }

    private static Row row(String key, Tally tally, boolean hidden) {
        if (hidden) {
            return new Row(key, true, null, Collections.nCopies(tally.sum.length, null));
        }
        var means = new ArrayList<Double>();
        for (int d = 0; d < tally.sum.length; d++) {
            means.add(tally.mean(d));
        }
        return new Row(key, false, tally.companies, Collections.unmodifiableList(means));
    }

    /** What intervention groups are measured against: the whole region, its dimensions and their scales. */
    private record Reference(Tally tally, List<String> dimensions, double[] scales, int k) {}

    /** Per shown group, its weakest dimension among those with a material gap (if any). */
    private static List<Intervention> interventions(
            String scope, Tally[] groups, IntFunction<String> key, Reference reference) {
        long[] companies = new long[groups.length];
        for (int i = 0; i < groups.length; i++) {
            companies[i] = groups[i].companies;
        }
        Suppression.Outcome outcome = Suppression.of(companies, reference.k());
        var found = new ArrayList<Intervention>();
        for (int i = 0; i < groups.length; i++) {
            String group = key.apply(i);
            if (group == null || companies[i] == 0 || outcome.hidden(i)) {
                continue;
            }
            Intervention weakest = null;
            for (int d = 1; d < groups[i].sum.length; d++) {
                Intervention area = area(scope, group, groups[i], d, reference);
                if (area != null && (weakest == null || area.gap() < weakest.gap())) {
                    weakest = area;
                }
            }
            if (weakest != null) {
                found.add(weakest);
            }
        }
        return found;
    }

    /** The group's gap in one dimension as an intervention area, or {@code null} when it is not material. */
    private static Intervention area(String scope, String group, Tally tally, int d, Reference reference) {
        Double mean = tally.mean(d);
        Double regionMean = reference.tally().mean(d);
        if (mean == null || regionMean == null || tally.held[d] < reference.k()) {
            return null;
        }
        double gap = BigDecimal.valueOf(mean)
                .subtract(BigDecimal.valueOf(regionMean))
                .doubleValue();
        var verdict = MaterialGap.of(
                gap, tally.sample(d), reference.tally().sample(d), reference.scales()[d]);
        if (!verdict.material()) {
            return null;
        }
        return new Intervention(
                scope,
                group,
                reference.dimensions().get(d),
                tally.companies,
                mean,
                regionMean,
                gap,
                BigDecimal.valueOf(verdict.margin())
                        .setScale(2, RoundingMode.HALF_UP)
                        .doubleValue());
    }

    private static Stats stats(String dimension, Tally tally, int column, int[] histogram) {
        long n = tally.held[column];
        return new Stats(
                dimension,
                n,
                mean(tally.sum[column], n),
                quantile(histogram, n, 0.25),
                quantile(histogram, n, 0.5),
                quantile(histogram, n, 0.75));
    }

    /** Nearest rank: the smallest score with at least {@code q} of the companies at or below it. */
    static double quantile(int[] histogram, long n, double q) {
        long rank = Math.max(1, (long) Math.ceil(q * n));
        long running = 0;
        for (int score = 0; score < histogram.length; score++) {
            running += histogram[score];
            if (running >= rank) {
                return score / 100.0;
            }
        }
        throw new IllegalStateException("Rank beyond the histogram");
    }

    /** The exact mean of scores summing to {@code hundredths}, rounded half up to two decimals. */
    static double mean(long hundredths, long n) {
        return BigDecimal.valueOf(hundredths)
                .divide(BigDecimal.valueOf(n * 100), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }
}

package eu.dmhub.insights.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every fact in memory as columns of primitive arrays, one slot per fact id, so that a query scans
 * a million companies in milliseconds without touching the database. Scores are kept in hundredths
 * (they have two decimals), so sums are exact. Not thread-safe: {@code FactCache} guards it.
 */
public final class FactTable {

    static final char MISSING = Character.MAX_VALUE;

    private final Map<String, List<String>> dimensionsByModel;
    private final Map<String, Map<String, Double>> scalesByModel;
    private final Map<String, Integer> models = new HashMap<>();
    private final List<String> modelNames = new ArrayList<>();
    private final Map<String, Integer> countries = new HashMap<>();
    final List<String> countryNames = new ArrayList<>();
    private final Map<String, Integer> regions = new HashMap<>();
    final List<String> regionNames = new ArrayList<>();
    final int stride;

    int capacity;
    byte[] model = new byte[0];
    long[] companyHigh = new long[0];
    long[] companyLow = new long[0];
    byte[] country = new byte[0];
    short[] region = new short[0];
    byte[] section = new byte[0];
    byte[] size = new byte[0];
    int[] quarter = new int[0];
    char[] scores = new char[0];
    private long facts;

    /** A table whose every score is on a 0–100 scale. */
    public FactTable(Map<String, List<String>> dimensionsByModel) {
        this(dimensionsByModel, Map.of());
    }

    /**
     * @param dimensionsByModel each model's dimensions in display order (without {@code overall})
     * @param scalesByModel each model's highest possible score per dimension and {@code overall}
     *     (100 where none is given)
     */
    public FactTable(Map<String, List<String>> dimensionsByModel, Map<String, Map<String, Double>> scalesByModel) {
        this.dimensionsByModel = Map.copyOf(dimensionsByModel);
        this.scalesByModel = Map.copyOf(scalesByModel);
        this.stride = 1
                + dimensionsByModel.values().stream().mapToInt(List::size).max().orElse(0);
        regionNames.add(null);
        regions.put(null, 0);
    }

    public List<String> dimensions(String model) {
        return dimensionsByModel.getOrDefault(model, List.of());
    }

    /** The highest possible score of a model's dimension (or {@code overall}). */
    public double scale(String model, String dimension) {
        return scalesByModel.getOrDefault(model, Map.of()).getOrDefault(dimension, 100.0);
    }

    /** Whether some company of the table gives this NUTS region in its profile, whatever its model. */
    public boolean holdsRegion(String code) {
        return code != null && regions.containsKey(code);
    }

    /** Whether the table can hold facts of this model (otherwise it must be rebuilt). */
    public boolean knows(String model) {
        return dimensionsByModel.containsKey(model);
    }

    public long facts() {
        return facts;
    }

    /** Adds or replaces the fact with this id. */
    public void put(Fact fact) {
        if (!knows(fact.model())) {
            throw new IllegalArgumentException("Unknown model " + fact.model());
        }
        int slot = Math.toIntExact(fact.id());
        ensure(slot + 1);
        if (model[slot] == 0) {
            facts++;
        }
        model[slot] = (byte) (index(models, modelNames, fact.model()) + 1);
        companyHigh[slot] = fact.company().getMostSignificantBits();
        companyLow[slot] = fact.company().getLeastSignificantBits();
        country[slot] = (byte) index(countries, countryNames, fact.country().code());
        region[slot] = (short) index(regions, regionNames, fact.region());
        section[slot] = (byte) (fact.section().charAt(0) - 'A');
        size[slot] = (byte) fact.size().ordinal();
        quarter[slot] = fact.quarter().index();
        List<String> dimensions = dimensions(fact.model());
        int base = slot * stride;
        Arrays.fill(scores, base, base + stride, MISSING);
        scores[base] = hundredths(fact.scores().get(Fact.OVERALL));
        for (int d = 0; d < dimensions.size(); d++) {
            scores[base + 1 + d] = hundredths(fact.scores().get(dimensions.get(d)));
        }
    }

    /** The model's code in the {@code model} column; 0 when no fact of it is held. */
    int modelCode(String name) {
        Integer index = models.get(name);
        return index == null ? -1 : index + 1;
    }

    int countryCode(String code) {
        return countries.getOrDefault(code, -1);
    }

    int regionCode(String code) {
        return regions.getOrDefault(code, -1);
    }

    UUID company(int slot) {
        return new UUID(companyHigh[slot], companyLow[slot]);
    }

    private static char hundredths(Double score) {
        if (score == null || score.isNaN()) {
            return MISSING;
        }
        long value = Math.round(score * 100);
        if (value < 0 || value >= MISSING) {
            throw new IllegalArgumentException("Score out of range: " + score);
        }
        return (char) value;
    }

    private static int index(Map<String, Integer> codes, List<String> names, String name) {
        return codes.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    private void ensure(int slots) {
        if (slots <= capacity) {
            return;
        }
        int grown = Math.max(slots, Math.max(1024, capacity + (capacity >> 1)));
        model = Arrays.copyOf(model, grown);
        companyHigh = Arrays.copyOf(companyHigh, grown);
        companyLow = Arrays.copyOf(companyLow, grown);
        country = Arrays.copyOf(country, grown);
        region = Arrays.copyOf(region, grown);
        section = Arrays.copyOf(section, grown);
        size = Arrays.copyOf(size, grown);
        quarter = Arrays.copyOf(quarter, grown);
        scores = Arrays.copyOf(scores, grown * stride);
        capacity = grown;
    }
}

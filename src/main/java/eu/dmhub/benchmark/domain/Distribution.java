package eu.dmhub.benchmark.domain;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How many companies of a peer group hold each score of one dimension: a sparse histogram over the
 * score range. Percentile, median and quartiles come from the counts alone, so a lookup costs the
 * same however many assessments lie behind it.
 */
public final class Distribution {

    private final NavigableMap<Double, Long> companiesByScore;
    private final long total;

    public Distribution(Map<Double, Long> companiesByScore) {
        this.companiesByScore = new TreeMap<>();
        companiesByScore.forEach((score, count) -> {
            if (count > 0) {
                this.companiesByScore.put(score, count);
            }
        });
        this.total = this.companiesByScore.values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    public long companies() {
        return total;
    }

    /** Companies in the group with a lower score. */
    public long below(double score) {
        return companiesByScore.headMap(score, false).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Companies in the group with a higher score. */
    public long above(double score) {
        return companiesByScore.tailMap(score, false).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** The percentile rank of a score: the share of the group below it, counting ties as half, 0–100. */
    public double percentile(double score) {
        if (total == 0) {
            return 0;
        }
        long equal = companiesByScore.getOrDefault(score, 0L);
        return (below(score) + equal / 2.0) / total * 100;
    }

    /**
     * The score at quantile {@code q} (0–1), by the nearest-rank method: the smallest score such that
     * at least {@code q} of the group scores at or below it.
     */
    public double quantile(double q) {
        if (total == 0) {
            throw new IllegalStateException("An empty group has no quantiles");
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (var entry : companiesByScore.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return companiesByScore.lastKey();
    }

    public double median() {
        return quantile(0.5);
    }

    public double lowerQuartile() {
        return quantile(0.25);
    }

    public double upperQuartile() {
        return quantile(0.75);
    }
}

package eu.dmhub.benchmark.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many companies of a peer group hold each score of one dimension: a sparse histogram over the
 * score range, kept as sorted scores with cumulative counts. Percentile, median and quartiles are
 * binary searches, so a lookup costs the same however many assessments lie behind it.
 */
public final class Distribution {

    private final double[] scores;
    private final long[] cumulative;
    private final long total;

    public Distribution(Map<Double, Long> companiesByScore) {
        var sorted = new TreeMap<Double, Long>();
        companiesByScore.forEach((score, count) -> {
            if (count > 0) {
                sorted.put(score, count);
            }
        });
        scores = new double[sorted.size()];
        cumulative = new long[sorted.size()];
        long running = 0;
        int i = 0;
        for (var entry : sorted.entrySet()) {
            running += entry.getValue();
            scores[i] = entry.getKey();
            cumulative[i++] = running;
        }
        total = running;
    }

    public long companies() {
        return total;
    }

    /** Companies in the group with a lower score. */
    public long below(double score) {
        int first = firstAtOrAbove(score);
        return first == 0 ? 0 : cumulative[first - 1];
    }

    /** Companies in the group with a higher score. */
    public long above(double score) {
        int firstAbove = firstAbove(score);
        return firstAbove == 0 ? total : total - cumulative[firstAbove - 1];
    }

    /** The percentile rank of a score: the share of the group below it, counting ties as half, 0–100. */
    public double percentile(double score) {
        if (total == 0) {
            return 0;
        }
        long below = below(score);
        long equal = total - below - above(score);
        return (below + equal / 2.0) / total * 100;
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
        int at = Arrays.binarySearch(cumulative, rank);
        return scores[at >= 0 ? at : -at - 1];
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

    private int firstAtOrAbove(double score) {
        int low = 0;
        int high = scores.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (scores[mid] < score) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int firstAbove(double score) {
        int low = 0;
        int high = scores.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (scores[mid] <= score) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

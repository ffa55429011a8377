package eu.dmhub.benchmark.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class DistributionProperties {

    @Property(tries = 300)
    void percentileAndQuartilesEqualABruteForceOverTheScores(
            @ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = 0, max = 100) Double> raw,
            @ForAll @DoubleRange(min = 0, max = 100) double probe) {
        List<Double> scores =
                raw.stream().map(DistributionProperties::twoDecimals).toList();
        double score = twoDecimals(probe);
        var counts = new HashMap<Double, Long>();
        scores.forEach(s -> counts.merge(s, 1L, Long::sum));
        var distribution = new Distribution(counts);

        long below = scores.stream().filter(s -> s < score).count();
        long equal = scores.stream().filter(s -> s == score).count();
        long above = scores.stream().filter(s -> s > score).count();
        assertThat(distribution.companies()).isEqualTo(scores.size());
        assertThat(distribution.below(score)).isEqualTo(below);
        assertThat(distribution.above(score)).isEqualTo(above);
        assertThat(distribution.percentile(score))
                .isCloseTo((below + equal / 2.0) / scores.size() * 100, org.assertj.core.data.Offset.offset(1e-9));

        var sorted = new ArrayList<>(scores);
        sorted.sort(Double::compare);
        for (double q : new double[] {0.25, 0.5, 0.75}) {
            int rank = (int) Math.max(1, Math.ceil(q * sorted.size()));
            assertThat(distribution.quantile(q)).isEqualTo(sorted.get(rank - 1));
        }
    }

    private static double twoDecimals(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

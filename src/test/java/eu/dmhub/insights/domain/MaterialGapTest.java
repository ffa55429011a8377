package eu.dmhub.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MaterialGapTest {

    @Test
    void aGapOfAFifthOfAPointIsNoInterventionAreaHoweverSureItIs() {
        var verdict = MaterialGap.of(-0.2, sample(repeat(40.0, 5000)), sample(repeat(40.2, 50_000)), 100);
        assertThat(verdict.material()).isFalse();
    }

    @Test
    void aGapOfFivePointsWithAConfidenceIntervalBelowZeroIsMaterial() {
        var group = sample(spread(35, 10, 200));
        var region = sample(spread(41, 10, 2000));
        var verdict = MaterialGap.of(-6, group, region, 100);
        assertThat(verdict.margin()).isPositive().isLessThan(6);
        assertThat(verdict.material()).isTrue();
    }

    @Test
    void aLargeGapThatSamplingAloneCouldExplainIsNotMaterial() {
        var group = sample(List.of(0.0, 100.0, 0.0, 100.0, 0.0, 100.0, 0.0, 100.0, 0.0, 60.0));
        var region = sample(spread(50, 30, 300));
        var verdict = MaterialGap.of(-10, group, region, 100);
        assertThat(verdict.margin()).isGreaterThan(10);
        assertThat(verdict.material()).isFalse();
    }

    @Test
    void theSmallestGapThatCountsFollowsTheDimensionsScale() {
        var group = sample(spread(1.0, 0.5, 400));
        var region = sample(spread(1.3, 0.5, 4000));
        assertThat(MaterialGap.of(-0.2, group, region, 3).material())
                .as("0.2 of 3 is more than 5%")
                .isTrue();
        assertThat(MaterialGap.of(-0.2, group, region, 100).material())
                .as("0.2 of 100 is less than 5%")
                .isFalse();
    }

    private static List<Double> repeat(double value, int n) {
        return IntStream.range(0, n).mapToObj(i -> value).toList();
    }

    /** n scores evenly around {@code mean}, within ± {@code width}. */
    private static List<Double> spread(double mean, double width, int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> Math.round((mean - width + 2 * width * i / (n - 1.0)) * 100) / 100.0)
                .toList();
    }

    private static MaterialGap.Sample sample(List<Double> scores) {
        long sum = 0;
        long squares = 0;
        for (double score : scores) {
            long hundredths = Math.round(score * 100);
            sum += hundredths;
            squares += hundredths * hundredths;
        }
        return new MaterialGap.Sample(scores.size(), sum, squares);
    }
}

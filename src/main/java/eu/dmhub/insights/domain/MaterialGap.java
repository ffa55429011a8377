package eu.dmhub.insights.domain;

/**
 * When a group's gap below its reference is material enough to call the dimension an intervention
 * area: the group's mean lies at least {@link #SHARE_OF_SCALE} of the dimension's scale below the
 * reference mean (5 points on a 0–100 score), and the 95% confidence interval of that gap (Welch:
 * the gap ± 1.96 standard errors of the two means) lies wholly below zero. A gap of 0.2 points, or
 * one that sampling alone could explain, is no intervention area.
 */
public final class MaterialGap {

    /** The smallest gap that counts, as a share of the dimension's highest possible score. */
    public static final double SHARE_OF_SCALE = 0.05;

    /** The normal quantile of a two-sided 95% confidence interval. */
    public static final double Z = 1.96;

    private MaterialGap() {}

    /** A verdict on one gap: whether it is material, with the margin of its confidence interval. */
    public record Verdict(boolean material, double gap, double margin) {}

    /**
     * @param gap the group's mean minus the reference's, as shown (rounded means)
     * @param group the group's scores
     * @param reference the reference population's scores
     * @param scale the dimension's highest possible score
     */
    public static Verdict of(double gap, Sample group, Sample reference, double scale) {
        double margin = Z * Math.sqrt(group.variance() / group.n() + reference.variance() / reference.n());
        boolean material = gap <= -SHARE_OF_SCALE * scale + 1e-9 && gap + margin < 0;
        return new Verdict(material, gap, margin);
    }

    /** The size and the sum and sum of squares (in hundredths) of a sample of scores. */
    public record Sample(long n, long sum, long sumOfSquares) {

        /** The sample variance (n − 1), in score points squared; 0 for fewer than two scores. */
        public double variance() {
            if (n < 2) {
                return 0;
            }
            double numerator = (double) n * sumOfSquares - (double) sum * sum;
            return Math.max(0, numerator) / ((double) n * (n - 1)) / 10_000;
        }
    }
}

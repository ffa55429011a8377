package eu.dmhub.recommendation.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What follow-ups say about an entry: among similar companies (same model, same starting level in
 * the dimension, each with its latest follow-up), the average change in the dimension of those that
 * completed the entry between their two assessments against those that did not. Said only when both
 * groups hold at least k companies, so no small group's result can be read from it.
 */
public final class FollowUpEvidence {

    private FollowUpEvidence() {}

    /** One company's follow-up: the change in the dimension and the entries it completed meanwhile. */
    public record FollowUp(double change, Set<String> completed) {}

    /** The two groups' sums; means and the difference follow from them. */
    public record Estimate(long completed, double completedChange, long others, double othersChange) {

        public double completedMean() {
            return completedChange / completed;
        }

        public double othersMean() {
            return othersChange / others;
        }

        /** Points more (or, when negative, fewer) that companies which completed the entry gained. */
        public double extraGain() {
            return completedMean() - othersMean();
        }

        /** Whether both groups hold at least {@code k} companies. */
        public boolean shown(int k) {
            return completed >= k && others >= k;
        }
    }

    /** Sums of all follow-ups and per completed entry: what the database adds up. */
    public record Totals(
            long followUps, double change, Map<String, Long> completed, Map<String, Double> completedChange) {

        /** The estimate for one entry, if both groups reach {@code k}. */
        public Optional<Estimate> estimate(String entry, int k) {
            long done = completed.getOrDefault(entry, 0L);
            double doneChange = completedChange.getOrDefault(entry, 0.0);
            var estimate = new Estimate(done, doneChange, followUps - done, change - doneChange);
            return estimate.shown(k) ? Optional.of(estimate) : Optional.empty();
        }
    }

    /** Adds up a group of similar companies' follow-ups. */
    public static Totals totals(Collection<FollowUp> followUps) {
        var completed = new HashMap<String, Long>();
        var completedChange = new HashMap<String, Double>();
        double change = 0;
        for (FollowUp f : followUps) {
            change += f.change();
            for (String entry : f.completed()) {
                completed.merge(entry, 1L, Long::sum);
                completedChange.merge(entry, f.change(), Double::sum);
            }
        }
        return new Totals(followUps.size(), change, completed, completedChange);
    }
}

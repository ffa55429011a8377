package eu.dmhub.recommendation.domain;

import eu.dmhub.shared.SizeClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the catalogue entries that fit a company by expected benefit, with the reasons in words
 * (as message keys and arguments). An entry fits when it allows the company's country, sector, size
 * and language, and the company's level in one of the entry's dimensions lies in the entry's
 * maturity range; it serves the first of its dimensions (in the order the catalogue lists them)
 * where that holds, so a change in another dimension never moves it. Benefit in a dimension = its weight × (points to the next level + points below
 * the peer median) ÷ (1 + effort days ÷ 10). The top {@link #TOP} hold at most
 * {@link #PER_DIMENSION} entries of one dimension (a list that cannot fill the top that way is
 * shorter); ties go to the smaller effort, then by entry id, so the same input always
 * gives the same list.
 */
public final class Ranking {

    public static final int TOP = 8;
    public static final int PER_DIMENSION = 3;

    private Ranking() {}

    /** Where the company stands in one dimension. {@code peerMedian} is {@code null} without a benchmark. */
    public record Standing(double score, String level, double nextLevelAt, Double peerMedian, double weight) {}

    /** The company a ranking is for. */
    public record Company(
            String country, String section, SizeClass size, String language, Map<String, Standing> dimensions) {}

    /** A reason in words: a message key and its arguments. */
    public record Reason(String key, List<Object> arguments) {}

    /** One recommendation: the entry, the dimension it serves, its benefit and why. */
    public record Ranked(CatalogueEntry entry, String dimension, double benefit, List<Reason> reasons) {}

    public static List<Ranked> rank(List<CatalogueEntry> entries, List<String> levels, Company company) {
        var candidates = new ArrayList<Ranked>();
        for (CatalogueEntry entry : entries) {
            if (!fits(entry, company)) {
                continue;
            }
            Ranked best = null;
            for (String dimension : entry.dimensions()) {
                Standing standing = company.dimensions().get(dimension);
                if (standing == null || !inRange(entry, standing.level(), levels)) {
                    continue;
                }
                double toNext = Math.max(0, standing.nextLevelAt() - standing.score());
                double belowPeers =
                        standing.peerMedian() == null ? 0 : Math.max(0, standing.peerMedian() - standing.score());
                double benefit = standing.weight() * (toNext + belowPeers) / (1 + entry.effortDays() / 10.0);
                best = new Ranked(entry, dimension, benefit, reasons(entry, dimension, standing));
                break;
            }
            if (best != null) {
                candidates.add(best);
            }
        }
        candidates.sort(Comparator.comparingDouble(Ranked::benefit)
                .reversed()
                .thenComparingInt(r -> r.entry().effortDays())
                .thenComparing(r -> r.entry().id()));
        return diverse(candidates);
    }

    /**
     * The first {@link #TOP} with at most {@link #PER_DIMENSION} per dimension, then the rest in
     * order; when too few dimensions fill the top, the list ends there rather than break the rule.
     */
    private static List<Ranked> diverse(List<Ranked> sorted) {
        var top = new ArrayList<Ranked>();
        var rest = new ArrayList<Ranked>();
        var perDimension = new HashMap<String, Integer>();
        for (Ranked r : sorted) {
            int taken = perDimension.getOrDefault(r.dimension(), 0);
            if (top.size() < TOP && taken < PER_DIMENSION) {
                top.add(r);
                perDimension.put(r.dimension(), taken + 1);
            } else {
                rest.add(r);
            }
        }
        if (top.size() == TOP) {
            top.addAll(rest);
        }
        return List.copyOf(top);
    }

    static boolean fits(CatalogueEntry entry, Company company) {
        return (entry.countries().isEmpty() || entry.countries().contains(company.country()))
                && (entry.sectors().isEmpty() || entry.sectors().contains(company.section()))
                && (entry.sizes().isEmpty() || entry.sizes().contains(company.size()))
                && entry.title().containsKey(company.language());
    }

    private static boolean inRange(CatalogueEntry entry, String level, List<String> levels) {
        int at = levels.indexOf(level);
        return at >= 0 && levels.indexOf(entry.fromLevel()) <= at && at <= levels.indexOf(entry.toLevel());
    }

    private static List<Reason> reasons(CatalogueEntry entry, String dimension, Standing standing) {
        var reasons = new ArrayList<Reason>();
        if (standing.peerMedian() != null && standing.score() < standing.peerMedian()) {
            reasons.add(new Reason(
                    "recommendation.reason.below-peers", List.of(dimension, standing.score(), standing.peerMedian())));
        }
        reasons.add(new Reason(
                "recommendation.reason.next-level",
                List.of(dimension, standing.score(), Math.max(0, standing.nextLevelAt() - standing.score()))));
        reasons.add(new Reason(
                "recommendation.reason.fits-level", List.of(standing.level(), entry.fromLevel(), entry.toLevel())));
        return List.copyOf(reasons);
    }
}

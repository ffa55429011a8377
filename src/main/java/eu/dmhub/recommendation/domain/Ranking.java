package eu.dmhub.recommendation.domain;

import eu.dmhub.shared.SizeClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the catalogue entries that fit a company by expected benefit, with the reasons in words
 * (as message keys and arguments). An entry fits when it allows the company's country, sector, size
 * and language (its texts are in the company's language and the offer is given in it or in
 * English), and the company's level in one of the entry's dimensions lies in the entry's
 * maturity range; it serves the first of its dimensions (in the order the catalogue lists them)
 * where that holds, so a change in another dimension never moves it. Benefit in a dimension = its
 * weight × (points to the next level + points below the peer median) × (1 + the extra points
 * similar companies gained by completing it, when known, ÷ {@link #EVIDENCE_POINTS}) ÷ (1 + effort
 * days ÷ 10). The top {@link #TOP} hold at most
 * {@link #PER_DIMENSION} entries of one dimension (a list that cannot fill the top that way is
 * shorter); ties go to the higher payoff (proven gain for effort), then by entry id, so the same input always
 * gives the same list.
 *
 * <p>A dii result has no levels per dimension, only indicators met or not, so it is ranked by
 * {@link #rankByIndicators}: an entry fits when it allows the company's country, sector, size and
 * language and names an indicator the company does not meet; it serves the first such indicator
 * (in the order the entry lists them), in that indicator's dimension. Benefit = the number of
 * missing indicators it names ÷ (1 + effort days ÷ 10); the same rule of at most
 * {@link #PER_DIMENSION} per dimension in the top {@link #TOP} and the same ties apply.
 */
public final class Ranking {

    public static final int TOP = 8;
    public static final int PER_DIMENSION = 3;

    /** Points of proven extra gain that double an entry's benefit. */
    public static final double EVIDENCE_POINTS = 10;

    private Ranking() {}

    /**
     * Where the company stands in one dimension. {@code peerMedian} and {@code peerLowerQuartile}
     * are {@code null} without a benchmark; {@code nextLevelAt} is the score that reaches the next
     * level (the score itself at the top level).
     */
    public record Standing(
            double score,
            String level,
            double nextLevelAt,
            Double peerMedian,
            Double peerLowerQuartile,
            double weight) {}

    /** The company a ranking is for. */
    public record Company(
            String country, String section, SizeClass size, String language, Map<String, Standing> dimensions) {}

    /** Why an entry is recommended; the words are the application's. */
    public enum Reason {
        /** The company scores in the lowest quarter of its peer group in the dimension. */
        LOWEST_QUARTER,
        /** The company scores below its peer group's median, but not in the lowest quarter. */
        BELOW_MEDIAN,
        /** Some points are missing to the next maturity level. */
        NEXT_LEVEL,
        /** The entry suits the company's level in the dimension. */
        FITS_LEVEL,
        /** Similar companies that completed the entry improved more than those that did not. */
        EVIDENCE,
        /** (dii) The company does not meet the indicator the entry serves. */
        MISSING_INDICATOR,
        /** (dii) The entry names more than one indicator the company does not meet. */
        MORE_INDICATORS,
        /** (dii) Some indicators are missing to the next level of the whole index. */
        INDICATORS_TO_NEXT_LEVEL
    }

    /**
     * Where a company stands on the dii indicators: each indicator it does not meet with the
     * dimension it belongs to, and how many more indicators reach the next level (0 at the top).
     */
    public record Indicators(Map<String, String> missing, int toNextLevel) {
        public Indicators {
            missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing));
        }
    }

    /**
     * What is known from follow-ups: the extra improvement, in points of the dimension, that
     * similar companies which completed an entry gained over those which did not, or {@code null}
     * when too few companies are behind it to say.
     */
    @FunctionalInterface
    public interface Evidence {
        Double extraGain(String entryId, String dimension, String level);

        Evidence NONE = (entry, dimension, level) -> null;
    }

    /**
     * One recommendation: the entry, the dimension it serves, its benefit and why. {@code payoff}
     * is the benefit per point of weighted gap (proven gain against effort); it breaks ties, so
     * that the entries of one dimension keep their order whatever the gap, even a gap of zero.
     */
    public record Ranked(
            CatalogueEntry entry,
            String dimension,
            double benefit,
            List<Reason> reasons,
            double payoff,
            String indicator) {

        /** A recommendation for a result ranked by dimension scores, which serves no single indicator. */
        public Ranked(CatalogueEntry entry, String dimension, double benefit, List<Reason> reasons, double payoff) {
            this(entry, dimension, benefit, reasons, payoff, null);
        }
    }

    public static List<Ranked> rank(List<CatalogueEntry> entries, List<String> levels, Company company) {
        return rank(entries, levels, company, Evidence.NONE);
    }

    public static List<Ranked> rank(
            List<CatalogueEntry> entries, List<String> levels, Company company, Evidence evidence) {
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
                Double gain = evidence.extraGain(entry.id(), dimension, standing.level());
                double proven = gain == null ? 0 : Math.max(0, gain);
                // evidence multiplies rather than adds, so that within a dimension the order does not
                // depend on the gap and a larger gap never moves an entry down
                double payoff = (1 + proven / EVIDENCE_POINTS) / (1 + entry.effortDays() / 10.0);
                double benefit = standing.weight() * (toNext + belowPeers) * payoff;
                best = new Ranked(entry, dimension, benefit, reasons(standing, proven > 0), payoff);
                break;
            }
            if (best != null) {
                candidates.add(best);
            }
        }
        return diverse(sorted(candidates));
    }

    /** The ranking for a dii result: by the indicators the company does not meet (see the class comment). */
    public static List<Ranked> rankByIndicators(List<CatalogueEntry> entries, Company company, Indicators standing) {
        var candidates = new ArrayList<Ranked>();
        for (CatalogueEntry entry : entries) {
            List<String> missing = entry.indicators().stream()
                    .filter(standing.missing()::containsKey)
                    .toList();
            if (!fits(entry, company) || missing.isEmpty()) {
                continue;
            }
            String served = missing.get(0);
            double payoff = 1 / (1 + entry.effortDays() / 10.0);
            var reasons = new ArrayList<Reason>();
            reasons.add(Reason.MISSING_INDICATOR);
            if (missing.size() > 1) {
                reasons.add(Reason.MORE_INDICATORS);
            }
            if (standing.toNextLevel() > 0) {
                reasons.add(Reason.INDICATORS_TO_NEXT_LEVEL);
            }
            candidates.add(new Ranked(
                    entry,
                    standing.missing().get(served),
                    missing.size() * payoff,
                    List.copyOf(reasons),
                    payoff,
                    served));
        }
        return diverse(sorted(candidates));
    }

    private static List<Ranked> sorted(List<Ranked> candidates) {
        var sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Ranked::benefit)
                .reversed()
                .thenComparing(Comparator.comparingDouble(Ranked::payoff).reversed())
                .thenComparing(r -> r.entry().id()));
        return sorted;
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
                && entry.title().containsKey(company.language())
                && (entry.offeredIn(company.language()) || entry.offeredIn("en"));
    }

    private static boolean inRange(CatalogueEntry entry, String level, List<String> levels) {
        int at = levels.indexOf(level);
        return at >= 0 && levels.indexOf(entry.fromLevel()) <= at && at <= levels.indexOf(entry.toLevel());
    }

    private static List<Reason> reasons(Standing standing, boolean proven) {
        var reasons = new ArrayList<Reason>();
        if (standing.peerLowerQuartile() != null && standing.score() < standing.peerLowerQuartile()) {
            reasons.add(Reason.LOWEST_QUARTER);
        } else if (standing.peerMedian() != null && standing.score() < standing.peerMedian()) {
            reasons.add(Reason.BELOW_MEDIAN);
        }
        if (standing.nextLevelAt() > standing.score()) {
            reasons.add(Reason.NEXT_LEVEL);
        }
        reasons.add(Reason.FITS_LEVEL);
        if (proven) {
            reasons.add(Reason.EVIDENCE);
        }
        return List.copyOf(reasons);
    }
}

package eu.dmhub.benchmark.application;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.ResultSection;
import eu.dmhub.benchmark.PeerStandings;
import eu.dmhub.benchmark.domain.Distribution;
import eu.dmhub.benchmark.domain.PeerGroup;
import eu.dmhub.benchmark.domain.Widening;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.shared.NotFound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Where one assessment stands among the company's peers, per dimension and overall. */
@Service
public class PeerComparison implements PeerStandings {

    /** One dimension (or {@code overall}) compared with the peer group. */
    public record Line(
            String dimension,
            double score,
            double percentile,
            long lower,
            long higher,
            long companies,
            double median,
            double lowerQuartile,
            double upperQuartile) {

        /** The share of peers scoring higher, in whole percent: “lower than N% of similar companies”. */
        public long higherShare() {
            return Math.round(100.0 * higher / companies);
        }

        /** The share of peers scoring lower, in whole percent: “higher than N% of similar companies”. */
        public long lowerShare() {
            return Math.round(100.0 * lower / companies);
        }
    }

    /** The comparison, or why there is none. */
    public record Comparison(
            UUID assessment, String model, int modelVersion, Optional<Widening.Choice> group, List<Line> lines) {

        public boolean available() {
            return group.isPresent();
        }
    }

    private final AssessmentResults results;
    private final GroupLabels labels;
    private final Companies companies;
    private final GroupSnapshots snapshots;
    private final BenchmarkSettings settings;

    PeerComparison(
            AssessmentResults results,
            Companies companies,
            GroupSnapshots snapshots,
            BenchmarkSettings settings,
            GroupLabels labels) {
        this.results = results;
        this.labels = labels;
        this.companies = companies;
        this.snapshots = snapshots;
        this.settings = settings;
    }

    /**
     * The comparison of a submitted assessment {@code person} may see; not found otherwise. Reads
     * only in-memory caches in the steady state, so it opens no transaction.
     */
    public Comparison compare(CurrentPerson person, UUID assessmentId) {
        return compare(results.visibleResult(person, assessmentId)
                .orElseThrow(() -> new NotFound("error.assessment.not-found")));
    }

    /** The comparison for a result page or report: made once per rendering, whichever section asks first. */
    public Comparison compare(ResultSection.Context page) {
        return page.shared(PeerComparison.class, () -> compare(page.result()));
    }

    private Comparison compare(AssessmentResults.Result result) {
        var profile = companies.find(result.company()).orElseThrow(() -> new NotFound("error.company.not-found"));
        List<PeerGroup> groups =
                PeerGroup.of(profile.country(), profile.sector().section(), profile.size());
        Map<PeerGroup, GroupSnapshots.Snapshot> snapshots = this.snapshots.of(result.model(), groups);
        Optional<Widening.Choice> choice =
                Widening.choose(groups, g -> snapshots.get(g).companies(), settings.minGroupSize());
        var lines = new ArrayList<Line>();
        choice.ifPresent(chosen -> {
            Map<String, Distribution> distributions =
                    snapshots.get(chosen.group()).distributions();
            lines.add(line(distributions, Benchmarks.overall(), result.scores().overall()));
            result.scores().dimensions().forEach(d -> lines.add(line(distributions, d.dimension(), d.score())));
        });
        return new Comparison(result.assessmentId(), result.model(), result.modelVersion(), choice, List.copyOf(lines));
    }

    @Override
    public Optional<Standing> of(CurrentPerson person, UUID assessmentId, Locale locale) {
        return standing(compare(person, assessmentId), locale);
    }

    @Override
    public Optional<Standing> of(ResultSection.Context page) {
        return standing(compare(page), page.language().locale());
    }

    private Optional<Standing> standing(Comparison comparison, Locale locale) {
        return comparison.group().map(choice -> {
            var positions = new LinkedHashMap<String, Position>();
            comparison
                    .lines()
                    .forEach(l -> positions.put(
                            l.dimension(),
                            new Position(l.score(), l.percentile(), l.lowerQuartile(), l.median(), l.upperQuartile())));
            return new Standing(labels.name(choice.group(), locale), choice.companies(), positions);
        });
    }

    private static Line line(Map<String, Distribution> distributions, String dimension, double score) {
        Distribution distribution = distributions.get(dimension);
        return new Line(
                dimension,
                score,
                distribution.percentile(score),
                distribution.below(score),
                distribution.above(score),
                distribution.companies(),
                distribution.median(),
                distribution.lowerQuartile(),
                distribution.upperQuartile());
    }
}

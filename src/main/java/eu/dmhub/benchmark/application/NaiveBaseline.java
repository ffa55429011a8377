package eu.dmhub.benchmark.application;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.benchmark.domain.PeerGroup;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.shared.NotFound;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * The benchmark computed the naive way, for measuring against: the peer group chosen by counting
 * rows and each percentile by one full-scan query over the peer rows (with {@code percent_rank()}),
 * on every request. Only present with {@code dmhub.bench.baseline-endpoint=true}.
 */
@Service
@ConditionalOnProperty(name = "dmhub.bench.baseline-endpoint", havingValue = "true")
public class NaiveBaseline {

    /** One dimension ranked by a full scan. */
    public record Line(String dimension, double score, double percentile, double percentRank, long companies) {}

    /** The group found by counting, and the lines. */
    public record Ranking(UUID assessment, String group, long companies, List<Line> lines) {}

    private final AssessmentResults results;
    private final Companies companies;
    private final BenchmarkStore store;
    private final BenchmarkSettings settings;

    NaiveBaseline(AssessmentResults results, Companies companies, BenchmarkStore store, BenchmarkSettings settings) {
        this.results = results;
        this.companies = companies;
        this.store = store;
        this.settings = settings;
    }

    public Ranking rank(CurrentPerson person, UUID assessmentId) {
        AssessmentResults.Result result = results.visibleResult(person, assessmentId)
                .orElseThrow(() -> new NotFound("error.assessment.not-found"));
        var profile = companies.find(result.company()).orElseThrow(() -> new NotFound("error.company.not-found"));
        for (PeerGroup group : PeerGroup.of(profile.country(), profile.sector().section(), profile.size())) {
            long size = store.scanCompanies(result.model(), group);
            if (size < settings.minGroupSize()) {
                continue;
            }
            var lines = new ArrayList<Line>();
            lines.add(line(
                    result.model(), group, Benchmarks.overall(), result.scores().overall()));
            for (var dimension : result.scores().dimensions()) {
                lines.add(line(result.model(), group, dimension.dimension(), dimension.score()));
            }
            return new Ranking(assessmentId, group.key(), size, List.copyOf(lines));
        }
        return new Ranking(assessmentId, null, 0, List.of());
    }

    private Line line(String model, PeerGroup group, String dimension, double score) {
        BenchmarkStore.FullScan scan = store.scanRank(model, group, dimension, score);
        double percentile = (scan.below() + scan.equal() / 2.0) / scan.companies() * 100;
        return new Line(dimension, score, percentile, scan.percentRank(), scan.companies());
    }
}

package eu.dmhub.benchmark.web;

import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.assessment.ResultSection;
import eu.dmhub.assessment.Scores;
import eu.dmhub.benchmark.application.BenchmarkSettings;
import eu.dmhub.benchmark.application.Benchmarks;
import eu.dmhub.benchmark.application.GroupLabels;
import eu.dmhub.benchmark.application.PeerComparison;
import eu.dmhub.chart.DistributionChart;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The peer comparison on the result page: the group used, and per dimension a sentence and a chart. */
@Component
class PeerSection implements ResultSection {

    /** One dimension's line as the page shows it. */
    record Row(String title, String sentence, String chart) {}

    private final PeerComparison comparisons;
    private final Questionnaires questionnaires;
    private final GroupLabels labels;
    private final MessageSource messages;
    private final BenchmarkSettings settings;

    PeerSection(
            PeerComparison comparisons,
            Questionnaires questionnaires,
            GroupLabels labels,
            MessageSource messages,
            BenchmarkSettings settings) {
        this.comparisons = comparisons;
        this.questionnaires = questionnaires;
        this.labels = labels;
        this.messages = messages;
        this.settings = settings;
    }

    @Override
    public Optional<Content> render(Context page) {
        var comparison = comparisons.compare(page);
        Scores scores = page.result().scores();
        Language language = page.language();
        var locale = language.locale();
        if (!comparison.available()) {
            return Optional.of(new Content(
                    "benchmark/peers",
                    "panel",
                    Map.of(
                            "available",
                            false,
                            "unavailable",
                            messages.getMessage(
                                    "benchmark.unavailable", new Object[] {settings.minGroupSize()}, locale))));
        }
        var choice = comparison.group().orElseThrow();
        Map<String, String> titles =
                questionnaires.dimensionTitles(comparison.model(), comparison.modelVersion(), language);
        NumberFormat number = LocalFormats.number(locale);
        NumberFormat percent = LocalFormats.percent(locale);
        List<Row> rows = comparison.lines().stream()
                .map(line -> {
                    boolean overall = line.dimension().equals(Benchmarks.overall());
                    String title = overall
                            ? messages.getMessage("benchmark.overall", null, locale)
                            : titles.getOrDefault(line.dimension(), line.dimension());
                    String kind = overall ? "benchmark.sentence.overall." : "benchmark.sentence.";
                    boolean lower = line.higherShare() >= line.lowerShare();
                    double max = overall
                            ? scores.maxScore()
                            : scores.dimension(line.dimension()).orElseThrow().maxScore();
                    String score = questionnaires.withScale(
                            comparison.model(), comparison.modelVersion(), line.score(), max, language);
                    String sentence = messages.getMessage(
                            kind + (lower ? "lower" : "higher"),
                            new Object[] {
                                title, score, percent.format((lower ? line.higherShare() : line.lowerShare()) / 100.0)
                            },
                            locale);
                    String description = messages.getMessage(
                            "benchmark.chart.description",
                            new Object[] {
                                number.format(line.lowerQuartile()),
                                number.format(line.median()),
                                number.format(line.upperQuartile()),
                                score
                            },
                            locale);
                    String chart = DistributionChart.svg(
                            title,
                            description,
                            max,
                            line.lowerQuartile(),
                            line.median(),
                            line.upperQuartile(),
                            line.score(),
                            number::format);
                    return new Row(title, sentence, chart);
                })
                .toList();
        return Optional.of(new Content(
                "benchmark/peers",
                "panel",
                Map.of(
                        "available",
                        true,
                        "group",
                        labels.label(choice.group(), choice.companies(), locale),
                        "widened",
                        choice.widened(),
                        "rows",
                        rows)));
    }
}

package eu.dmhub.recommendation.web;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.AssessmentResults.Result;
import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.assessment.ResultSection;
import eu.dmhub.assessment.Scores;
import eu.dmhub.chart.RadarChart;
import eu.dmhub.recommendation.application.ActionPlans;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Progress since the company's previous assessment of the same model: the change per dimension,
 * both results on one radar chart, and the plan items done between the two.
 */
@Component
class ProgressSection implements ResultSection {

    /** One dimension (or the overall score) then and now; {@code change} signed, e.g. “+12.5”. */
    record Row(String dimension, String before, String now, String change, boolean improved) {}

    private final AssessmentResults results;
    private final Questionnaires questionnaires;
    private final ActionPlans plans;
    private final PlanRows planRows;
    private final EntryWords words;

    ProgressSection(
            AssessmentResults results,
            Questionnaires questionnaires,
            ActionPlans plans,
            PlanRows planRows,
            EntryWords words) {
        this.results = results;
        this.questionnaires = questionnaires;
        this.plans = plans;
        this.planRows = planRows;
        this.words = words;
    }

    @Override
    public Optional<Content> render(Context page) {
        Result current = page.result();
        return results.previousSubmitted(current.assessmentId())
                .map(previous -> content(previous, current, page.language()));
    }

    private Content content(Result previous, Result current, Language language) {
        Locale locale = language.locale();
        Map<String, String> titles = questionnaires.dimensionTitles(current.model(), current.modelVersion(), language);
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        var rows = new ArrayList<Row>();
        var axes = new ArrayList<String>();
        var before = new ArrayList<Double>();
        var now = new ArrayList<Double>();
        // the chart shows the dimensions' own scale when they share one (0–3 indicators for dii)
        List<Scores.DimensionScore> dimensions = current.scores().dimensions();
        double scale = dimensions.stream()
                                .mapToDouble(Scores.DimensionScore::maxScore)
                                .distinct()
                                .count()
                        == 1
                ? dimensions.get(0).maxScore()
                : 100;
        Scaled scaled =
                (value, of) -> questionnaires.withScale(current.model(), current.modelVersion(), value, of, language);
        for (Scores.DimensionScore score : dimensions) {
            Optional<Scores.DimensionScore> then = previous.scores().dimension(score.dimension());
            if (then.isEmpty()) {
                continue;
            }
            String title = titles.getOrDefault(score.dimension(), score.dimension());
            rows.add(row(title, then.get().score(), score.score(), score.maxScore(), scaled, number));
            axes.add(title);
            before.add(then.get().score() / then.get().maxScore() * scale);
            now.add(score.score() / score.maxScore() * scale);
        }
        rows.add(row(
                words.message("benchmark.overall", locale),
                previous.scores().overall(),
                current.scores().overall(),
                current.scores().maxScore(),
                scaled,
                number));
        DateTimeFormatter date = LocalFormats.date(locale);
        String thenDate = date.format(previous.submittedAt());
        String nowDate = date.format(current.submittedAt());
        String chart = null;
        NumberFormat chartNumber = LocalFormats.number(locale);
        if (axes.size() >= 3) {
            chart = new RadarChart(
                            words.message("progress.chart.title", locale),
                            words.message(
                                    "progress.chart.description", locale, thenDate, nowDate, chartNumber.format(scale)),
                            axes,
                            scale,
                            chartNumber::format)
                    .id("progress-radar")
                    .add(new RadarChart.Series(words.message("progress.series.before", locale, thenDate), before))
                    .add(new RadarChart.Series(words.message("progress.series.now", locale, nowDate), now))
                    .svg();
        }
        List<PlanRows.Row> done = planRows.of(
                plans.doneBetween(current.company(), previous.submittedAt(), current.submittedAt()), locale);
        return new Content(
                "recommendation/sections",
                "progress",
                Map.of(
                        "since", thenDate,
                        "previous", previous.assessmentId(),
                        "rows", rows,
                        "chart", chart == null ? "" : chart,
                        "done", done));
    }

    /** A score written with its scale (“5 of 12 indicators”, “34.1 / 100”). */
    private interface Scaled {
        String write(double score, double max);
    }

    private static Row row(String title, double before, double now, double max, Scaled scaled, NumberFormat number) {
        double change = Math.round((now - before) * 100) / 100.0;
        String signed = (change > 0 ? "+" : change < 0 ? "−" : "±") + number.format(Math.abs(change));
        return new Row(title, scaled.write(before, max), scaled.write(now, max), signed, change > 0);
    }
}

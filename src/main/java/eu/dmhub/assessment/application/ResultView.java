package eu.dmhub.assessment.application;

import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.Dimension;
import eu.dmhub.assessment.domain.Level;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.assessment.domain.Scoring;
import eu.dmhub.assessment.domain.ScoringRules;
import eu.dmhub.chart.RadarChart;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A submitted assessment's result in one language, with its radar chart; for pages and the API.
 * Every score comes with its scale ({@code maxScore}) and as words that say it (“5 of 12
 * indicators”, “34.1 / 100”).
 */
@Component
public class ResultView {

    /**
     * One dimension's line of the result; {@code level} and {@code levelTitle} are {@code null} for
     * a model that gives only the whole a level (dii), whose {@code indicators} say which of the
     * dimension's indicators the company meets.
     */
    public record DimensionLine(
            String id,
            String title,
            double score,
            double maxScore,
            String scoreText,
            @Nullable String level,
            @Nullable String levelTitle,
            @Nullable String explanation,
            List<IndicatorLine> indicators) {}

    /** One yes/no indicator of a dii dimension and whether the company meets it. */
    public record IndicatorLine(String id, String text, boolean met) {}

    /**
     * The whole result, ready to show: {@code overallText} is the score with its scale in words,
     * {@code overallNumber} and {@code overallScale} the same in two parts for the big display.
     */
    public record Shown(
            String model,
            int modelVersion,
            String modelTitle,
            double overall,
            double max,
            String overallText,
            String overallNumber,
            String overallScale,
            boolean levelsPerDimension,
            String level,
            String levelTitle,
            String levelDescription,
            List<DimensionLine> dimensions,
            String radarSvg) {}

    private final MessageSource messages;
    private final ModelCatalog models;

    ResultView(MessageSource messages, ModelCatalog models) {
        this.messages = messages;
        this.models = models;
    }

    public Shown of(Assessment assessment, Language language) {
        QuestionnaireModel model = assessment.model();
        Scoring.Result result = assessment.result().orElseThrow();
        Level level = model.level(result.level()).orElseThrow();
        List<DimensionLine> lines = model.dimensions().stream()
                .map(d -> line(assessment, d, result.dimension(d.id()), language))
                .toList();
        Locale locale = language.locale();
        NumberFormat number = LocalFormats.number(locale);
        double scale = commonScale(lines);
        var chart = new RadarChart(
                messages.getMessage("result.chart.title", null, locale),
                messages.getMessage(
                        "result.chart.description",
                        new Object[] {model.title().in(language), number.format(scale)},
                        locale),
                lines.stream().map(DimensionLine::title).toList(),
                scale,
                number::format);
        chart.add(new RadarChart.Series(
                messages.getMessage("result.chart.series", null, locale),
                lines.stream().map(l -> l.score() / l.maxScore() * scale).toList()));
        boolean counted = model.scoring().method() == ScoringRules.Method.INDICATOR_COUNT;
        return new Shown(
                model.id(),
                model.version(),
                model.title().in(language),
                result.overall(),
                result.max(),
                models.withScale(model.id(), model.version(), result.overall(), result.max(), language),
                number.format(result.overall()),
                messages.getMessage(
                        counted ? "result.of-indicators" : "result.of",
                        new Object[] {number.format(result.max())},
                        locale),
                models.levelsPerDimension(model.id(), model.version()),
                level.id(),
                level.title().in(language),
                level.description().in(language),
                lines,
                chart.svg());
    }

    /**
     * The radar's scale: the dimensions' own when they share one (0–100 for dma, 0–3 indicators for
     * dii), so that the chart shows the numbers of the table; else each dimension as 0–100.
     */
    static double commonScale(List<DimensionLine> lines) {
        return lines.stream().mapToDouble(DimensionLine::maxScore).distinct().count() == 1
                ? lines.get(0).maxScore()
                : 100;
    }

    private DimensionLine line(
            Assessment assessment, Dimension dimension, Scoring.DimensionScore score, Language language) {
        QuestionnaireModel model = assessment.model();
        String levelTitle = null;
        String explanation = dimension.help().in(language);
        if (score.level() != null) {
            Level level = model.level(score.level()).orElseThrow();
            levelTitle = level.title().in(language);
            explanation = dimension
                    .explanation(level.id())
                    .map(t -> t.in(language))
                    .orElse(level.description().in(language));
        }
        List<IndicatorLine> indicators = model.scoring().method() == ScoringRules.Method.INDICATOR_COUNT
                ? dimension.questions().stream()
                        .map(q ->
                                new IndicatorLine(q.id(), q.text().in(language), Scoring.met(q, assessment.answers())))
                        .toList()
                : List.of();
        return new DimensionLine(
                dimension.id(),
                dimension.title().in(language),
                score.score(),
                score.max(),
                models.withScale(model.id(), model.version(), score.score(), score.max(), language),
                score.level(),
                levelTitle,
                explanation,
                indicators);
    }
}

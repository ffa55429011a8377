package eu.dmhub.assessment.application;

import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.Dimension;
import eu.dmhub.assessment.domain.Level;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.assessment.domain.Scoring;
import eu.dmhub.chart.RadarChart;
import eu.dmhub.shared.Language;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A submitted assessment's result in one language, with its radar chart; for pages and the API. */
@Component
public class ResultView {

    /** One dimension's line of the result. */
    public record DimensionLine(
            String id,
            String title,
            double score,
            double max,
            @Nullable String level,
            @Nullable String levelTitle,
            @Nullable String explanation) {}

    /** The whole result, ready to show. */
    public record Shown(
            String model,
            int modelVersion,
            String modelTitle,
            double overall,
            double max,
            String level,
            String levelTitle,
            String levelDescription,
            List<DimensionLine> dimensions,
            String radarSvg) {}

    private final MessageSource messages;

    ResultView(MessageSource messages) {
        this.messages = messages;
    }

    public Shown of(Assessment assessment, Language language) {
        QuestionnaireModel model = assessment.model();
        Scoring.Result result = assessment.result().orElseThrow();
        Level level = model.level(result.level()).orElseThrow();
        List<DimensionLine> lines = model.dimensions().stream()
                .map(d -> line(model, d, result.dimension(d.id()), language))
                .toList();
        Locale locale = language.locale();
        var chart = new RadarChart(
                messages.getMessage("result.chart.title", null, locale),
                messages.getMessage(
                        "result.chart.description", new Object[] {model.title().in(language)}, locale),
                lines.stream().map(DimensionLine::title).toList(),
                100);
        chart.add(new RadarChart.Series(
                messages.getMessage("result.chart.series", null, locale),
                lines.stream().map(l -> l.score() / l.max() * 100).toList()));
        return new Shown(
                model.id(),
                model.version(),
                model.title().in(language),
                result.overall(),
                result.max(),
                level.id(),
                level.title().in(language),
                level.description().in(language),
                lines,
                chart.svg());
    }

    private static DimensionLine line(
            QuestionnaireModel model, Dimension dimension, Scoring.DimensionScore score, Language language) {
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
        return new DimensionLine(
                dimension.id(),
                dimension.title().in(language),
                score.score(),
                score.max(),
                score.level(),
                levelTitle,
                explanation);
    }
}

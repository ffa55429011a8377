package eu.dmhub.assessment.rest;

import eu.dmhub.assessment.domain.Choice;
import eu.dmhub.assessment.domain.Dimension;
import eu.dmhub.assessment.domain.Level;
import eu.dmhub.assessment.domain.Question;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.assessment.domain.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A questionnaire model on the wire, in one language. */
record ModelJson(
        String id,
        int version,
        String language,
        List<String> languages,
        String title,
        String description,
        @Nullable String source,
        String scoringMethod,
        double maxScore,
        List<LevelJson> levels,
        List<DimensionJson> dimensions) {

    record LevelJson(String id, double upTo, String title, String description) {}

    record DimensionJson(String id, double weight, String title, String help, List<QuestionJson> questions) {}

    record QuestionJson(
            String id,
            String type,
            String text,
            @Nullable String help,
            double weight,
            boolean required,
            List<ChoiceJson> items,
            List<ChoiceJson> options,
            List<ChoiceJson> columns) {}

    record ChoiceJson(String id, @Nullable String text, double score, boolean exclusive) {}

    /** A model in the list: no questions. */
    @Schema(name = "ModelSummary")
    record Summary(String id, int version, String title, String description, List<String> languages) {}

    static ModelJson of(QuestionnaireModel model, String language) {
        return new ModelJson(
                model.id(),
                model.version(),
                lang(model, language),
                model.languages(),
                model.title().in(language),
                model.description().in(language),
                model.source() == null ? null : model.source().in(language),
                model.scoring().method().id(),
                model.maxScore(),
                model.levels().stream().map(l -> level(l, language)).toList(),
                model.dimensions().stream().map(d -> dimension(d, language)).toList());
    }

    static Summary summary(QuestionnaireModel model, String language) {
        return new Summary(
                model.id(),
                model.version(),
                model.title().in(language),
                model.description().in(language),
                model.languages());
    }

    private static String lang(QuestionnaireModel model, String language) {
        return model.languages().contains(language)
                ? language
                : model.languages().get(0);
    }

    private static LevelJson level(Level level, String language) {
        return new LevelJson(
                level.id(),
                level.upTo(),
                level.title().in(language),
                level.description().in(language));
    }

    private static DimensionJson dimension(Dimension dimension, String language) {
        return new DimensionJson(
                dimension.id(),
                dimension.weight(),
                dimension.title().in(language),
                dimension.help().in(language),
                dimension.questions().stream().map(q -> question(q, language)).toList());
    }

    private static QuestionJson question(Question q, String language) {
        return new QuestionJson(
                q.id(),
                q.type().id(),
                q.text().in(language),
                text(q.help(), language),
                q.weight(),
                q.required(),
                choices(q.items(), language),
                choices(q.options(), language),
                choices(q.columns(), language));
    }

    private static List<ChoiceJson> choices(List<Choice> choices, String language) {
        return choices.stream()
                .map(c -> new ChoiceJson(c.id(), text(c.text(), language), c.score(), c.exclusive()))
                .toList();
    }

    private static String text(Text text, String language) {
        return text == null || text.translations().isEmpty() ? null : text.in(language);
    }
}

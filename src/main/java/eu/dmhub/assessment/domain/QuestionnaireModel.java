package eu.dmhub.assessment.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One version of a questionnaire model, as read and checked from its file. */
public record QuestionnaireModel(
        String id,
        int version,
        List<String> languages,
        Text title,
        Text description,
        Text source,
        ScoringRules scoring,
        List<Level> levels,
        List<Dimension> dimensions) {

    public QuestionnaireModel {
        languages = List.copyOf(languages);
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
    }

    public Stream<Question> questions() {
        return dimensions.stream().flatMap(d -> d.questions().stream());
    }

    public Optional<Question> question(String questionId) {
        return questions().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Dimension dimensionOf(Question question) {
        return dimensions.stream()
                .filter(d -> d.questions().contains(question))
                .findFirst()
                .orElseThrow();
    }

    /** The highest overall score: 100, or the number of indicators. */
    public double maxScore() {
        return scoring.method() == ScoringRules.Method.INDICATOR_COUNT
                ? questions().count()
                : 100;
    }

    /** The highest score of one dimension. */
    public double maxScore(Dimension dimension) {
        return scoring.method() == ScoringRules.Method.INDICATOR_COUNT
                ? dimension.questions().size()
                : 100;
    }

    public Level levelOf(double score) {
        return levels.stream().filter(l -> score <= l.upTo() + 1e-9).findFirst().orElse(levels.get(levels.size() - 1));
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }
}

package eu.dmhub.assessment.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A dimension of maturity and the questions that measure it. */
public record Dimension(
        String id,
        double weight,
        Text title,
        Text help,
        Map<String, Text> levelExplanations,
        List<Question> questions) {

    public Dimension {
        levelExplanations = Map.copyOf(levelExplanations);
        questions = List.copyOf(questions);
    }

    public Optional<Text> explanation(String levelId) {
        return Optional.ofNullable(levelExplanations.get(levelId));
    }
}

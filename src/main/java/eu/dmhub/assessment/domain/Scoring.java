package eu.dmhub.assessment.domain;

import eu.dmhub.assessment.domain.Answer.ItemChoices;
import eu.dmhub.assessment.domain.Answer.OptionChoice;
import eu.dmhub.assessment.domain.Answer.PairedTicks;
import eu.dmhub.assessment.domain.Answer.Ticks;
import eu.dmhub.assessment.domain.ScoringRules.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns answers into scores: a pure, deterministic function of the model version and the answers.
 * Scores are rounded to two decimals so that a stored result reads back exactly.
 */
public final class Scoring {

    private Scoring() {}

    /** One dimension's score; {@code level} is {@code null} when the model gives dimensions no level. */
    public record DimensionScore(String dimension, double score, double max, String level) {}

    /** The whole result of one assessment. */
    public record Result(double overall, double max, String level, List<DimensionScore> dimensions) {
        public DimensionScore dimension(String id) {
            return dimensions.stream()
                    .filter(d -> d.dimension().equals(id))
                    .findFirst()
                    .orElseThrow();
        }
    }

    public static Result score(QuestionnaireModel model, Map<String, Answer> answers) {
        var dimensions = new ArrayList<DimensionScore>();
        double weighted = 0;
        double weights = 0;
        for (Dimension dimension : model.dimensions()) {
            double score = round(dimensionScore(model, dimension, answers));
            String level = model.scoring().method() == Method.WEIGHTED_MEAN
                            && model.scoring().dimensionLevels()
                    ? model.levelOf(score).id()
                    : null;
            dimensions.add(new DimensionScore(dimension.id(), score, model.maxScore(dimension), level));
            weighted += dimension.weight() * score;
            weights += dimension.weight();
        }
        double overall = model.scoring().method() == Method.INDICATOR_COUNT
                ? dimensions.stream().mapToDouble(DimensionScore::score).sum()
                : round(weighted / weights);
        return new Result(overall, model.maxScore(), model.levelOf(overall).id(), List.copyOf(dimensions));
    }

    private static double dimensionScore(QuestionnaireModel model, Dimension dimension, Map<String, Answer> answers) {
        if (model.scoring().method() == Method.INDICATOR_COUNT) {
            return dimension.questions().stream().filter(q -> met(q, answers)).count();
        }
        double max = model.scoring().questionMax();
        double weighted = 0;
        double weights = 0;
        for (Question question : dimension.questions()) {
            Answer answer = answers.get(question.id());
            weighted += question.weight() * (answer == null ? 0 : questionScore(question, answer, max));
            weights += question.weight();
        }
        return weighted / weights / max * 100;
    }

    /** Whether an indicator (a yes/no question of an indicator-count model) is met: answered yes. */
    public static boolean met(Question indicator, Map<String, Answer> answers) {
        return answers.get(indicator.id()) instanceof OptionChoice choice && "yes".equals(choice.option());
    }

    /** A question's score from 0 to {@code max}; never more than {@code max}. */
    public static double questionScore(Question question, Answer answer, double max) {
        double fraction;
        if (answer instanceof Ticks ticks) {
            double all = question.items().stream().mapToDouble(Choice::score).sum();
            double ticked = question.items().stream()
                    .filter(i -> ticks.items().contains(i.id()))
                    .mapToDouble(Choice::score)
                    .sum();
            fraction = ticked / all;
        } else if (answer instanceof PairedTicks paired) {
            double sum = question.items().stream()
                    .mapToDouble(
                            i -> best(question.columns(), paired.columnsByItem().getOrDefault(i.id(), Set.of())))
                    .sum();
            fraction = sum / (question.items().size() * Question.highest(question.columns()));
        } else if (answer instanceof ItemChoices choices) {
            double sum = question.items().stream()
                    .map(i -> choices.optionByItem().get(i.id()))
                    .filter(java.util.Objects::nonNull)
                    .mapToDouble(o -> question.option(o).map(Choice::score).orElse(0.0))
                    .sum();
            fraction = sum / (question.items().size() * Question.highest(question.options()));
        } else {
            String option = ((OptionChoice) answer).option();
            fraction = question.option(option).map(Choice::score).orElse(0.0) / Question.highest(question.options());
        }
        return Math.min(max, Math.max(0, fraction * max));
    }

    private static double best(List<Choice> columns, Set<String> ticked) {
        return columns.stream()
                .filter(c -> ticked.contains(c.id()))
                .mapToDouble(Choice::score)
                .max()
                .orElse(0);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

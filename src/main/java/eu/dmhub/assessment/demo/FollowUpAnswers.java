package eu.dmhub.assessment.demo;

import eu.dmhub.assessment.domain.Choice;
import eu.dmhub.assessment.domain.Dimension;
import eu.dmhub.assessment.domain.Question;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic company's answers at a follow-up assessment, from its first answers (as {@link
 * SyntheticAnswers} gives them): in one to three dimensions it worked on, most answers move one or
 * two options up; elsewhere an answer moves one option either way now and then.
 */
final class FollowUpAnswers {

    private FollowUpAnswers() {}

    static Map<String, Object> of(QuestionnaireModel model, Map<String, Object> first, Random random) {
        var shuffled = new ArrayList<>(model.dimensions());
        Collections.shuffle(shuffled, random);
        var improved = Set.copyOf(shuffled.subList(0, Math.min(shuffled.size(), 1 + random.nextInt(3))));
        var answers = new LinkedHashMap<String, Object>();
        for (Dimension dimension : model.dimensions()) {
            Step step = improved.contains(dimension) ? FollowUpAnswers::improve : FollowUpAnswers::drift;
            for (Question question : dimension.questions()) {
                answers.put(question.id(), next(question, first.get(question.id()), step, random));
            }
        }
        return answers;
    }

    /** Moves a position on a ladder of options, worst first, within {@code 0..top}. */
    private interface Step {
        int from(int position, int top, Random random);
    }

    private static int improve(int position, int top, Random random) {
        double r = random.nextDouble();
        return Math.min(top, position + (r < 0.15 ? 2 : r < 0.6 ? 1 : 0));
    }

    private static int drift(int position, int top, Random random) {
        double r = random.nextDouble();
        return Math.max(0, Math.min(top, position + (r < 0.015 ? -1 : r < 0.03 ? 1 : 0)));
    }

    private static Object next(Question question, Object first, Step step, Random random) {
        return switch (question.type()) {
            case CHECKLIST -> ticks(question, (Collection<?>) first, step, random);
            case PAIRED_CHECKLIST -> {
                // each item's ladder: no column ticked, then the columns from the lowest score up
                List<Choice> columns = byScore(question.columns());
                var rows = new LinkedHashMap<String, Object>();
                ((Map<?, ?>) first).forEach((item, ticked) -> {
                    int position = ((Collection<?>) ticked)
                            .stream()
                                    .mapToInt(id -> 1 + indexOf(columns, id))
                                    .max()
                                    .orElse(0);
                    int moved = step.from(position, columns.size(), random);
                    rows.put(
                            (String) item,
                            moved == 0
                                    ? List.of()
                                    : List.of(columns.get(moved - 1).id()));
                });
                yield rows;
            }
            case SCALE, THREE_STEP -> {
                List<Choice> options = byScore(question.options());
                var rows = new LinkedHashMap<String, Object>();
                ((Map<?, ?>) first)
                        .forEach((item, option) -> rows.put(
                                (String) item,
                                options.get(step.from(indexOf(options, option), options.size() - 1, random))
                                        .id()));
                yield rows;
            }
            case SINGLE_CHOICE, YES_NO -> {
                List<Choice> options = byScore(question.options());
                yield options.get(step.from(indexOf(options, first), options.size() - 1, random))
                        .id();
            }
        };
    }

    /** Each item moves between unticked and ticked; the exclusive item ("none of these") only when nothing else is. */
    private static List<String> ticks(Question question, Collection<?> first, Step step, Random random) {
        var ticked = new ArrayList<String>();
        question.items().stream()
                .filter(item -> !item.exclusive())
                .filter(item -> step.from(first.contains(item.id()) ? 1 : 0, 1, random) == 1)
                .forEach(item -> ticked.add(item.id()));
        if (ticked.isEmpty()) {
            question.items().stream().filter(Choice::exclusive).findFirst().ifPresent(item -> ticked.add(item.id()));
        }
        return ticked;
    }

    private static List<Choice> byScore(List<Choice> choices) {
        return choices.stream()
                .sorted(Comparator.comparingDouble(Choice::score))
                .toList();
    }

    private static int indexOf(List<Choice> choices, Object id) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No choice " + id);
    }
}

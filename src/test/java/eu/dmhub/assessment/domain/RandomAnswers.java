package eu.dmhub.assessment.domain;

import eu.dmhub.assessment.domain.Answer.ItemChoices;
import eu.dmhub.assessment.domain.Answer.OptionChoice;
import eu.dmhub.assessment.domain.Answer.PairedTicks;
import eu.dmhub.assessment.domain.Answer.Ticks;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Random valid answers to any model, and single-step improvements of an answer. */
public final class RandomAnswers {

    private RandomAnswers() {}

    public static Map<String, Answer> complete(QuestionnaireModel model, Random random) {
        var answers = new LinkedHashMap<String, Answer>();
        model.questions().forEach(q -> answers.put(q.id(), answer(q, random)));
        return answers;
    }

    static Answer answer(Question question, Random random) {
        return switch (question.type()) {
            case CHECKLIST -> {
                var ticked = new HashSet<String>();
                question.items().stream()
                        .filter(i -> !i.exclusive() && random.nextBoolean())
                        .forEach(i -> ticked.add(i.id()));
                if (ticked.isEmpty() && random.nextBoolean()) {
                    question.items().stream()
                            .filter(Choice::exclusive)
                            .findFirst()
                            .ifPresent(i -> ticked.add(i.id()));
                }
                yield new Ticks(ticked);
            }
            case PAIRED_CHECKLIST -> {
                var rows = new HashMap<String, Set<String>>();
                for (Choice item : question.items()) {
                    var columns = new HashSet<String>();
                    question.columns().stream()
                            .filter(c -> random.nextInt(3) == 0)
                            .forEach(c -> columns.add(c.id()));
                    rows.put(item.id(), columns);
                }
                yield new PairedTicks(rows);
            }
            case SCALE, THREE_STEP -> {
                var rows = new HashMap<String, String>();
                question.items()
                        .forEach(i -> rows.put(
                                i.id(), pick(question.options(), random).id()));
                yield new ItemChoices(rows);
            }
            case SINGLE_CHOICE, YES_NO ->
                new OptionChoice(pick(question.options(), random).id());
        };
    }

    /** The same answer made better in one place, if it can be. */
    static Optional<Answer> improve(Question question, Answer answer, Random random) {
        List<Choice> items = question.items();
        if (answer instanceof Ticks ticks) {
            var candidates = items.stream()
                    .filter(i -> !i.exclusive() && !ticks.items().contains(i.id()))
                    .toList();
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            var ticked = new HashSet<>(ticks.items());
            items.stream().filter(Choice::exclusive).forEach(i -> ticked.remove(i.id()));
            ticked.add(pick(candidates, random).id());
            return Optional.of(new Ticks(ticked));
        }
        if (answer instanceof PairedTicks paired) {
            var rows = new HashMap<>(paired.columnsByItem());
            Choice item = pick(items, random);
            var columns = new HashSet<>(rows.getOrDefault(item.id(), Set.of()));
            columns.add(pick(question.columns(), random).id());
            rows.put(item.id(), columns);
            return Optional.of(new PairedTicks(rows));
        }
        if (answer instanceof ItemChoices choices) {
            var rows = new HashMap<>(choices.optionByItem());
            Choice item = pick(items, random);
            double current =
                    question.option(rows.get(item.id())).map(Choice::score).orElse(0.0);
            var better =
                    question.options().stream().filter(o -> o.score() > current).toList();
            if (better.isEmpty()) {
                return Optional.empty();
            }
            rows.put(item.id(), pick(better, random).id());
            return Optional.of(new ItemChoices(rows));
        }
        double current = question.option(((OptionChoice) answer).option())
                .map(Choice::score)
                .orElse(0.0);
        var better =
                question.options().stream().filter(o -> o.score() > current).toList();
        return better.isEmpty()
                ? Optional.empty()
                : Optional.of(new OptionChoice(pick(better, random).id()));
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}

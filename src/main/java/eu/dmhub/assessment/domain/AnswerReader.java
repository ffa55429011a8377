package eu.dmhub.assessment.domain;

import eu.dmhub.assessment.domain.Answer.ItemChoices;
import eu.dmhub.assessment.domain.Answer.OptionChoice;
import eu.dmhub.assessment.domain.Answer.PairedTicks;
import eu.dmhub.assessment.domain.Answer.Ticks;
import eu.dmhub.shared.InvalidInput.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an answer given as plain JSON-like values (lists, maps, strings, numbers, booleans) and
 * checks it against the question: unknown items or options, wrong shapes and out-of-range values
 * are reported under the field path of the offending part, for example {@code answers.q4.cloud}.
 */
public final class AnswerReader {

    /** The answer, or the problems that keep it from being one. */
    public record Read(Answer answer, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private AnswerReader() {}

    public static Read read(Question question, Object value, String field) {
        var problems = new ArrayList<Problem>();
        Answer answer =
                switch (question.type()) {
                    case CHECKLIST -> ticks(question, value, field, problems);
                    case PAIRED_CHECKLIST -> pairedTicks(question, value, field, problems);
                    case SCALE, THREE_STEP -> itemChoices(question, value, field, problems);
                    case SINGLE_CHOICE, YES_NO -> optionChoice(question, value, field, problems);
                };
        return new Read(problems.isEmpty() ? answer : null, List.copyOf(problems));
    }

    private static Answer ticks(Question question, Object value, String field, List<Problem> problems) {
        if (!(value instanceof List<?> list)) {
            problems.add(Problem.of(field, "error.answer.expected-list"));
            return null;
        }
        Set<String> items = new LinkedHashSet<>();
        for (Object element : list) {
            if (!(element instanceof String itemId)) {
                problems.add(Problem.of(field, "error.answer.expected-list"));
            } else if (question.item(itemId).isEmpty()) {
                problems.add(Problem.of(field, "error.answer.unknown-item", itemId));
            } else {
                items.add(itemId);
            }
        }
        boolean exclusiveTicked =
                items.stream().anyMatch(id -> question.item(id).orElseThrow().exclusive());
        if (exclusiveTicked && items.size() > 1) {
            problems.add(Problem.of(field, "error.answer.exclusive"));
        }
        return new Ticks(items);
    }

    private static Answer pairedTicks(Question question, Object value, String field, List<Problem> problems) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(Problem.of(field, "error.answer.expected-object"));
            return null;
        }
        var result = new LinkedHashMap<String, Set<String>>();
        map.forEach((key, columns) -> {
            String itemId = String.valueOf(key);
            String itemField = field + "." + itemId;
            if (question.item(itemId).isEmpty()) {
                problems.add(Problem.of(itemField, "error.answer.unknown-item", itemId));
                return;
            }
            if (!(columns instanceof List<?> list)) {
                problems.add(Problem.of(itemField, "error.answer.expected-list"));
                return;
            }
            Set<String> ticked = new LinkedHashSet<>();
            for (Object column : list) {
                if (column instanceof String columnId
                        && question.column(columnId).isPresent()) {
                    ticked.add(columnId);
                } else {
                    problems.add(Problem.of(itemField, "error.answer.unknown-option", String.valueOf(column)));
                }
            }
            result.put(itemId, ticked);
        });
        return new PairedTicks(result);
    }

    private static Answer itemChoices(Question question, Object value, String field, List<Problem> problems) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(Problem.of(field, "error.answer.expected-object"));
            return null;
        }
        var result = new LinkedHashMap<String, String>();
        map.forEach((key, option) -> {
            String itemId = String.valueOf(key);
            String itemField = field + "." + itemId;
            if (question.item(itemId).isEmpty()) {
                problems.add(Problem.of(itemField, "error.answer.unknown-item", itemId));
            } else if (option != null) {
                optionOf(question, option, itemField, problems).ifPresent(o -> result.put(itemId, o));
            }
        });
        return new ItemChoices(result);
    }

    private static Answer optionChoice(Question question, Object value, String field, List<Problem> problems) {
        Object option = value;
        if (question.type() == QuestionType.YES_NO && value instanceof Boolean yes) {
            option = yes ? "yes" : "no";
        }
        return optionOf(question, option, field, problems)
                .map(OptionChoice::new)
                .orElse(null);
    }

    private static java.util.Optional<String> optionOf(
            Question question, Object option, String field, List<Problem> problems) {
        if (option instanceof Number number) {
            String id = numberId(number);
            if (question.option(id).isPresent()) {
                return java.util.Optional.of(id);
            }
            problems.add(Problem.of(field, "error.answer.out-of-range", range(question)));
            return java.util.Optional.empty();
        }
        if (!(option instanceof String id)) {
            problems.add(Problem.of(field, "error.answer.expected-option"));
            return java.util.Optional.empty();
        }
        if (question.option(id).isEmpty()) {
            problems.add(Problem.of(field, "error.answer.unknown-option", id));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(id);
    }

    private static String numberId(Number number) {
        try {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number.toString();
        }
    }

    private static String range(Question question) {
        var ids = question.options().stream().map(Choice::id).toList();
        return ids.get(0) + "–" + ids.get(ids.size() - 1);
    }
}

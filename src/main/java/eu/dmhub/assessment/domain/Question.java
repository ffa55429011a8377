package eu.dmhub.assessment.domain;

import java.util.List;
import java.util.Optional;

/**
 * One question. {@code items} are the things asked about (checklist and per-item questions),
 * {@code options} the answers to pick from (per item or for the whole question), {@code columns}
 * the ticks of a paired checklist.
 */
public record Question(
        String id,
        QuestionType type,
        Text text,
        Text help,
        double weight,
        boolean required,
        List<Choice> items,
        List<Choice> options,
        List<Choice> columns) {

    public Question {
        items = List.copyOf(items);
        options = List.copyOf(options);
        columns = List.copyOf(columns);
    }

    public Optional<Choice> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<Choice> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public Optional<Choice> column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
    }

    static double highest(List<Choice> choices) {
        return choices.stream().mapToDouble(Choice::score).max().orElse(0);
    }
}

package eu.dmhub.assessment.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a company answered to one question; the shape follows the question type. */
public sealed interface Answer {

    /** Checklist: the ticked items. */
    record Ticks(Set<String> items) implements Answer {
        public Ticks {
            items = Set.copyOf(items);
        }
    }

    /** Paired checklist: for each item, its ticked columns. Items left out are not ticked. */
    record PairedTicks(Map<String, Set<String>> columnsByItem) implements Answer {
        public PairedTicks {
            var copy = new LinkedHashMap<String, Set<String>>();
            columnsByItem.forEach((item, columns) -> copy.put(item, Set.copyOf(columns)));
            columnsByItem = java.util.Collections.unmodifiableMap(copy);
        }
    }

    /** Scale or three-step: the option picked for each item answered so far. */
    record ItemChoices(Map<String, String> optionByItem) implements Answer {
        public ItemChoices {
            optionByItem = Map.copyOf(optionByItem);
        }
    }

    /** Single choice or yes/no: the option picked. */
    record OptionChoice(String option) implements Answer {}

    /** Whether this answer says all the question asks: every item of a per-item question has an option. */
    default boolean completes(Question question) {
        if (this instanceof ItemChoices choices) {
            return question.items().stream()
                    .allMatch(i -> choices.optionByItem().containsKey(i.id()));
        }
        return true;
    }

    /** The answer as plain lists, maps and strings in the model's item order: how it is stored and sent. */
    default Object toPlain(Question question) {
        if (this instanceof Ticks ticks) {
            return question.items().stream()
                    .map(Choice::id)
                    .filter(ticks.items()::contains)
                    .toList();
        }
        if (this instanceof PairedTicks paired) {
            var plain = new LinkedHashMap<String, List<String>>();
            for (Choice item : question.items()) {
                Set<String> ticked = paired.columnsByItem().getOrDefault(item.id(), Set.of());
                plain.put(
                        item.id(),
                        question.columns().stream()
                                .map(Choice::id)
                                .filter(ticked::contains)
                                .toList());
            }
            return plain;
        }
        if (this instanceof ItemChoices choices) {
            var plain = new LinkedHashMap<String, String>();
            question.items().stream()
                    .filter(i -> choices.optionByItem().containsKey(i.id()))
                    .forEach(i -> plain.put(i.id(), choices.optionByItem().get(i.id())));
            return plain;
        }
        return ((OptionChoice) this).option();
    }
}

package eu.dmhub.assessment.web;

import eu.dmhub.assessment.domain.Answer;
import eu.dmhub.assessment.domain.Choice;
import eu.dmhub.assessment.domain.Dimension;
import eu.dmhub.assessment.domain.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * Translates between a dimension page's form fields and answers. Field names: {@code q2} for a
 * checklist's ticks or a single choice, {@code q1.item} for a row of a paired checklist or a
 * per-item choice. A hidden {@code shown} field lists the questions on the page, so that a
 * checklist with nothing ticked counts as answered "none of these".
 */
final class FormAnswers {

    private FormAnswers() {}

    /** The answers given on one dimension page; questions left untouched are not included. */
    static Map<String, Object> read(Dimension dimension, MultiValueMap<String, String> form) {
        List<String> shown = form.getOrDefault("shown", List.of());
        var answers = new LinkedHashMap<String, Object>();
        for (Question question : dimension.questions()) {
            String id = question.id();
            switch (question.type()) {
                case CHECKLIST -> {
                    if (shown.contains(id)) {
                        answers.put(id, form.getOrDefault(id, List.of()));
                    }
                }
                case PAIRED_CHECKLIST -> {
                    if (shown.contains(id)) {
                        var rows = new LinkedHashMap<String, Object>();
                        question.items()
                                .forEach(i -> rows.put(i.id(), form.getOrDefault(id + "." + i.id(), List.of())));
                        answers.put(id, rows);
                    }
                }
                case SCALE, THREE_STEP -> {
                    var choices = new LinkedHashMap<String, Object>();
                    for (Choice item : question.items()) {
                        String option = form.getFirst(id + "." + item.id());
                        if (option != null && !option.isEmpty()) {
                            choices.put(item.id(), option);
                        }
                    }
                    if (!choices.isEmpty()) {
                        answers.put(id, choices);
                    }
                }
                case SINGLE_CHOICE, YES_NO -> {
                    String option = form.getFirst(id);
                    if (option != null && !option.isEmpty()) {
                        answers.put(id, option);
                    }
                }
            }
        }
        return answers;
    }

    /** What the page shows as ticked or chosen, from the saved answers. */
    record State(Map<String, Answer> answers) {

        public boolean ticked(String question, String item) {
            return answers.get(question) instanceof Answer.Ticks ticks
                    && ticks.items().contains(item);
        }

        public boolean paired(String question, String item, String column) {
            return answers.get(question) instanceof Answer.PairedTicks paired
                    && paired.columnsByItem()
                            .getOrDefault(item, java.util.Set.of())
                            .contains(column);
        }

        public boolean chosen(String question, String item, String option) {
            return answers.get(question) instanceof Answer.ItemChoices choices
                    && option.equals(choices.optionByItem().get(item));
        }

        public boolean chosen(String question, String option) {
            return answers.get(question) instanceof Answer.OptionChoice choice && option.equals(choice.option());
        }
    }
}

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
 * checklist with nothing ticked counts as answered “none of these”.
 */
final class FormAnswers {

    private FormAnswers() {}

    /**
     * The answers given on one dimension page. A checklist with nothing ticked counts as “none of
     * these" only when {@code emptyCounts} says so for that question: when the person moves on
     * through the questionnaire, or the question had an answer that is now cleared; “save and
     * leave” and autosave do not turn an untouched checklist into an answer.
     */
    static Map<String, Object> read(
            Dimension dimension, MultiValueMap<String, String> form, java.util.function.Predicate<String> emptyCounts) {
        List<String> shown = form.getOrDefault("shown", List.of());
        var answers = new LinkedHashMap<String, Object>();
        for (Question question : dimension.questions()) {
            String id = question.id();
            switch (question.type()) {
                case CHECKLIST -> {
                    List<String> ticked = form.getOrDefault(id, List.of());
                    if (shown.contains(id) && (!ticked.isEmpty() || emptyCounts.test(id))) {
                        answers.put(id, ticked);
                    }
                }
                case PAIRED_CHECKLIST -> {
                    var rows = new LinkedHashMap<String, Object>();
                    question.items().forEach(i -> rows.put(i.id(), form.getOrDefault(id + "." + i.id(), List.of())));
                    boolean anyTicked = rows.values().stream().anyMatch(v -> !((List<?>) v).isEmpty());
                    if (shown.contains(id) && (anyTicked || emptyCounts.test(id))) {
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

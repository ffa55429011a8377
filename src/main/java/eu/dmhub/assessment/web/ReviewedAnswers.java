package eu.dmhub.assessment.web;

import eu.dmhub.assessment.domain.Answer;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.Choice;
import eu.dmhub.assessment.domain.Dimension;
import eu.dmhub.assessment.domain.Question;
import eu.dmhub.assessment.domain.QuestionType;
import eu.dmhub.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * Every answer of an assessment in words, as the review page lists it before submitting: per
 * dimension, each question with what was ticked or chosen, in the reader's language.
 */
record ReviewedAnswers(List<DimensionAnswers> dimensions) {

    /** One dimension's questions; {@code number} is its page, 1 for the first. */
    record DimensionAnswers(int number, String title, List<QuestionAnswer> questions) {}

    /** One question and its answer; no lines when it is not answered yet. */
    record QuestionAnswer(String id, String text, boolean answered, List<Line> lines) {}

    /** One line of an answer: the item it is about ({@code null} for the whole question) and what was given. */
    record Line(String item, String given) {}

    static ReviewedAnswers of(Assessment assessment, Language language, MessageSource messages) {
        var words = new Words(language, messages);
        List<Dimension> all = assessment.model().dimensions();
        var dimensions = new ArrayList<DimensionAnswers>();
        for (int i = 0; i < all.size(); i++) {
            Dimension dimension = all.get(i);
            List<QuestionAnswer> questions = dimension.questions().stream()
                    .map(q -> answer(q, assessment.answers().get(q.id()), words))
                    .toList();
            dimensions.add(new DimensionAnswers(i + 1, dimension.title().in(language), questions));
        }
        return new ReviewedAnswers(List.copyOf(dimensions));
    }

    private static QuestionAnswer answer(Question question, Answer answer, Words words) {
        String text = question.text().in(words.language());
        if (answer == null) {
            return new QuestionAnswer(question.id(), text, false, List.of());
        }
        return new QuestionAnswer(question.id(), text, true, lines(question, answer, words));
    }

    private static List<Line> lines(Question question, Answer answer, Words words) {
        if (answer instanceof Answer.Ticks ticks) {
            List<Line> ticked = question.items().stream()
                    .filter(item -> ticks.items().contains(item.id()))
                    .map(item -> new Line(null, words.of(item)))
                    .toList();
            return ticked.isEmpty() ? List.of(new Line(null, words.message("review.nothing-ticked"))) : ticked;
        }
        if (answer instanceof Answer.PairedTicks paired) {
            return question.items().stream()
                    .map(item -> new Line(
                            words.of(item),
                            ticked(
                                    question.columns(),
                                    paired.columnsByItem().getOrDefault(item.id(), Set.of()),
                                    words)))
                    .toList();
        }
        if (answer instanceof Answer.ItemChoices choices) {
            return question.items().stream()
                    .map(item -> new Line(
                            words.of(item),
                            question.option(choices.optionByItem().get(item.id()))
                                    .map(words::of)
                                    .orElse(words.message("review.not-answered"))))
                    .toList();
        }
        String option = ((Answer.OptionChoice) answer).option();
        String given = question.type() == QuestionType.YES_NO
                ? words.message("answer." + option)
                : question.option(option).map(words::of).orElse(option);
        return List.of(new Line(null, given));
    }

    private static String ticked(List<Choice> columns, Set<String> ticked, Words words) {
        String given = columns.stream()
                .filter(column -> ticked.contains(column.id()))
                .map(words::of)
                .collect(Collectors.joining(", "));
        return given.isEmpty() ? words.message("review.nothing-ticked") : given;
    }

    /** Texts in the reader's language: the model's own, and the page's messages. */
    private record Words(Language language, MessageSource messages) {

        String of(Choice choice) {
            return choice.text().in(language);
        }

        String message(String key) {
            Locale locale = language.locale();
            return messages.getMessage(key, null, locale);
        }
    }
}

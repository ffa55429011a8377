package eu.dmhub.assessment.domain;

import java.util.List;
import java.util.Map;

/** Which questions still keep an assessment from being submitted. */
public final class Completeness {

    private Completeness() {}

    public static boolean answered(Question question, Answer answer) {
        return answer != null && answer.completes(question);
    }

    /** Questions that must be answered before submitting and are not (yet, or not fully). */
    public static List<Question> missing(QuestionnaireModel model, Map<String, Answer> answers) {
        return model.questions()
                .filter(q -> mustAnswer(model, q))
                .filter(q -> !answered(q, answers.get(q.id())))
                .toList();
    }

    /** Questions not fully answered, whether or not they block submitting; the page lists them. */
    public static List<Question> unanswered(QuestionnaireModel model, Map<String, Answer> answers) {
        return model.questions().filter(q -> !answered(q, answers.get(q.id()))).toList();
    }

    private static boolean mustAnswer(QuestionnaireModel model, Question question) {
        return model.scoring().unanswered() == ScoringRules.Unanswered.REQUIRED || question.required();
    }
}

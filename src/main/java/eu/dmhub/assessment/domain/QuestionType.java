package eu.dmhub.assessment.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a model may ask; see docs/models.md for how each is scored. */
public enum QuestionType {
    CHECKLIST("checklist"),
    PAIRED_CHECKLIST("paired-checklist"),
    SCALE("scale"),
    THREE_STEP("three-step"),
    SINGLE_CHOICE("single-choice"),
    YES_NO("yes-no");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<QuestionType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** Questions answered with one option for each item. */
    public boolean perItemChoice() {
        return this == SCALE || this == THREE_STEP;
    }

    /** Questions answered with one option for the whole question. */
    public boolean singleChoice() {
        return this == SINGLE_CHOICE || this == YES_NO;
    }
}

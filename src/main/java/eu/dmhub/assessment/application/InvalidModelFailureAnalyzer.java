package eu.dmhub.assessment.application;

import eu.dmhub.assessment.domain.InvalidModel;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up stopped by a bad model file in plain words instead of a stack trace. */
class InvalidModelFailureAnalyzer extends AbstractFailureAnalyzer<InvalidModel> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidModel cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the questionnaire model file(s) named above; docs/models.md describes the format.",
                cause);
    }
}

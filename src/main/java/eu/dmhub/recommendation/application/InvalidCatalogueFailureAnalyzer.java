package eu.dmhub.recommendation.application;

import eu.dmhub.recommendation.domain.InvalidCatalogue;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up stopped by a bad catalogue file in plain words instead of a stack trace. */
class InvalidCatalogueFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogue> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogue cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Fix the catalogue entries named above; docs/catalogue.md describes the format.",
                cause);
    }
}

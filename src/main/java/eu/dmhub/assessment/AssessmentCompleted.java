package eu.dmhub.assessment;

/**
 * A company submitted an assessment. Carries the result (scores per dimension and overall) so that
 * listeners (benchmark, recommendations) need not call back.
 */
public record AssessmentCompleted(AssessmentResults.Result result) {}

/**
 * Questionnaire models, answering, scoring and results. Other modules learn of results through
 * {@link eu.dmhub.assessment.AssessmentCompleted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package eu.dmhub.assessment;

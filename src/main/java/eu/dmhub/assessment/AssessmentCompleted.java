package eu.dmhub.assessment;

import eu.dmhub.shared.CompanyId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A company submitted an assessment. Carries the scores so that listeners (benchmark,
 * recommendations) need not call back.
 */
public record AssessmentCompleted(
        UUID assessmentId,
        CompanyId company,
        String model,
        int modelVersion,
        Instant submittedAt,
        double overall,
        String level,
        Map<String, Double> dimensionScores) {}

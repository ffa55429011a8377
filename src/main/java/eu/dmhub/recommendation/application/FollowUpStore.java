package eu.dmhub.recommendation.application;

import eu.dmhub.recommendation.domain.FollowUpEvidence;
import eu.dmhub.shared.CompanyId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Where each company's latest follow-up per model is kept, and added up for the evidence. */
public interface FollowUpStore {

    /** One dimension of a follow-up: the level it started from and the change in score. */
    record Change(String dimension, String startLevel, double change) {}

    /** A company's latest follow-up of one model. */
    record FollowUp(
            CompanyId company,
            String model,
            UUID previousAssessment,
            UUID assessment,
            Instant previousSubmittedAt,
            Instant submittedAt,
            Set<String> completed,
            List<Change> changes) {}

    /** Keeps the follow-up unless the stored one is newer. */
    void save(FollowUp followUp);

    /** The sums over all companies whose follow-up of {@code model} started at {@code level} in {@code dimension}. */
    FollowUpEvidence.Totals totals(String model, String dimension, String level);

    long count();
}

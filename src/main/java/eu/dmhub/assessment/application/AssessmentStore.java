package eu.dmhub.assessment.application;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.Assessment.Change;
import eu.dmhub.shared.CompanyId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Where assessments, their answers and results are kept. */
public interface AssessmentStore {

    /** One row of a company's assessment list; {@code maxScore} is the model version's highest overall score. */
    @Schema(name = "AssessmentSummary")
    record Summary(
            UUID id,
            String model,
            int modelVersion,
            Assessment.Status status,
            Instant startedAt,
            @Nullable Instant submittedAt,
            @Nullable Double overall,

            @Schema(description = "The model version's highest overall score: 100 for dma, 12 (indicators) for dii")
            double maxScore,

            @Nullable String level,
            int answered) {}

    /** Stores a new assessment with the answers it starts with. */
    void insert(Assessment assessment, UUID startedBy);

    /** The company's most recently started assessment of the model that is still in progress. */
    Optional<UUID> findInProgress(CompanyId company, String model);

    /**
     * Holds, until the transaction ends, the lock that serialises starting assessments of a model
     * for a company, so that two retakes at once cannot both find none in progress.
     */
    void lockStarting(CompanyId company, String model);

    /** Loads an assessment; its row stays locked as {@code lock} says until the transaction ends. */
    Optional<Assessment> find(UUID id, Lock lock);

    /**
     * How a load locks the assessment's row. Saves of answers only keep the assessment from being
     * submitted under them, so they do not wait for one another (answers to one question are
     * written by an upsert, the last commit wins); a submission waits until every save under way
     * has committed, and a save that comes after it sees the assessment submitted.
     */
    enum Lock {
        /** A plain read. */
        NONE,
        /** {@code for key share}: shared with other saves, refused to a submission until commit. */
        ANSWERING,
        /** {@code for update}: alone, after the saves under way. */
        SUBMITTING
    }

    /**
     * Writes an assessment's changed answers, all in one batch (each with when it was answered; the
     * assessment's own row is not touched, so that saves need not take turns on it).
     */
    void saveAnswers(Assessment assessment, List<Change> changes, Instant now);

    /** Marks an assessment submitted with its result; its dimension scores are written in one batch. */
    void saveResult(Assessment assessment);

    List<Summary> listByCompany(CompanyId company);

    /**
     * Stores many submitted assessments at once with their results, and their answers unless
     * {@code withAnswers} is false (scale data, where only results matter).
     */
    void insertSubmitted(List<Assessment> assessments, boolean withAnswers);

    long count();

    long countSubmitted();

    /** A submitted assessment's result without its answers; nothing when it is not submitted. */
    Optional<AssessmentResults.Result> findResult(UUID id);

    /** Every company's latest submitted assessment per model, streamed in one query. */
    void forEachLatestResult(Consumer<AssessmentResults.Result> consumer);

    /**
     * The result submitted just before a submitted assessment by the same company for the same
     * model; nothing when there is none or the assessment is not submitted.
     */
    Optional<AssessmentResults.Result> findPreviousResult(UUID id);

    /** Every company's latest two submitted assessments per model, as (previous, latest), streamed in one query. */
    void forEachFollowUp(BiConsumer<AssessmentResults.Result, AssessmentResults.Result> consumer);
}

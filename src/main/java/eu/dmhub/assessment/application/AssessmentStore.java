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

    /** Loads an assessment; with {@code forUpdate} its row stays locked until the transaction ends. */
    Optional<Assessment> find(UUID id, boolean forUpdate);

    /** Writes an assessment's changed answers, all in one batch, and when it was last changed. */
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

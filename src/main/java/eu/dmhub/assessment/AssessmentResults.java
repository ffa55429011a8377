package eu.dmhub.assessment;

import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.shared.CompanyId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Submitted results, for modules that build on them (benchmark, recommendations). */
public interface AssessmentResults {

    /** One submitted assessment and its scores. */
    record Result(
            UUID assessmentId, CompanyId company, String model, int modelVersion, Instant submittedAt, Scores scores) {}

    /** The result, if it exists, is submitted and {@code person} may see it. */
    Optional<Result> visibleResult(CurrentPerson person, UUID assessmentId);

    /** Every company's latest submitted assessment of every model (for rebuilding read models). */
    void forEachLatestSubmitted(Consumer<Result> consumer);

    /** The same company's submitted assessment of the same model submitted just before this one, if any. No access check: for modules reacting to events. */
    Optional<Result> previousSubmitted(UUID assessmentId);

    /** For every company and model with at least two submitted assessments: its latest and the one before it (previous, latest). */
    void forEachFollowUp(java.util.function.BiConsumer<Result, Result> consumer);

    long countSubmitted();

    /**
     * The indicators a submitted assessment of a model that counts indicators (dii) meets: the ids
     * of its questions answered yes; empty for other models. No access check: pass the id of a
     * result already checked with {@link #visibleResult}.
     */
    java.util.Set<String> indicatorsMet(UUID assessmentId);
}

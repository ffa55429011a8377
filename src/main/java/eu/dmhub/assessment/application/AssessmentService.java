package eu.dmhub.assessment.application;

import eu.dmhub.assessment.AssessmentCompleted;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.NotFound;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-assessment use cases. A person reaches only the assessments of the organisation they act
 * for; anything else is “not found”, so the existence of another company's data does not leak.
 */
@Service
public class AssessmentService {

    private final AssessmentStore store;
    private final ModelCatalog models;
    private final Companies companies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(
            AssessmentStore store,
            ModelCatalog models,
            Companies companies,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.store = store;
        this.models = models;
        this.companies = companies;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Where starting leads: a new assessment ({@code started}), or the one already in progress. */
    public record Start(Assessment assessment, boolean started) {}

    /**
     * Starts the newest version of a model for a company. A company keeps one open assessment per
     * model: when one is already in progress, that one is returned and nothing is started.
     */
    @Transactional
    public Start start(CurrentPerson person, CompanyId company, String modelId) {
        if (company == null || companies.findFor(person, company).isEmpty()) {
            throw new NotFound("error.company.not-found");
        }
        if (modelId == null || modelId.isBlank()) {
            throw InvalidInput.of("model", "error.required");
        }
        QuestionnaireModel model =
                models.latest(modelId).orElseThrow(() -> InvalidInput.of("model", "error.model.unknown", modelId));
        Optional<Assessment> open = lockedOpen(company, model.id());
        if (open.isPresent()) {
            return new Start(open.get(), false);
        }
        Assessment assessment = Assessment.start(company, model, now());
        store.insert(assessment, person.id());
        return new Start(assessment, true);
    }

    /** Where a retake leads: a new assessment ({@code started}), or the one already in progress. */
    public record Retake(Assessment assessment, boolean started) {}

    /**
     * Starts the newest version of a submitted assessment's model for the same company, with the
     * answers that version still accepts. A company keeps one open assessment per model: when one
     * is already in progress, that one is returned and nothing is started.
     */
    @Transactional
    public Retake retake(CurrentPerson person, UUID previousId) {
        Assessment previous = visible(person, store.find(previousId, AssessmentStore.Lock.NONE));
        if (previous.status() != Assessment.Status.SUBMITTED) {
            throw new Conflict("status", "error.assessment.not-submitted");
        }
        String modelId = previous.model().id();
        Optional<Assessment> open = lockedOpen(previous.company(), modelId);
        if (open.isPresent()) {
            return new Retake(open.get(), false);
        }
        Assessment next = previous.retake(models.latest(modelId).orElseThrow(), now());
        store.insert(next, person.id());
        return new Retake(next, true);
    }

    /**
     * The company's assessment of the model in progress, if any, with the start of that model
     * locked for the rest of the transaction so that no one starts another meanwhile.
     */
    private Optional<Assessment> lockedOpen(CompanyId company, String modelId) {
        store.lockStarting(company, modelId);
        return store.findInProgress(company, modelId).flatMap(id -> store.find(id, AssessmentStore.Lock.NONE));
    }

    @Transactional(readOnly = true)
    public Assessment get(CurrentPerson person, UUID id) {
        return visible(person, store.find(id, AssessmentStore.Lock.NONE));
    }

    @Transactional
    public Assessment answer(CurrentPerson person, UUID id, Map<String, ?> answers) {
        if (answers == null) {
            throw InvalidInput.of("answers", "error.required");
        }
        return answer(person, id, assessment -> answers);
    }

    /**
     * Saves the answers {@code read} takes from the assessment as it stands (a page's form reads
     * its dimension's questions, and which of them were answered before), loading the assessment
     * once and locking it until the answers are written.
     */
    @Transactional
    public Assessment answer(CurrentPerson person, UUID id, Function<Assessment, Map<String, ?>> read) {
        Assessment assessment = visible(person, store.find(id, AssessmentStore.Lock.ANSWERING));
        var changes = assessment.answer(new LinkedHashMap<>(read.apply(assessment)));
        store.saveAnswers(assessment, changes, now());
        return assessment;
    }

    /** Submits once; a second call returns the stored result and publishes nothing. */
    @Transactional
    public Assessment submit(CurrentPerson person, UUID id) {
        Assessment assessment = visible(person, store.find(id, AssessmentStore.Lock.SUBMITTING));
        if (assessment.status() == Assessment.Status.SUBMITTED) {
            return assessment;
        }
        assessment.submit(now());
        store.saveResult(assessment);
        events.publishEvent(
                new AssessmentCompleted(ResultsService.result(assessment).orElseThrow()));
        return assessment;
    }

    @Transactional(readOnly = true)
    public Assessment result(CurrentPerson person, UUID id) {
        Assessment assessment = get(person, id);
        if (assessment.result().isEmpty()) {
            throw new Conflict("status", "error.assessment.not-submitted");
        }
        return assessment;
    }

    @Transactional(readOnly = true)
    public List<AssessmentStore.Summary> list(CurrentPerson person, CompanyId company) {
        if (company == null || companies.findFor(person, company).isEmpty()) {
            throw new NotFound("error.company.not-found");
        }
        return store.listByCompany(company);
    }

    private Assessment visible(CurrentPerson person, Optional<Assessment> assessment) {
        return assessment
                .filter(a -> person.actsFor(a.company()))
                .orElseThrow(() -> new NotFound("error.assessment.not-found"));
    }

    /** Now, to the microsecond PostgreSQL keeps, so a result reads back exactly as it was returned. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}

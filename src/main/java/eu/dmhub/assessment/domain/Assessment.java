package eu.dmhub.assessment.domain;

import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.InvalidInput.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One company's answers to one model version. Guards its own state: answers change only while it
 * is in progress, and it is submitted once, with every required question answered; submitting
 * again gives the same result.
 */
public final class Assessment {

    public enum Status {
        IN_PROGRESS,
        SUBMITTED
    }

    private final UUID id;
    private final CompanyId company;
    private final QuestionnaireModel model;
    private final Instant startedAt;
    private final Map<String, Answer> answers;
    private Status status;
    private Instant submittedAt;
    private Scoring.Result result;

    public Assessment(
            UUID id,
            CompanyId company,
            QuestionnaireModel model,
            Instant startedAt,
            Map<String, Answer> answers,
            Status status,
            Instant submittedAt,
            Scoring.Result result) {
        this.id = id;
        this.company = company;
        this.model = model;
        this.startedAt = startedAt;
        this.answers = new LinkedHashMap<>(answers);
        this.status = status;
        this.submittedAt = submittedAt;
        this.result = result;
    }

    public static Assessment start(CompanyId company, QuestionnaireModel model, Instant now) {
        return new Assessment(UUID.randomUUID(), company, model, now, Map.of(), Status.IN_PROGRESS, null, null);
    }

    /**
     * A new assessment of {@code newest} (a version of this assessment's model) for the same company,
     * starting from this submitted assessment's answers wherever {@code newest} still asks the same
     * question and accepts the answer as given; the rest is left for the company to answer again.
     */
    public Assessment retake(QuestionnaireModel newest, Instant now) {
        if (status != Status.SUBMITTED) {
            throw new Conflict("status", "error.assessment.not-submitted");
        }
        if (!newest.id().equals(model.id())) {
            throw new IllegalArgumentException("A retake of " + model.id() + " cannot use the model " + newest.id());
        }
        var carried = new LinkedHashMap<String, Answer>();
        answers.forEach((questionId, answer) -> carriedOver(model.question(questionId), answer, newest)
                .ifPresent(still -> carried.put(questionId, still)));
        return new Assessment(UUID.randomUUID(), company, newest, now, carried, Status.IN_PROGRESS, null, null);
    }

    /**
     * An answer carries over when the newer version has a question of the same id and type that
     * reads the answer without a problem (no item or option it names is gone, no new rule breaks).
     */
    private static Optional<Answer> carriedOver(Optional<Question> before, Answer answer, QuestionnaireModel newest) {
        return before.flatMap(old -> newest.question(old.id())
                .filter(now -> now.type() == old.type())
                .map(now -> AnswerReader.read(now, answer.toPlain(old), "answers." + now.id()))
                .filter(AnswerReader.Read::ok)
                .map(AnswerReader.Read::answer));
    }

    /** A change to one question: the new answer, or {@code null} when the answer was cleared. */
    public record Change(String questionId, Answer answer) {}

    /**
     * Applies a partial update: every named question gets its new answer ({@code null} clears it).
     * Nothing changes unless every value is valid.
     */
    public List<Change> answer(Map<String, ?> values) {
        if (status == Status.SUBMITTED) {
            throw new Conflict("status", "error.assessment.submitted");
        }
        var problems = new ArrayList<Problem>();
        var changes = new ArrayList<Change>();
        values.forEach((questionId, value) -> {
            String field = "answers." + questionId;
            Optional<Question> question = model.question(questionId);
            if (question.isEmpty()) {
                problems.add(Problem.of(field, "error.answer.unknown-question", questionId));
            } else if (value == null) {
                changes.add(new Change(questionId, null));
            } else {
                AnswerReader.Read read = AnswerReader.read(question.get(), value, field);
                if (read.ok()) {
                    changes.add(new Change(questionId, read.answer()));
                } else {
                    problems.addAll(read.problems());
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        changes.forEach(change -> {
            if (change.answer() == null) {
                answers.remove(change.questionId());
            } else {
                answers.put(change.questionId(), change.answer());
            }
        });
        return changes;
    }

    /** Scores the answers once; later calls return the first result. */
    public Scoring.Result submit(Instant now) {
        if (status == Status.SUBMITTED) {
            return result;
        }
        List<Question> missing = Completeness.missing(model, answers);
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing.stream()
                    .map(q -> Problem.of("answers." + q.id(), "error.answer.required"))
                    .toList());
        }
        result = Scoring.score(model, answers);
        status = Status.SUBMITTED;
        submittedAt = now;
        return result;
    }

    public List<Question> unanswered() {
        return Completeness.unanswered(model, answers);
    }

    public UUID id() {
        return id;
    }

    public CompanyId company() {
        return company;
    }

    public QuestionnaireModel model() {
        return model;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Map<String, Answer> answers() {
        return Collections.unmodifiableMap(answers);
    }

    public Status status() {
        return status;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Scoring.Result> result() {
        return Optional.ofNullable(result);
    }
}

package eu.dmhub.assessment.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.Scores;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.Question;
import eu.dmhub.assessment.domain.Scoring;
import eu.dmhub.assessment.domain.ScoringRules;
import eu.dmhub.identity.CurrentPerson;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ResultsService implements AssessmentResults {

    private final AssessmentStore store;

    /** Submitted results never change, so they are remembered (bounded) for hot read paths. */
    private final Cache<UUID, Result> submitted = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    ResultsService(AssessmentStore store) {
        this.store = store;
    }

    @Override
    public Optional<Result> visibleResult(CurrentPerson person, UUID assessmentId) {
        return Optional.ofNullable(
                        submitted.get(assessmentId, id -> store.findResult(id).orElse(null)))
                .filter(result -> person.actsFor(result.company()));
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachLatestSubmitted(Consumer<Result> consumer) {
        store.forEachLatestResult(consumer);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Result> previousSubmitted(UUID assessmentId) {
        return store.findPreviousResult(assessmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachFollowUp(BiConsumer<Result, Result> consumer) {
        store.forEachFollowUp(consumer);
    }

    @Override
    @Transactional(readOnly = true)
    public long countSubmitted() {
        return store.countSubmitted();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> indicatorsMet(UUID assessmentId) {
        return store.find(assessmentId, AssessmentStore.Lock.NONE)
                .filter(a -> a.model().scoring().method() == ScoringRules.Method.INDICATOR_COUNT)
                .map(a -> a.model()
                        .questions()
                        .filter(q -> Scoring.met(q, a.answers()))
                        .map(Question::id)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    static Optional<Result> result(Assessment assessment) {
        return assessment
                .result()
                .map(scored -> new Result(
                        assessment.id(),
                        assessment.company(),
                        assessment.model().id(),
                        assessment.model().version(),
                        assessment.submittedAt().orElseThrow(),
                        new Scores(
                                scored.overall(),
                                scored.max(),
                                scored.dimensions().stream()
                                        .map(d -> new Scores.DimensionScore(d.dimension(), d.score(), d.max()))
                                        .toList())));
    }
}

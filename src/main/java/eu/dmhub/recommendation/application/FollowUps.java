package eu.dmhub.recommendation.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dmhub.assessment.AssessmentCompleted;
import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.AssessmentResults.Result;
import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.recommendation.domain.FollowUpEvidence;
import eu.dmhub.recommendation.domain.PlanItem;
import eu.dmhub.recommendation.domain.Ranking;
import eu.dmhub.shared.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records each company's latest follow-up (the change per dimension since its previous assessment
 * of the same model, and the plan items it marked done in between) and estimates from all of them
 * what completing an entry is worth: shown only when both groups hold at least k companies.
 */
@Service
public class FollowUps {

    private final AssessmentResults results;
    private final Questionnaires questionnaires;
    private final PlanStore plans;
    private final FollowUpStore store;
    private final int minGroupSize;

    /**
     * Sums per model, dimension and starting level, cleared on this instance when a follow-up is
     * recorded; other instances catch up within a minute, which is fine for evidence from years.
     */
    private final Cache<String, FollowUpEvidence.Totals> totals = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(10_000)
            .build();

    FollowUps(
            AssessmentResults results,
            Questionnaires questionnaires,
            PlanStore plans,
            FollowUpStore store,
            @Value("${dmhub.recommendation.min-group-size:${dmhub.benchmark.min-group-size:10}}") int minGroupSize) {
        this.results = results;
        this.questionnaires = questionnaires;
        this.plans = plans;
        this.store = store;
        this.minGroupSize = minGroupSize;
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted completed) {
        Result current = completed.result();
        results.previousSubmitted(current.assessmentId()).ifPresent(previous -> record(previous, current));
    }

    /** Records {@code current} as the company's follow-up of {@code previous}; kept only if it is the latest. */
    @Transactional
    public void record(Result previous, Result current) {
        if (!previous.model().equals(current.model())
                || !questionnaires.levelsPerDimension(previous.model(), previous.modelVersion())) {
            return;
        }
        List<Questionnaires.LevelBand> bands =
                questionnaires.levels(previous.model(), previous.modelVersion(), Language.ENGLISH);
        var changes = new ArrayList<FollowUpStore.Change>();
        for (var now : current.scores().dimensions()) {
            previous.scores()
                    .dimension(now.dimension())
                    .ifPresent(before -> changes.add(new FollowUpStore.Change(
                            now.dimension(),
                            Questionnaires.LevelBand.containing(bands, before.score())
                                    .id(),
                            now.score() - before.score())));
        }
        var completed = new TreeSet<String>();
        plans.doneBetween(current.company(), previous.submittedAt(), current.submittedAt()).stream()
                .map(PlanItem::entryId)
                .forEach(completed::add);
        store.save(new FollowUpStore.FollowUp(
                current.company(),
                current.model(),
                previous.assessmentId(),
                current.assessmentId(),
                previous.submittedAt(),
                current.submittedAt(),
                completed,
                changes));
        // evidence read before this commits must not linger: forget the sums now and once committed
        totals.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    totals.invalidateAll();
                }
            });
        }
    }

    /** What follow-ups say about an entry for companies at {@code level} in {@code dimension}. */
    public Optional<FollowUpEvidence.Estimate> estimate(String model, String dimension, String level, String entry) {
        return totals.get(model + "|" + dimension + "|" + level, key -> store.totals(model, dimension, level))
                .estimate(entry, minGroupSize);
    }

    /** The estimates of one model as the ranking reads them. */
    Ranking.Evidence evidence(String model) {
        return (entry, dimension, level) -> estimate(model, dimension, level, entry)
                .map(FollowUpEvidence.Estimate::extraGain)
                .orElse(null);
    }
}

package eu.dmhub.benchmark.application;

import eu.dmhub.assessment.AssessmentCompleted;
import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.benchmark.application.BenchmarkStore.Participant;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.identity.CompanyProfileChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the read model in step with the facts: a submitted assessment replaces the company's
 * earlier one of the same model; a changed profile moves the company to its new groups; an
 * assessment older than the window stops counting. Listeners run after the submitting transaction
 * commits, from the event publication registry, so a crash loses no update.
 */
@Service
public class Benchmarks {

    private static final Logger log = LoggerFactory.getLogger(Benchmarks.class);
    private static final String OVERALL = "overall";

    private final BenchmarkStore store;
    private final Companies companies;
    private final BenchmarkSettings settings;
    private final Clock clock;
    private final GroupSnapshots snapshots;

    Benchmarks(
            BenchmarkStore store,
            Companies companies,
            BenchmarkSettings settings,
            Optional<Clock> clock,
            GroupSnapshots snapshots) {
        this.store = store;
        this.companies = companies;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
        this.snapshots = snapshots;
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted completed) {
        var result = completed.result();
        companies.find(result.company()).ifPresent(profile -> record(profile, result));
    }

    @ApplicationModuleListener
    void on(CompanyProfileChanged changed) {
        snapshots.changed();
        store.lockWriters();
        CompanyProfile after = changed.after();
        for (Participant participant : store.lockAll(after.id())) {
            if (participant.counted()) {
                store.count(participant, -1);
            }
            var moved = new Participant(
                    participant.company(),
                    participant.model(),
                    participant.assessment(),
                    participant.submittedAt(),
                    after.country(),
                    after.sector().section(),
                    after.size(),
                    participant.scores(),
                    participant.counted());
            store.save(moved);
            if (moved.counted()) {
                store.count(moved, +1);
            }
        }
    }

    /** Counts a result for its company, replacing an earlier one; an older result changes nothing. */
    @Transactional
    public void record(CompanyProfile profile, AssessmentResults.Result result) {
        store.lockWriters();
        Optional<Participant> existing = store.lock(result.company(), result.model());
        if (existing.isPresent() && !existing.get().submittedAt().isBefore(result.submittedAt())) {
            return;
        }
        snapshots.changed();
        existing.filter(Participant::counted).ifPresent(old -> store.count(old, -1));
        var participant = participant(profile, result, cutoff());
        store.save(participant);
        if (participant.counted()) {
            store.count(participant, +1);
        }
    }

    /** The read-model row for a result, counted while the result is newer than {@code cutoff}. */
    static Participant participant(CompanyProfile profile, AssessmentResults.Result result, Instant cutoff) {
        var scores = new LinkedHashMap<String, Double>();
        result.scores().dimensions().forEach(d -> scores.put(d.dimension(), d.score()));
        scores.put(OVERALL, result.scores().overall());
        return new Participant(
                result.company(),
                result.model(),
                result.assessmentId(),
                result.submittedAt(),
                profile.country(),
                profile.sector().section(),
                profile.size(),
                scores,
                result.submittedAt().isAfter(cutoff));
    }

    /** Stops counting assessments that have aged out of the window; runs hourly (the lag the docs state). */
    @Scheduled(fixedDelayString = "${dmhub.benchmark.expiry-interval:PT1H}", initialDelayString = "PT1M")
    @Transactional
    public int expire() {
        snapshots.changed();
        store.lockWriters();
        int expired = 0;
        for (Participant participant : store.lockExpired(cutoff(), 10_000)) {
            store.count(participant, -1);
            store.save(new Participant(
                    participant.company(),
                    participant.model(),
                    participant.assessment(),
                    participant.submittedAt(),
                    participant.country(),
                    participant.section(),
                    participant.size(),
                    participant.scores(),
                    false));
            expired++;
        }
        if (expired > 0) {
            log.info("Benchmark: {} assessments aged out of the {} window", expired, settings.window());
        }
        return expired;
    }

    Instant cutoff() {
        return clock.instant().atZone(ZoneOffset.UTC).minus(settings.window()).toInstant();
    }

    public static String overall() {
        return OVERALL;
    }
}

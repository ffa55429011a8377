package eu.dmhub.assessment.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.dmhub.assessment.application.AssessmentStore;
import eu.dmhub.assessment.application.AssessmentStore.Lock;
import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.assessment.domain.Answer;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.assessment.domain.RandomAnswers;
import eu.dmhub.shared.CompanyId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How saves of answers and a submission share an assessment's row, with transactions held open on
 * purpose so that each interleaving happens for certain: saves do not wait for one another (so
 * autosaves of one assessment from two tabs or quick clicks do not queue), a submission waits for
 * the save under way and scores its answer, and a save that comes after a submission finds the
 * assessment submitted.
 */
@SpringBootTest
@ActiveProfiles("test")
class SavesAndSubmissionLocksTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    AssessmentStore store;

    @Autowired
    ModelCatalog models;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final CountDownLatch release = new CountDownLatch(1);
    private QuestionnaireModel dma;
    private Map<String, Answer> complete;
    private String lastQuestion;
    private Assessment assessment;

    @BeforeEach
    void anAssessmentWithAllButItsLastAnswer() {
        dma = models.latest("dma").orElseThrow();
        complete = RandomAnswers.complete(dma, new Random(11));
        lastQuestion = complete.keySet().stream().reduce((a, b) -> b).orElseThrow();
        var allButLast = new LinkedHashMap<>(complete);
        allButLast.remove(lastQuestion);
        assessment = new Assessment(
                UUID.randomUUID(), CompanyId.random(), dma, NOW, allButLast, Assessment.Status.IN_PROGRESS, null, null);
        store.insert(assessment, null);
    }

    @AfterEach
    void releaseAndStop() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void aSaveDoesNotWaitForAnotherSaveOfTheSameAssessment() throws Exception {
        var locked = new CountDownLatch(1);
        var first = inTransaction(() -> {
            store.find(assessment.id(), Lock.ANSWERING).orElseThrow();
            locked.countDown();
            awaitRelease();
            return null;
        });
        locked.await();

        var second = inTransaction(() -> saveLastAnswer());

        await().until(second::isDone);
        assertThat(first).isNotDone();
        assertThat(answersNow()).containsKey(lastQuestion);
    }

    @Test
    void aSubmissionWaitsForTheSaveUnderWayAndScoresItsAnswer() throws Exception {
        var saved = new CountDownLatch(1);
        var save = inTransaction(() -> {
            saveLastAnswer();
            saved.countDown();
            awaitRelease();
            return null;
        });
        saved.await();

        var submission = inTransaction(() -> {
            Assessment loaded = store.find(assessment.id(), Lock.SUBMITTING).orElseThrow();
            loaded.submit(NOW);
            store.saveResult(loaded);
            return loaded;
        });
        await().until(() -> waitingForALock("for update"));
        assertThat(submission).isNotDone();

        release.countDown();
        save.get();
        Assessment submitted = submission.get();
        assertThat(submitted.answers()).containsOnlyKeys(complete.keySet());
        assertThat(submitted.result()).isPresent();
    }

    @Test
    void aSaveAfterASubmissionFindsTheAssessmentSubmitted() throws Exception {
        store.saveAnswers(assessment, assessment.answer(plain(Map.of(lastQuestion, complete.get(lastQuestion)))), NOW);
        var submitted = new CountDownLatch(1);
        var submission = inTransaction(() -> {
            Assessment loaded = store.find(assessment.id(), Lock.SUBMITTING).orElseThrow();
            loaded.submit(NOW);
            store.saveResult(loaded);
            submitted.countDown();
            awaitRelease();
            return null;
        });
        submitted.await();

        var save =
                inTransaction(() -> store.find(assessment.id(), Lock.ANSWERING).orElseThrow());
        await().until(() -> waitingForALock("for key share"));
        assertThat(save).isNotDone();

        release.countDown();
        submission.get();
        assertThat(save.get().status()).isEqualTo(Assessment.Status.SUBMITTED);
    }

    private Object saveLastAnswer() {
        Assessment loaded = store.find(assessment.id(), Lock.ANSWERING).orElseThrow();
        store.saveAnswers(loaded, loaded.answer(plain(Map.of(lastQuestion, complete.get(lastQuestion)))), NOW);
        return loaded;
    }

    private Map<String, Object> plain(Map<String, Answer> answers) {
        var plain = new LinkedHashMap<String, Object>();
        answers.forEach(
                (id, answer) -> plain.put(id, answer.toPlain(dma.question(id).orElseThrow())));
        return plain;
    }

    private Map<String, Answer> answersNow() {
        return store.find(assessment.id(), Lock.NONE).orElseThrow().answers();
    }

    /** Whether a statement of this test's kind waits in PostgreSQL for a row lock another holds. */
    private boolean waitingForALock(String statementEnd) {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like '%from assessment.assessment where id =%'
                          and rtrim(query) like :end
                        """).param("end", "%" + statementEnd).query(Long.class).single() > 0;
    }

    private <T> CompletableFuture<T> inTransaction(Callable<T> work) {
        return CompletableFuture.supplyAsync(
                () -> transactions.execute(status -> {
                    try {
                        return work.call();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }),
                threads);
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package eu.dmhub.assessment.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.assessment.application.AssessmentStore;
import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.assessment.domain.RandomAnswers;
import eu.dmhub.shared.CompanyId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The store's writes as the JDBC driver sees them, through a data source that records every
 * statement it runs: a result's dimension scores and a save's answers each go in one batch, and
 * read back as they were written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BatchedWritesTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    DataSource dataSource;

    @Autowired
    ModelCatalog models;

    @Test
    void aSubmittedResultWritesItsDimensionScoresInOneBatch() {
        var recording = new RecordingDataSource(dataSource);
        var store = new JdbcAssessmentStore(JdbcClient.create(recording), recording, models);
        QuestionnaireModel dma = models.latest("dma").orElseThrow();
        var assessment = new Assessment(
                UUID.randomUUID(),
                CompanyId.random(),
                dma,
                NOW,
                RandomAnswers.complete(dma, new Random(5)),
                Assessment.Status.IN_PROGRESS,
                null,
                null);
        store.insert(assessment, null);
        assessment.submit(NOW);

        recording.executions.clear();
        store.saveResult(assessment);

        assertThat(recording.executionsOf("insert into assessment.dimension_score"))
                .containsExactly("batch of " + dma.dimensions().size());
        assertThat(store.find(assessment.id(), AssessmentStore.Lock.NONE)
                        .orElseThrow()
                        .result())
                .isEqualTo(assessment.result());
    }

    @Test
    void savingAnswersWritesThemInOneBatch() {
        var recording = new RecordingDataSource(dataSource);
        var store = new JdbcAssessmentStore(JdbcClient.create(recording), recording, models);
        QuestionnaireModel dma = models.latest("dma").orElseThrow();
        var assessment = Assessment.start(CompanyId.random(), dma, NOW);
        store.insert(assessment, null);
        var answers = RandomAnswers.complete(dma, new Random(7));
        var firstFive = new java.util.LinkedHashMap<String, Object>();
        answers.entrySet().stream()
                .limit(5)
                .forEach(e -> firstFive.put(
                        e.getKey(),
                        e.getValue().toPlain(dma.question(e.getKey()).orElseThrow())));

        recording.executions.clear();
        store.saveAnswers(assessment, assessment.answer(firstFive), NOW);

        assertThat(recording.executionsOf("insert into assessment.answer")).containsExactly("batch of 5");
        assertThat(store.find(assessment.id(), AssessmentStore.Lock.NONE)
                        .orElseThrow()
                        .answers())
                .isEqualTo(assessment.answers());
    }

    /** A data source whose prepared statements record, per statement, each single run and each batch. */
    static final class RecordingDataSource extends DelegatingDataSource {

        final List<Map.Entry<String, String>> executions = new CopyOnWriteArrayList<>();

        RecordingDataSource(DataSource target) {
            super(target);
        }

        List<String> executionsOf(String sqlStart) {
            var found = new ArrayList<String>();
            executions.stream()
                    .filter(e -> e.getKey().strip().startsWith(sqlStart))
                    .forEach(e -> found.add(e.getValue()));
            return found;
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        Object result = invoke(connection, method, args);
                        if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
                            return recording(ps, (String) args[0]);
                        }
                        return result;
                    });
        }

        private PreparedStatement recording(PreparedStatement statement, String sql) {
            var batched = new ConcurrentHashMap<String, Integer>();
            return (PreparedStatement) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "addBatch" -> batched.merge("rows", 1, Integer::sum);
                            case "executeBatch" -> {
                                executions.add(Map.entry(sql, "batch of " + batched.getOrDefault("rows", 0)));
                                batched.clear();
                            }
                            case "executeUpdate", "execute", "executeQuery" -> executions.add(Map.entry(sql, "single"));
                            default -> {}
                        }
                        return invoke(statement, method, args);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}

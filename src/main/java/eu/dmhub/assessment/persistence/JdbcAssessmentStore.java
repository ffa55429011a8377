package eu.dmhub.assessment.persistence;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.Scores;
import eu.dmhub.assessment.application.AssessmentStore;
import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.assessment.domain.Answer;
import eu.dmhub.assessment.domain.AnswerReader;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.Assessment.Change;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.assessment.domain.Scoring;
import eu.dmhub.shared.CompanyId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcAssessmentStore implements AssessmentStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;
    private final ModelCatalog models;

    JdbcAssessmentStore(JdbcClient jdbc, DataSource dataSource, ModelCatalog models) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.dataSource = dataSource;
        this.models = models;
    }

    private record Row(
            UUID id,
            UUID company,
            String model,
            int version,
            String status,
            Instant startedAt,
            Instant submittedAt,
            Double overall,
            String level) {}

    @Override
    public void insert(Assessment assessment, UUID startedBy) {
        jdbc.sql("""
                insert into assessment.assessment
                  (id, company_id, model_id, model_version, status, started_by, started_at, updated_at)
                values (:id, :company, :model, :version, 'IN_PROGRESS', :by, :at, :at)
                """)
                .param("id", assessment.id())
                .param("company", assessment.company().value())
                .param("model", assessment.model().id())
                .param("version", assessment.model().version())
                .param("by", startedBy)
                .param("at", Timestamp.from(assessment.startedAt()))
                .update();
        var carried = assessment.answers().entrySet().stream()
                .map(e -> new Change(e.getKey(), e.getValue()))
                .toList();
        upsertAnswers(assessment, carried, Timestamp.from(assessment.startedAt()));
    }

    @Override
    public Optional<UUID> findInProgress(CompanyId company, String model) {
        return jdbc.sql("""
                select id from assessment.assessment
                where company_id = :company and model_id = :model and status = 'IN_PROGRESS'
                order by started_at desc limit 1
                """)
                .param("company", company.value())
                .param("model", model)
                .query(UUID.class)
                .optional();
    }

    @Override
    public void lockStarting(CompanyId company, String model) {
        // the two-key form: a key space of its own, apart from the insights' single-key lock
        jdbc.sql("select pg_advisory_xact_lock(hashtext('assessment.start'), hashtext(:key))")
                .param("key", company.value() + "/" + model)
                .query()
                .singleValue();
    }

    @Override
    public Optional<Assessment> find(UUID id, Lock lock) {
        Optional<Row> row = jdbc.sql("""
                select id, company_id, model_id, model_version, status, started_at, submitted_at, overall, level
                from assessment.assessment where id = :id
                """
                        + switch (lock) {
                            case NONE -> "";
                            case ANSWERING -> " for key share";
                            case SUBMITTING -> " for update";
                        })
                .param("id", id)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("company_id", UUID.class),
                        rs.getString("model_id"),
                        rs.getInt("model_version"),
                        rs.getString("status"),
                        rs.getTimestamp("started_at").toInstant(),
                        instant(rs, "submitted_at"),
                        rs.getObject("overall") == null ? null : rs.getDouble("overall"),
                        rs.getString("level")))
                .optional();
        return row.map(this::assessment);
    }

    private Assessment assessment(Row row) {
        QuestionnaireModel model = models.get(row.model(), row.version());
        var answers = new LinkedHashMap<String, Answer>();
        jdbc.sql("select question_id, value::text as value from assessment.answer where assessment_id = :id")
                .param("id", row.id())
                .query((rs, n) -> Map.entry(rs.getString("question_id"), rs.getString("value")))
                .list()
                .forEach(entry -> model.question(entry.getKey()).ifPresent(question -> {
                    AnswerReader.Read read = AnswerReader.read(
                            question, JSON.readValue(entry.getValue(), Object.class), "answers." + question.id());
                    if (read.ok()) {
                        answers.put(question.id(), read.answer());
                    }
                }));
        Scoring.Result result = null;
        if (row.overall() != null) {
            var dimensions = jdbc.sql("""
                    select dimension_id, score, max_score, level from assessment.dimension_score
                    where assessment_id = :id order by position
                    """)
                    .param("id", row.id())
                    .query((rs, n) -> new Scoring.DimensionScore(
                            rs.getString("dimension_id"),
                            rs.getDouble("score"),
                            rs.getDouble("max_score"),
                            rs.getString("level")))
                    .list();
            result = new Scoring.Result(row.overall(), model.maxScore(), row.level(), dimensions);
        }
        return new Assessment(
                row.id(),
                new CompanyId(row.company()),
                model,
                row.startedAt(),
                answers,
                Assessment.Status.valueOf(row.status()),
                row.submittedAt(),
                result);
    }

    @Override
    public void saveAnswers(Assessment assessment, List<Change> changes, Instant now) {
        Timestamp at = Timestamp.from(now);
        var cleared = changes.stream()
                .filter(change -> change.answer() == null)
                .map(change -> new Object[] {assessment.id(), change.questionId()})
                .toList();
        if (!cleared.isEmpty()) {
            template.batchUpdate("delete from assessment.answer where assessment_id = ? and question_id = ?", cleared);
        }
        upsertAnswers(
                assessment,
                changes.stream().filter(change -> change.answer() != null).toList(),
                at);
    }

    /** Writes the given answers in one batch, replacing earlier answers to the same questions. */
    private void upsertAnswers(Assessment assessment, List<Change> answers, Timestamp at) {
        if (answers.isEmpty()) {
            return;
        }
        QuestionnaireModel model = assessment.model();
        var rows = answers.stream()
                .map(change -> new Object[] {
                    assessment.id(),
                    change.questionId(),
                    JSON.writeValueAsString(change.answer()
                            .toPlain(model.question(change.questionId()).orElseThrow())),
                    at
                })
                .toList();
        template.batchUpdate("""
                insert into assessment.answer (assessment_id, question_id, value, answered_at)
                values (?, ?, cast(? as jsonb), ?)
                on conflict (assessment_id, question_id) do update set value = excluded.value, answered_at = excluded.answered_at
                """, rows);
    }

    @Override
    public void saveResult(Assessment assessment) {
        Scoring.Result result = assessment.result().orElseThrow();
        Timestamp at = Timestamp.from(assessment.submittedAt().orElseThrow());
        jdbc.sql("""
                update assessment.assessment set status = 'SUBMITTED', submitted_at = :at, updated_at = :at,
                  overall = :overall, level = :level where id = :id
                """)
                .param("id", assessment.id())
                .param("at", at)
                .param("overall", result.overall())
                .param("level", result.level())
                .update();
        template.batchUpdate(INSERT_DIMENSION_SCORE, dimensionRows(assessment));
    }

    private static final String INSERT_DIMENSION_SCORE = """
            insert into assessment.dimension_score (assessment_id, dimension_id, position, score, max_score, level)
            values (?, ?, ?, ?, ?, ?)
            """;

    /** A submitted assessment's dimension scores as rows of {@link #INSERT_DIMENSION_SCORE}. */
    private static List<Object[]> dimensionRows(Assessment assessment) {
        var dimensions = assessment.result().orElseThrow().dimensions();
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < dimensions.size(); i++) {
            var d = dimensions.get(i);
            rows.add(new Object[] {assessment.id(), d.dimension(), i, d.score(), d.max(), d.level()});
        }
        return rows;
    }

    @Override
    public void insertSubmitted(List<Assessment> batch, boolean withAnswers) {
        var assessmentRows = new ArrayList<Object[]>();
        var answerRows = new ArrayList<Object[]>();
        var scoreRows = new ArrayList<Object[]>();
        for (Assessment a : batch) {
            Scoring.Result result = a.result().orElseThrow();
            Timestamp submitted = Timestamp.from(a.submittedAt().orElseThrow());
            assessmentRows.add(new Object[] {
                a.id(),
                a.company().value(),
                a.model().id(),
                a.model().version(),
                Timestamp.from(a.startedAt()),
                submitted,
                submitted,
                result.overall(),
                result.level()
            });
            if (withAnswers) {
                a.answers()
                        .forEach((questionId, answer) -> answerRows.add(new Object[] {
                            a.id(),
                            questionId,
                            JSON.writeValueAsString(answer.toPlain(
                                    a.model().question(questionId).orElseThrow())),
                            submitted
                        }));
            }
            scoreRows.addAll(dimensionRows(a));
        }
        template.batchUpdate("""
                insert into assessment.assessment (id, company_id, model_id, model_version, status, started_at,
                  updated_at, submitted_at, overall, level)
                values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?)
                """, assessmentRows);
        template.batchUpdate("""
                insert into assessment.answer (assessment_id, question_id, value, answered_at)
                values (?, ?, cast(? as jsonb), ?)
                """, answerRows);
        template.batchUpdate(INSERT_DIMENSION_SCORE, scoreRows);
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from assessment.assessment")
                .query(Long.class)
                .single();
    }

    @Override
    public List<Summary> listByCompany(CompanyId company) {
        return jdbc.sql("""
                select a.id, a.model_id, a.model_version, a.status, a.started_at, a.submitted_at, a.overall, a.level,
                  (select count(*) from assessment.answer w where w.assessment_id = a.id) as answered
                from assessment.assessment a where a.company_id = :company
                order by a.started_at desc
                """)
                .param("company", company.value())
                .query((rs, n) -> new Summary(
                        rs.getObject("id", UUID.class),
                        rs.getString("model_id"),
                        rs.getInt("model_version"),
                        Assessment.Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("started_at").toInstant(),
                        instant(rs, "submitted_at"),
                        rs.getObject("overall") == null ? null : rs.getDouble("overall"),
                        models.get(rs.getString("model_id"), rs.getInt("model_version"))
                                .maxScore(),
                        rs.getString("level"),
                        rs.getInt("answered")))
                .list();
    }

    @Override
    public long countSubmitted() {
        return jdbc.sql("select count(*) from assessment.assessment where status = 'SUBMITTED'")
                .query(Long.class)
                .single();
    }

    /** A submitted assessment's result in one row: its dimension scores folded into "id=score/max,…". */
    private static final String RESULT_COLUMNS = """
            a.id, a.company_id, a.model_id, a.model_version, a.submitted_at, a.overall,
              (select string_agg(d.dimension_id || '=' || d.score || '/' || d.max_score, ',' order by d.position)
               from assessment.dimension_score d where d.assessment_id = a.id) as scores
            """;

    @Override
    public void forEachLatestResult(java.util.function.Consumer<AssessmentResults.Result> consumer) {
        streaming().query("select " + RESULT_COLUMNS + """
                from (select distinct on (company_id, model_id) * from assessment.assessment
                      where status = 'SUBMITTED' order by company_id, model_id, submitted_at desc, id desc) a
                """, rs -> {
            result(rs).ifPresent(consumer);
        });
    }

    /*
     * "Before" is the order (submitted_at, id) everywhere, so that two assessments submitted in the
     * same microsecond still have one order, the same one forEachLatestResult picks the latest by.
     */

    @Override
    public Optional<AssessmentResults.Result> findPreviousResult(UUID id) {
        return jdbc.sql("select " + RESULT_COLUMNS + """
                from assessment.assessment given
                join assessment.assessment a on a.company_id = given.company_id and a.model_id = given.model_id
                where given.id = :id and given.status = 'SUBMITTED' and a.status = 'SUBMITTED'
                  and (a.submitted_at, a.id) < (given.submitted_at, given.id)
                order by a.submitted_at desc, a.id desc limit 1
                """)
                .param("id", id)
                .query((rs, n) -> result(rs))
                .optional()
                .flatMap(r -> r);
    }

    /**
     * One pass with window functions: each company's two latest submitted assessments per model,
     * where it has at least two, newest first within each company and model.
     */
    @Override
    public void forEachFollowUp(BiConsumer<AssessmentResults.Result, AssessmentResults.Result> consumer) {
        var latest = new AtomicReference<Optional<AssessmentResults.Result>>(Optional.empty());
        streaming().query("select " + RESULT_COLUMNS + """
                , a.newest_first
                from (select *, row_number() over newest as newest_first,
                        count(*) over (partition by company_id, model_id) as submitted
                      from assessment.assessment where status = 'SUBMITTED'
                      window newest as (partition by company_id, model_id order by submitted_at desc, id desc)) a
                where a.newest_first <= 2 and a.submitted >= 2
                order by a.company_id, a.model_id, a.newest_first
                """, rs -> {
            Optional<AssessmentResults.Result> result = result(rs);
            if (rs.getInt("newest_first") == 1) {
                latest.set(result);
            } else if (result.isPresent() && latest.get().isPresent()) {
                consumer.accept(result.get(), latest.get().get());
            }
        });
    }

    @Override
    public Optional<AssessmentResults.Result> findResult(UUID id) {
        return jdbc.sql("select " + RESULT_COLUMNS
                        + " from assessment.assessment a where a.id = :id and a.status = 'SUBMITTED'")
                .param("id", id)
                .query((rs, n) -> result(rs))
                .optional()
                .flatMap(r -> r);
    }

    /** A template that streams a large result in chunks instead of reading it all at once. */
    private JdbcTemplate streaming() {
        var streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(5_000);
        return streaming;
    }

    private Optional<AssessmentResults.Result> result(ResultSet rs) throws SQLException {
        String encoded = rs.getString("scores");
        if (encoded == null) {
            return Optional.empty();
        }
        var dimensions = new ArrayList<Scores.DimensionScore>();
        for (String folded : encoded.split(",")) {
            int is = folded.indexOf('=');
            int of = folded.lastIndexOf('/');
            dimensions.add(new Scores.DimensionScore(
                    folded.substring(0, is),
                    Double.parseDouble(folded.substring(is + 1, of)),
                    Double.parseDouble(folded.substring(of + 1))));
        }
        String model = rs.getString("model_id");
        int version = rs.getInt("model_version");
        return Optional.of(new AssessmentResults.Result(
                rs.getObject("id", UUID.class),
                new CompanyId(rs.getObject("company_id", UUID.class)),
                model,
                version,
                rs.getTimestamp("submitted_at").toInstant(),
                new Scores(rs.getDouble("overall"), models.get(model, version).maxScore(), dimensions)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}

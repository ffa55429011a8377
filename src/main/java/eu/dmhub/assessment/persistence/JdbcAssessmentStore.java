package eu.dmhub.assessment.persistence;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.application.AssessmentStore;
import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.assessment.domain.Answer;
import eu.dmhub.assessment.domain.AnswerReader;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.Assessment.Change;
import eu.dmhub.assessment.domain.Question;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.assessment.domain.Scoring;
import eu.dmhub.shared.CompanyId;
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
    private final DataSource dataSource;
    private final ModelCatalog models;

    JdbcAssessmentStore(JdbcClient jdbc, DataSource dataSource, ModelCatalog models) {
        this.jdbc = jdbc;
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
        assessment
                .answers()
                .forEach((questionId, answer) -> saveAnswer(
                        assessment.id(),
                        assessment.model().question(questionId).orElseThrow(),
                        answer,
                        assessment.startedAt()));
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
    public Optional<Assessment> find(UUID id, boolean forUpdate) {
        Optional<Row> row = jdbc.sql("""
                select id, company_id, model_id, model_version, status, started_at, submitted_at, overall, level
                from assessment.assessment where id = :id
                """ + (forUpdate ? " for update" : ""))
                .param("id", id)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        rs.getObject(8) == null ? null : rs.getDouble(8),
                        rs.getString(9)))
                .optional();
        return row.map(this::assessment);
    }

    private Assessment assessment(Row row) {
        QuestionnaireModel model = models.get(row.model(), row.version());
        var answers = new LinkedHashMap<String, Answer>();
        jdbc.sql("select question_id, value::text from assessment.answer where assessment_id = :id")
                .param("id", row.id())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
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
                            rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getString(4)))
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
    public void saveAnswers(UUID id, List<Change> changes, Instant now) {
        QuestionnaireModel model = modelOf(id);
        for (Change change : changes) {
            if (change.answer() == null) {
                jdbc.sql("delete from assessment.answer where assessment_id = :id and question_id = :question")
                        .param("id", id)
                        .param("question", change.questionId())
                        .update();
                continue;
            }
            saveAnswer(id, model.question(change.questionId()).orElseThrow(), change.answer(), now);
        }
        jdbc.sql("update assessment.assessment set updated_at = :at where id = :id")
                .param("id", id)
                .param("at", Timestamp.from(now))
                .update();
    }

    private void saveAnswer(UUID id, Question question, Answer answer, Instant now) {
        jdbc.sql("""
                insert into assessment.answer (assessment_id, question_id, value, answered_at)
                values (:id, :question, cast(:value as jsonb), :at)
                on conflict (assessment_id, question_id) do update set value = excluded.value, answered_at = excluded.answered_at
                """)
                .param("id", id)
                .param("question", question.id())
                .param("value", JSON.writeValueAsString(answer.toPlain(question)))
                .param("at", Timestamp.from(now))
                .update();
    }

    private QuestionnaireModel modelOf(UUID id) {
        return jdbc.sql("select model_id, model_version from assessment.assessment where id = :id")
                .param("id", id)
                .query((rs, n) -> models.get(rs.getString(1), rs.getInt(2)))
                .single();
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
        var dimensions = new ArrayList<>(result.dimensions());
        for (int i = 0; i < dimensions.size(); i++) {
            var d = dimensions.get(i);
            jdbc.sql("""
                    insert into assessment.dimension_score (assessment_id, dimension_id, position, score, max_score, level)
                    values (:id, :dimension, :position, :score, :max, :level)
                    """)
                    .param("id", assessment.id())
                    .param("dimension", d.dimension())
                    .param("position", i)
                    .param("score", d.score())
                    .param("max", d.max())
                    .param("level", d.level())
                    .update();
        }
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
            for (int i = 0; i < result.dimensions().size(); i++) {
                var d = result.dimensions().get(i);
                scoreRows.add(new Object[] {a.id(), d.dimension(), i, d.score(), d.max(), d.level()});
            }
        }
        var template = new JdbcTemplate(dataSource);
        template.batchUpdate("""
                insert into assessment.assessment (id, company_id, model_id, model_version, status, started_at,
                  updated_at, submitted_at, overall, level)
                values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?)
                """, assessmentRows);
        template.batchUpdate("""
                insert into assessment.answer (assessment_id, question_id, value, answered_at)
                values (?, ?, cast(? as jsonb), ?)
                """, answerRows);
        template.batchUpdate("""
                insert into assessment.dimension_score (assessment_id, dimension_id, position, score, max_score, level)
                values (?, ?, ?, ?, ?, ?)
                """, scoreRows);
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
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getInt(3),
                        Assessment.Status.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getObject(7) == null ? null : rs.getDouble(7),
                        models.get(rs.getString(2), rs.getInt(3)).maxScore(),
                        rs.getString(8),
                        rs.getInt(9)))
                .list();
    }

    @Override
    public long countSubmitted() {
        return jdbc.sql("select count(*) from assessment.assessment where status = 'SUBMITTED'")
                .query(Long.class)
                .single();
    }

    /** A submitted assessment's result in one row: its dimension scores folded into "id=score,…". */
    private static final String RESULT_COLUMNS = """
            a.id, a.company_id, a.model_id, a.model_version, a.submitted_at, a.overall,
              (select string_agg(d.dimension_id || '=' || d.score, ',' order by d.position)
               from assessment.dimension_score d where d.assessment_id = a.id) as scores
            """;

    @Override
    public void forEachLatestResult(java.util.function.Consumer<AssessmentResults.Result> consumer) {
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(5_000);
        template.query("select " + RESULT_COLUMNS + """
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
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(5_000);
        var latest = new AtomicReference<Optional<AssessmentResults.Result>>(Optional.empty());
        template.query("select " + RESULT_COLUMNS + """
                , a.newest_first
                from (select *, row_number() over newest as newest_first,
                        count(*) over (partition by company_id, model_id) as submitted
                      from assessment.assessment where status = 'SUBMITTED'
                      window newest as (partition by company_id, model_id order by submitted_at desc, id desc)) a
                where a.newest_first <= 2 and a.submitted >= 2
                order by a.company_id, a.model_id, a.newest_first
                """, rs -> {
            Optional<AssessmentResults.Result> result = result(rs);
            if (rs.getInt(8) == 1) {
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

    private static Optional<AssessmentResults.Result> result(java.sql.ResultSet rs) throws java.sql.SQLException {
        String encoded = rs.getString(7);
        if (encoded == null) {
            return Optional.empty();
        }
        var scores = new LinkedHashMap<String, Double>();
        for (String pair : encoded.split(",")) {
            int at = pair.indexOf('=');
            scores.put(pair.substring(0, at), Double.parseDouble(pair.substring(at + 1)));
        }
        return Optional.of(new AssessmentResults.Result(
                rs.getObject(1, UUID.class),
                new CompanyId(rs.getObject(2, UUID.class)),
                rs.getString(3),
                rs.getInt(4),
                rs.getTimestamp(5).toInstant(),
                rs.getDouble(6),
                scores,
                List.copyOf(scores.keySet())));
    }
}

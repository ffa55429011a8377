package eu.dmhub.recommendation.persistence;

import eu.dmhub.recommendation.application.FollowUpStore;
import eu.dmhub.recommendation.domain.FollowUpEvidence;
import java.sql.Timestamp;
import java.util.HashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFollowUpStore implements FollowUpStore {

    private final JdbcClient jdbc;

    JdbcFollowUpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(FollowUp followUp) {
        int saved = jdbc.sql("""
                        insert into recommendation.follow_up (company_id, model_id, previous_assessment, assessment_id,
                          previous_submitted_at, submitted_at, completed_entries)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (company_id, model_id) do update set previous_assessment = excluded.previous_assessment,
                          assessment_id = excluded.assessment_id, previous_submitted_at = excluded.previous_submitted_at,
                          submitted_at = excluded.submitted_at, completed_entries = excluded.completed_entries
                        where recommendation.follow_up.submitted_at <= excluded.submitted_at
                        """)
                .params(
                        followUp.company().value(),
                        followUp.model(),
                        followUp.previousAssessment(),
                        followUp.assessment(),
                        Timestamp.from(followUp.previousSubmittedAt()),
                        Timestamp.from(followUp.submittedAt()),
                        followUp.completed().stream().sorted().toArray(String[]::new))
                .update();
        if (saved == 0) {
            return;
        }
        jdbc.sql("delete from recommendation.follow_up_change where company_id = ? and model_id = ?")
                .params(followUp.company().value(), followUp.model())
                .update();
        for (Change change : followUp.changes()) {
            jdbc.sql(
                            "insert into recommendation.follow_up_change (company_id, model_id, dimension, start_level, change)"
                                    + " values (?, ?, ?, ?, ?)")
                    .params(
                            followUp.company().value(),
                            followUp.model(),
                            change.dimension(),
                            change.startLevel(),
                            change.change())
                    .update();
        }
    }

    @Override
    public FollowUpEvidence.Totals totals(String model, String dimension, String level) {
        record Sum(long count, double change) {}
        Sum all = jdbc.sql(
                        "select count(*) as companies, coalesce(sum(change), 0) as change from recommendation.follow_up_change"
                                + " where model_id = ? and dimension = ? and start_level = ?")
                .params(model, dimension, level)
                .query((rs, n) -> new Sum(rs.getLong("companies"), rs.getDouble("change")))
                .single();
        var completed = new HashMap<String, Long>();
        var completedChange = new HashMap<String, Double>();
        jdbc.sql("""
                        select e.entry, count(*) as companies, sum(c.change) as change
                        from recommendation.follow_up_change c
                        join recommendation.follow_up f on f.company_id = c.company_id and f.model_id = c.model_id
                        cross join unnest(f.completed_entries) as e(entry)
                        where c.model_id = ? and c.dimension = ? and c.start_level = ?
                        group by e.entry
                        """).params(model, dimension, level).query(rs -> {
            completed.put(rs.getString("entry"), rs.getLong("companies"));
            completedChange.put(rs.getString("entry"), rs.getDouble("change"));
        });
        return new FollowUpEvidence.Totals(all.count(), all.change(), completed, completedChange);
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from recommendation.follow_up")
                .query(Long.class)
                .single();
    }
}

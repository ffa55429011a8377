package eu.dmhub.recommendation.persistence;

import eu.dmhub.recommendation.application.PlanStore;
import eu.dmhub.recommendation.domain.PlanItem;
import eu.dmhub.shared.CompanyId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPlanStore implements PlanStore {

    private static final String COLUMNS = "id, company_id, entry_id, dimension, assessment_id, owner, target_date,"
            + " status, notes, created_at, updated_at, done_at";

    private final JdbcClient jdbc;

    JdbcPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PlanItem> ofCompany(CompanyId company) {
        return jdbc.sql("select " + COLUMNS
                        + " from recommendation.plan_item where company_id = ? order by created_at, entry_id")
                .param(company.value())
                .query(JdbcPlanStore::item)
                .list();
    }

    @Override
    public Optional<PlanItem> find(UUID id, boolean forUpdate) {
        return jdbc.sql("select " + COLUMNS + " from recommendation.plan_item where id = ?"
                        + (forUpdate ? " for update" : ""))
                .param(id)
                .query(JdbcPlanStore::item)
                .optional();
    }

    @Override
    public Optional<PlanItem> find(CompanyId company, String entryId) {
        return jdbc.sql("select " + COLUMNS + " from recommendation.plan_item where company_id = ? and entry_id = ?")
                .params(company.value(), entryId)
                .query(JdbcPlanStore::item)
                .optional();
    }

    @Override
    public void insertIfAbsent(PlanItem item) {
        jdbc.sql("insert into recommendation.plan_item (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (company_id, entry_id) do nothing")
                .params(
                        item.id(),
                        item.company().value(),
                        item.entryId(),
                        item.dimension(),
                        item.assessmentId(),
                        item.owner(),
                        item.targetDate(),
                        item.status().name(),
                        item.notes(),
                        Timestamp.from(item.createdAt()),
                        Timestamp.from(item.updatedAt()),
                        timestamp(item.doneAt()))
                .update();
    }

    @Override
    public void update(PlanItem item) {
        jdbc.sql("update recommendation.plan_item set owner = ?, target_date = ?, status = ?, notes = ?,"
                        + " updated_at = ?, done_at = ? where id = ?")
                .params(
                        item.owner(),
                        item.targetDate(),
                        item.status().name(),
                        item.notes(),
                        Timestamp.from(item.updatedAt()),
                        timestamp(item.doneAt()),
                        item.id())
                .update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public List<PlanItem> doneBetween(CompanyId company, Instant after, Instant upTo) {
        return jdbc.sql("select " + COLUMNS + " from recommendation.plan_item where company_id = ? and status = 'DONE'"
                        + " and done_at > ? and done_at <= ? order by done_at, entry_id")
                .params(company.value(), Timestamp.from(after), Timestamp.from(upTo))
                .query(JdbcPlanStore::item)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from recommendation.plan_item")
                .query(Long.class)
                .single();
    }

    private static PlanItem item(ResultSet rs, int row) throws SQLException {
        var doneAt = rs.getTimestamp("done_at");
        var target = rs.getDate("target_date");
        return new PlanItem(
                rs.getObject("id", UUID.class),
                new CompanyId(rs.getObject("company_id", UUID.class)),
                rs.getString("entry_id"),
                rs.getString("dimension"),
                rs.getObject("assessment_id", UUID.class),
                rs.getString("owner"),
                target == null ? null : target.toLocalDate(),
                PlanItem.Status.valueOf(rs.getString("status")),
                rs.getString("notes"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                doneAt == null ? null : doneAt.toInstant());
    }
}

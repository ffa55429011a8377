package eu.dmhub.recommendation.persistence;

import eu.dmhub.recommendation.application.CatalogueStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCatalogueStore implements CatalogueStore {

    private static final String COLUMNS = "entry_id, revision, yaml, withdrawn, edited_by, editor_name, edited_at";

    private final JdbcClient jdbc;

    JdbcCatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long version() {
        return jdbc.sql("select count(*) from recommendation.catalogue_revision")
                .query(Long.class)
                .single();
    }

    @Override
    public List<Revision> latest() {
        return jdbc.sql("select distinct on (entry_id) " + COLUMNS
                        + " from recommendation.catalogue_revision order by entry_id, revision desc")
                .query(JdbcCatalogueStore::revision)
                .list();
    }

    @Override
    public Optional<Revision> latest(String entryId) {
        return history(entryId).stream().findFirst();
    }

    @Override
    public List<Revision> history(String entryId) {
        return jdbc.sql("select " + COLUMNS + " from recommendation.catalogue_revision where entry_id = ?"
                        + " order by revision desc")
                .param(entryId)
                .query(JdbcCatalogueStore::revision)
                .list();
    }

    @Override
    public void lock(String entryId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('recommendation.catalogue_revision:' || ?, 0))")
                .param(entryId)
                .query()
                .singleValue();
    }

    @Override
    public void insert(Revision revision) {
        jdbc.sql("insert into recommendation.catalogue_revision (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        revision.entryId(),
                        revision.number(),
                        revision.yaml(),
                        revision.withdrawn(),
                        revision.editorId(),
                        revision.editorName(),
                        Timestamp.from(revision.editedAt()))
                .update();
    }

    private static Revision revision(ResultSet rs, int row) throws SQLException {
        return new Revision(
                rs.getString("entry_id"),
                rs.getInt("revision"),
                rs.getString("yaml"),
                rs.getBoolean("withdrawn"),
                rs.getObject("edited_by", UUID.class),
                rs.getString("editor_name"),
                rs.getTimestamp("edited_at").toInstant());
    }
}

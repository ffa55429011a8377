package eu.dmhub.assessment.persistence;

import eu.dmhub.assessment.application.ModelStore;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcModelStore implements ModelStore {

    private final JdbcClient jdbc;

    JdbcModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> checksumOf(String id, int version) {
        return jdbc.sql("select checksum from assessment.model_version where model_id = :id and version = :version")
                .param("id", id)
                .param("version", version)
                .query(String.class)
                .optional();
    }

    @Override
    public void insert(StoredModel model) {
        jdbc.sql("""
                insert into assessment.model_version (model_id, version, file_name, definition, checksum)
                values (:id, :version, :file, :definition, :checksum)
                """)
                .param("id", model.id())
                .param("version", model.version())
                .param("file", model.fileName())
                .param("definition", model.definition())
                .param("checksum", model.checksum())
                .update();
    }

    @Override
    public List<StoredModel> all() {
        return jdbc.sql("select model_id, version, file_name, definition, checksum from assessment.model_version")
                .query(JdbcModelStore::storedModel)
                .list();
    }

    @Override
    public Optional<StoredModel> find(String id, int version) {
        return jdbc.sql("""
                        select model_id, version, file_name, definition, checksum from assessment.model_version
                        where model_id = :id and version = :version
                        """)
                .param("id", id)
                .param("version", version)
                .query(JdbcModelStore::storedModel)
                .optional();
    }

    @Override
    public List<Version> latestVersions() {
        return jdbc.sql(
                        "select model_id, max(version) as version from assessment.model_version group by model_id order by model_id")
                .query((rs, row) -> new Version(rs.getString("model_id"), rs.getInt("version")))
                .list();
    }

    private static StoredModel storedModel(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredModel(
                rs.getString("model_id"),
                rs.getInt("version"),
                rs.getString("file_name"),
                rs.getString("definition"),
                rs.getString("checksum"));
    }
}

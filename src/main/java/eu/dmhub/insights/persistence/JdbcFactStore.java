package eu.dmhub.insights.persistence;

import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.insights.application.FactStore;
import eu.dmhub.insights.domain.Fact;
import eu.dmhub.insights.domain.Quarter;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.SizeClass;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFactStore implements FactStore {

    /** The advisory lock that serialises writers of insights.fact. */
    private static final long WRITERS = 0x1_5A_F4C7L;

    private static final String COLUMNS =
            "company_id, model_id, assessment_id, submitted_at, country, region, nace_section, size_class, "
                    + "dimensions, scores";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcFactStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
    }

    @Override
    public void lockWriters() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(WRITERS).query().singleValue();
    }

    @Override
    public Optional<Stored> find(UUID company, String model) {
        return jdbc.sql("select id, submitted_at from insights.fact where company_id = ? and model_id = ? for update")
                .params(company, model)
                .query((rs, n) -> new Stored(
                        rs.getLong("id"), rs.getTimestamp("submitted_at").toInstant()))
                .optional();
    }

    @Override
    public void insert(Row row) {
        insertAll(List.of(row));
    }

    @Override
    public void update(long id, Row row) {
        template.update(
                "update insights.fact set (" + COLUMNS + ", seq) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " nextval('insights.fact_seq')) where id = ?",
                ps -> {
                    bind(ps, row);
                    ps.setLong(11, id);
                });
    }

    @Override
    public void insertAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate(
                "insert into insights.fact (" + COLUMNS + ", seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " nextval('insights.fact_seq'))",
                rows,
                rows.size(),
                JdbcFactStore::bind);
    }

    private static void bind(PreparedStatement ps, Row row) throws SQLException {
        Connection connection = ps.getConnection();
        CompanyProfile profile = row.profile();
        ps.setObject(1, row.company());
        ps.setString(2, row.model());
        ps.setObject(3, row.assessment());
        ps.setTimestamp(4, Timestamp.from(row.submittedAt()));
        ps.setString(5, profile.country().code());
        ps.setString(6, profile.region() == null ? null : profile.region().code());
        ps.setString(7, profile.sector().section());
        ps.setString(8, profile.size().name());
        ps.setArray(9, connection.createArrayOf("text", row.dimensions().toArray()));
        ps.setArray(10, connection.createArrayOf("float8", row.scores().toArray()));
    }

    @Override
    public int move(CompanyProfile profile) {
        return jdbc.sql("""
                        update insights.fact
                           set country = ?, region = ?, nace_section = ?, size_class = ?,
                               seq = nextval('insights.fact_seq')
                         where company_id = ?
                        """)
                .params(
                        profile.country().code(),
                        profile.region() == null ? null : profile.region().code(),
                        profile.sector().section(),
                        profile.size().name(),
                        profile.id().value())
                .update();
    }

    @Override
    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from insights.fact)")
                .query(Boolean.class)
                .single();
    }

    @Override
    public long latestSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from insights.fact")
                .query(Long.class)
                .single();
    }

    @Override
    public long changesSince(long seq, Consumer<Fact> consumer) {
        long[] highest = {seq};
        template.query(
                connection -> {
                    var ps = connection.prepareStatement(
                            "select id, " + COLUMNS + ", seq from insights.fact where seq > ? order by seq");
                    ps.setLong(1, seq);
                    ps.setFetchSize(10_000);
                    return ps;
                },
                rs -> {
                    String[] dimensions = strings(rs.getArray("dimensions"));
                    Double[] scores = (Double[]) rs.getArray("scores").getArray();
                    var byDimension = new LinkedHashMap<String, Double>();
                    for (int i = 0; i < dimensions.length; i++) {
                        byDimension.put(dimensions[i], scores[i]);
                    }
                    consumer.accept(new Fact(
                            rs.getLong("id"),
                            rs.getObject("company_id", UUID.class),
                            rs.getString("model_id"),
                            Quarter.of(rs.getTimestamp("submitted_at").toInstant()),
                            new CountryCode(rs.getString("country")),
                            rs.getString("region"),
                            rs.getString("nace_section"),
                            SizeClass.valueOf(rs.getString("size_class")),
                            byDimension));
                    highest[0] = rs.getLong("seq");
                });
        return highest[0];
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}

package eu.dmhub.insights.persistence;

import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.insights.application.FactStore;
import eu.dmhub.insights.domain.Fact;
import eu.dmhub.insights.domain.Quarter;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.SizeClass;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFactStore implements FactStore {

    /** The advisory lock that serialises writers of insights.fact. */
    private static final long WRITERS = 0x1_5A_F4C7L;

    private static final String COLUMNS = "company_id, model_id, assessment_id, submitted_at, country, region, "
            + "nace_section, size_class, dimensions, scores";
    private static final String VALUES = ":company_id, :model_id, :assessment_id, :submitted_at, :country, :region, "
            + ":nace_section, :size_class, :dimensions, :scores";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final NamedParameterJdbcTemplate named;

    JdbcFactStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(template);
    }

    @Override
    public void lockWriters() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(WRITERS).query().singleValue();
    }

    @Override
    public Optional<Stored> find(UUID company, String model) {
        return jdbc.sql("select id, submitted_at from insights.fact"
                        + " where company_id = :company and model_id = :model for update")
                .param("company", company)
                .param("model", model)
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
        named.update(
                "update insights.fact set (" + COLUMNS + ", seq) = (" + VALUES + ", nextval('insights.fact_seq'))"
                        + " where id = :id",
                parameters(row).addValue("id", id));
    }

    @Override
    public void insertAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        named.batchUpdate(
                "insert into insights.fact (" + COLUMNS + ", seq) values (" + VALUES
                        + ", nextval('insights.fact_seq'))",
                rows.stream().map(JdbcFactStore::parameters).toArray(SqlParameterSource[]::new));
    }

    /** A row's values by column name. */
    private static MapSqlParameterSource parameters(Row row) {
        return profile(row.profile())
                .addValue("company_id", row.company())
                .addValue("model_id", row.model())
                .addValue("assessment_id", row.assessment())
                .addValue("submitted_at", Timestamp.from(row.submittedAt()))
                .addValue("dimensions", row.dimensions().toArray(String[]::new))
                .addValue("scores", row.scores().toArray(Double[]::new));
    }

    /** The profile's columns by name. */
    private static MapSqlParameterSource profile(CompanyProfile profile) {
        return new MapSqlParameterSource()
                .addValue("country", profile.country().code())
                .addValue(
                        "region",
                        profile.region() == null ? null : profile.region().code(),
                        Types.VARCHAR)
                .addValue("nace_section", profile.sector().section())
                .addValue("size_class", profile.size().name());
    }

    @Override
    public int move(CompanyProfile profile) {
        return named.update(
                """
                update insights.fact
                   set country = :country, region = :region, nace_section = :nace_section,
                       size_class = :size_class, seq = nextval('insights.fact_seq')
                 where company_id = :company_id
                """, profile(profile).addValue("company_id", profile.id().value()));
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

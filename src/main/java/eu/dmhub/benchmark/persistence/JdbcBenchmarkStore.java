package eu.dmhub.benchmark.persistence;

import eu.dmhub.benchmark.application.BenchmarkStore;
import eu.dmhub.benchmark.domain.Distribution;
import eu.dmhub.benchmark.domain.PeerGroup;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.SizeClass;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcBenchmarkStore implements BenchmarkStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS =
            "company_id, model_id, assessment_id, submitted_at, country, nace_section, size_class, scores::text as scores, counted";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcBenchmarkStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
    }

    /** The advisory lock that serialises writers of the benchmark read model. */
    private static final long WRITERS = 0xBE_4C_4A7L;

    @Override
    public void lockWriters() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(WRITERS).query().singleValue();
    }

    @Override
    public Optional<Participant> lock(CompanyId company, String model) {
        return jdbc.sql("select " + COLUMNS
                        + " from benchmark.participant where company_id = :company and model_id = :model for update")
                .param("company", company.value())
                .param("model", model)
                .query(JdbcBenchmarkStore::participant)
                .optional();
    }

    @Override
    public List<Participant> lockAll(CompanyId company) {
        return jdbc.sql("select " + COLUMNS + " from benchmark.participant where company_id = :company for update")
                .param("company", company.value())
                .query(JdbcBenchmarkStore::participant)
                .list();
    }

    @Override
    public void save(Participant p) {
        jdbc.sql("""
                        insert into benchmark.participant
                          (company_id, model_id, assessment_id, submitted_at, country, nace_section, size_class, scores, counted)
                        values (:company, :model, :assessment, :at, :country, :section, :size, cast(:scores as jsonb), :counted)
                        on conflict (company_id, model_id) do update set assessment_id = excluded.assessment_id,
                          submitted_at = excluded.submitted_at, country = excluded.country,
                          nace_section = excluded.nace_section, size_class = excluded.size_class,
                          scores = excluded.scores, counted = excluded.counted
                        """)
                .param("company", p.company().value())
                .param("model", p.model())
                .param("assessment", p.assessment())
                .param("at", Timestamp.from(p.submittedAt()))
                .param("country", p.country().code())
                .param("section", p.section())
                .param("size", p.size().name())
                .param("scores", JSON.writeValueAsString(p.scores()))
                .param("counted", p.counted())
                .update();
    }

    @Override
    public void count(Participant p, int delta) {
        var rows = new ArrayList<Object[]>();
        for (PeerGroup group : p.groups()) {
            p.scores()
                    .forEach((dimension, score) ->
                            rows.add(new Object[] {p.model(), group.key(), dimension, score, delta}));
        }
        template.batchUpdate("""
                insert into benchmark.distribution (model_id, group_key, dimension, score, companies)
                values (?, ?, ?, ?, ?)
                on conflict (model_id, group_key, dimension, score)
                do update set companies = benchmark.distribution.companies + excluded.companies
                """, rows);
        template.batchUpdate(
                """
                insert into benchmark.group_version (model_id, group_key, version) values (?, ?, 1)
                on conflict (model_id, group_key) do update set version = benchmark.group_version.version + 1
                """,
                p.groups().stream().map(g -> new Object[] {p.model(), g.key()}).toList());
        if (delta < 0) {
            template.batchUpdate("""
                    delete from benchmark.distribution
                    where model_id = ? and group_key = ? and dimension = ? and score = ? and companies <= 0 and ? < 0
                    """, rows);
        }
    }

    @Override
    public Map<String, Long> versions(String model, List<String> groupKeys) {
        var versions = new HashMap<String, Long>();
        jdbc.sql(
                        "select group_key, version from benchmark.group_version where model_id = :model and group_key in (:keys)")
                .param("model", model)
                .param("keys", groupKeys)
                .query((rs, n) -> versions.put(rs.getString("group_key"), rs.getLong("version")))
                .list();
        return versions;
    }

    @Override
    public Map<String, Distribution> distributions(String model, String groupKey) {
        var counts = new HashMap<String, Map<Double, Long>>();
        jdbc.sql(
                        "select dimension, score, companies from benchmark.distribution where model_id = :model and group_key = :group")
                .param("model", model)
                .param("group", groupKey)
                .query((rs, n) -> counts.computeIfAbsent(rs.getString("dimension"), d -> new HashMap<>())
                        .put(rs.getDouble("score"), rs.getLong("companies")))
                .list();
        var distributions = new HashMap<String, Distribution>();
        counts.forEach((dimension, byScore) -> distributions.put(dimension, new Distribution(byScore)));
        return distributions;
    }

    @Override
    public List<Participant> lockExpired(Instant cutoff, int limit) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from benchmark.participant where counted and submitted_at <= :cutoff limit :limit for update")
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .query(JdbcBenchmarkStore::participant)
                .list();
    }

    @Override
    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from benchmark.participant)")
                .query(Boolean.class)
                .single();
    }

    @Override
    public void saveAll(List<Participant> participants) {
        template.batchUpdate(
                """
                insert into benchmark.participant
                  (company_id, model_id, assessment_id, submitted_at, country, nace_section, size_class, scores, counted)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
                on conflict (company_id, model_id) do nothing
                """,
                participants.stream()
                        .map(p -> new Object[] {
                            p.company().value(), p.model(), p.assessment(), Timestamp.from(p.submittedAt()),
                            p.country().code(), p.section(), p.size().name(), JSON.writeValueAsString(p.scores()),
                            p.counted()
                        })
                        .toList());
    }

    @Override
    public void rebuildDistributions() {
        template.update("delete from benchmark.distribution");
        template.update("""
                insert into benchmark.group_version (model_id, group_key, version)
                select distinct model_id, group_key, 1 from benchmark.distribution
                on conflict (model_id, group_key) do update set version = benchmark.group_version.version + 1
                """);
        template.update("""
                insert into benchmark.distribution (model_id, group_key, dimension, score, companies)
                select p.model_id, g.key, s.key, cast(s.value as numeric(7, 2)), count(*)
                from benchmark.participant p
                cross join lateral (values
                    (p.country || '/' || p.nace_section || '/' || p.size_class),
                    (p.country || '/' || p.nace_section),
                    (cast(p.country as text)),
                    ('*')) as g(key)
                cross join lateral jsonb_each_text(p.scores) as s
                where p.counted
                group by 1, 2, 3, 4
                """);
        template.update("""
                insert into benchmark.group_version (model_id, group_key, version)
                select distinct model_id, group_key, 1 from benchmark.distribution
                on conflict (model_id, group_key) do update set version = benchmark.group_version.version + 1
                """);
    }

    private static Participant participant(ResultSet rs, int row) throws SQLException {
        Map<String, Double> scores =
                JSON.readValue(rs.getString("scores"), new TypeReference<LinkedHashMap<String, Double>>() {});
        return new Participant(
                new CompanyId(rs.getObject("company_id", UUID.class)),
                rs.getString("model_id"),
                rs.getObject("assessment_id", UUID.class),
                rs.getTimestamp("submitted_at").toInstant(),
                new CountryCode(rs.getString("country")),
                rs.getString("nace_section"),
                SizeClass.valueOf(rs.getString("size_class")),
                scores,
                rs.getBoolean("counted"));
    }

    @Override
    public long scanCompanies(String model, PeerGroup group) {
        return jdbc.sql("select count(*) from benchmark.participant where model_id = :model and counted"
                        + groupCondition(group))
                .params(groupParameters(model, group))
                .query(Long.class)
                .single();
    }

    @Override
    public FullScan scanRank(String model, PeerGroup group, String dimension, double score) {
        var parameters = groupParameters(model, group);
        parameters.put("dimension", dimension);
        parameters.put("score", java.math.BigDecimal.valueOf(score));
        return jdbc.sql("""
                        select count(*) filter (where s < :score) as below,
                               count(*) filter (where s = :score) as equal,
                               count(*) as companies,
                               percent_rank(:score) within group (order by s) as percent_rank
                          from (select (scores ->> :dimension)::numeric as s
                                  from benchmark.participant
                                 where model_id = :model and counted""" + groupCondition(group) + ") peers")
                .params(parameters)
                .query((rs, n) -> new FullScan(
                        rs.getLong("below"),
                        rs.getLong("equal"),
                        rs.getLong("companies"),
                        rs.getDouble("percent_rank")))
                .single();
    }

    private static String groupCondition(PeerGroup group) {
        return (group.country() == null ? "" : " and country = :country")
                + (group.section() == null ? "" : " and nace_section = :section")
                + (group.size() == null ? "" : " and size_class = :size");
    }

    private static Map<String, Object> groupParameters(String model, PeerGroup group) {
        var parameters = new HashMap<String, Object>();
        parameters.put("model", model);
        if (group.country() != null) {
            parameters.put("country", group.country().code());
        }
        if (group.section() != null) {
            parameters.put("section", group.section());
        }
        if (group.size() != null) {
            parameters.put("size", group.size().name());
        }
        return parameters;
    }
}

package eu.dmhub.identity.persistence;

import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.IdentityStore;
import eu.dmhub.identity.domain.CompanyDetails;
import eu.dmhub.identity.domain.Consent;
import eu.dmhub.identity.domain.ConsentKind;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.NaceSector;
import eu.dmhub.shared.NutsRegion;
import eu.dmhub.shared.SizeClass;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIdentityStore implements IdentityStore {

    private static final String COMPANY_COLUMNS =
            "id, legal_name, country, registry_code, nace_section, nace_division, size_class, region";
    private static final String PERSON_COLUMNS = """
            p.id, p.email, p.password_hash, p.display_name, p.organisation_id, p.language,
            coalesce((select string_agg(r.role, ',') from identity.person_role r where r.person_id = p.id), '') as roles
            """;

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;

    JdbcIdentityStore(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public CompanyId insertOrganisation(OrganisationKind kind, CompanyDetails details) {
        var id = CompanyId.random();
        jdbc.sql("""
                insert into identity.organisation
                  (id, kind, legal_name, country, registry_code, nace_section, nace_division, size_class, region)
                values (:id, :kind, :name, :country, :registry, :section, :division, :size, :region)
                """)
                .param("id", id.value())
                .param("kind", kind.name())
                .params(detailParams(details))
                .update();
        return id;
    }

    @Override
    public void updateCompany(CompanyId id, CompanyDetails details) {
        jdbc.sql("""
                update identity.organisation set legal_name = :name, country = :country, registry_code = :registry,
                  nace_section = :section, nace_division = :division, size_class = :size, region = :region,
                  updated_at = now()
                where id = :id
                """).param("id", id.value()).params(detailParams(details)).update();
    }

    private static java.util.Map<String, Object> detailParams(CompanyDetails details) {
        var params = new java.util.HashMap<String, Object>();
        params.put("name", details.legalName());
        params.put("country", details.country().code());
        params.put("registry", details.registryCode().value());
        params.put("section", details.sector().section());
        params.put("division", details.sector().division());
        params.put("size", details.size().name());
        params.put("region", details.region() == null ? null : details.region().code());
        return params;
    }

    @Override
    public Optional<CompanyProfile> findCompany(CompanyId id) {
        return jdbc.sql("select " + COMPANY_COLUMNS + " from identity.organisation where id = :id and kind = 'COMPANY'")
                .param("id", id.value())
                .query(JdbcIdentityStore::company)
                .optional();
    }

    private static CompanyProfile company(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("region");
        return new CompanyProfile(
                new CompanyId(rs.getObject("id", UUID.class)),
                rs.getString("legal_name"),
                new CountryCode(rs.getString("country")),
                rs.getString("registry_code"),
                new NaceSector(rs.getString("nace_section"), rs.getString("nace_division")),
                SizeClass.valueOf(rs.getString("size_class")),
                region == null ? null : new NutsRegion(region));
    }

    @Override
    public boolean registryCodeTaken(CompanyDetails details, CompanyId except) {
        return jdbc.sql("""
                select count(*) from identity.organisation
                where country = :country and registry_code = :registry and (cast(:except as uuid) is null or id <> :except)
                """)
                        .param("country", details.country().code())
                        .param("registry", details.registryCode().value())
                        .param("except", except == null ? null : except.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public boolean emailTaken(String normalisedEmail) {
        return jdbc.sql("select count(*) from identity.person where email = :email")
                        .param("email", normalisedEmail)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public UUID insertPerson(
            String email,
            String passwordHash,
            String name,
            CompanyId organisation,
            Set<Role> roles,
            Language language) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into identity.person (id, email, password_hash, display_name, organisation_id, language)
                values (:id, :email, :hash, :name, :organisation, :language)
                """)
                .param("id", id)
                .param("email", email)
                .param("hash", passwordHash)
                .param("name", name)
                .param("organisation", organisation.value())
                .param("language", language == null ? null : language.code())
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into identity.person_role (person_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
        return id;
    }

    @Override
    public Optional<StoredPerson> findPersonByEmail(String normalisedEmail) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from identity.person p where p.email = :email")
                .param("email", normalisedEmail)
                .query(JdbcIdentityStore::person)
                .optional();
    }

    @Override
    public Optional<StoredPerson> findPerson(UUID id) {
        return jdbc.sql("select " + PERSON_COLUMNS + " from identity.person p where p.id = :id")
                .param("id", id)
                .query(JdbcIdentityStore::person)
                .optional();
    }

    @Override
    public void updateLanguage(UUID personId, Language language) {
        jdbc.sql("update identity.person set language = :language where id = :id")
                .param("language", language.code())
                .param("id", personId)
                .update();
    }

    private static StoredPerson person(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString("roles").split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new StoredPerson(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                new CompanyId(rs.getObject("organisation_id", UUID.class)),
                roles,
                rs.getString("language") == null ? null : new Language(rs.getString("language")));
    }

    @Override
    public void insertToken(UUID personId, byte[] tokenHash, Instant expiresAt) {
        jdbc.sql("""
                insert into identity.api_token (id, person_id, token_hash, expires_at)
                values (:id, :person, :hash, :expires)
                """)
                .param("id", UUID.randomUUID())
                .param("person", personId)
                .param("hash", tokenHash)
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    @Override
    public Optional<UUID> personOfValidToken(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                select person_id from identity.api_token
                where token_hash = :hash and revoked_at is null and expires_at > :now
                """)
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .optional();
    }

    @Override
    public void updatePasswordHash(UUID personId, String passwordHash) {
        jdbc.sql("update identity.person set password_hash = :hash where id = :id")
                .param("hash", passwordHash)
                .param("id", personId)
                .update();
    }

    @Override
    public boolean revokeToken(byte[] tokenHash, Instant now) {
        return jdbc.sql(
                                "update identity.api_token set revoked_at = :now where token_hash = :hash and revoked_at is null")
                        .param("hash", tokenHash)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    @Override
    public java.util.List<CompanyProfile> listCompanies(CompanyId after, int limit) {
        // Two statements rather than "(:after is null or id > :after)", which keeps PostgreSQL off the index.
        String from = "select " + COMPANY_COLUMNS + " from identity.organisation where kind = 'COMPANY'";
        var query = after == null
                ? jdbc.sql(from + " order by id limit :limit")
                : jdbc.sql(from + " and id > :after order by id limit :limit").param("after", after.value());
        return query.param("limit", limit).query(JdbcIdentityStore::company).list();
    }

    @Override
    public void insertOrganisations(OrganisationKind kind, java.util.List<CompanyDetails> details) {
        var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.batchUpdate(
                """
                insert into identity.organisation
                  (id, kind, legal_name, country, registry_code, nace_section, nace_division, size_class, region)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                details.stream()
                        .map(d -> new Object[] {
                            UUID.randomUUID(),
                            kind.name(),
                            d.legalName(),
                            d.country().code(),
                            d.registryCode().value(),
                            d.sector().section(),
                            d.sector().division(),
                            d.size().name(),
                            d.region() == null ? null : d.region().code()
                        })
                        .toList());
    }

    @Override
    public void insertConsent(Consent consent) {
        jdbc.sql("""
                insert into identity.consent (id, person_id, kind, text_version, given_at, withdrawn_at)
                values (:id, :person, :kind, :version, :given, :withdrawn)
                """)
                .param("id", UUID.randomUUID())
                .param("person", consent.person())
                .param("kind", consent.kind().name())
                .param("version", consent.textVersion())
                .param("given", Timestamp.from(consent.givenAt()))
                .param("withdrawn", consent.withdrawnAt() == null ? null : Timestamp.from(consent.withdrawnAt()))
                .update();
    }

    @Override
    public java.util.List<Consent> consentsOf(UUID personId) {
        return jdbc.sql("""
                        select person_id, kind, text_version, given_at, withdrawn_at from identity.consent
                        where person_id = :person order by given_at, id
                        """)
                .param("person", personId)
                .query((rs, n) -> {
                    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
                    return new Consent(
                            rs.getObject("person_id", UUID.class),
                            ConsentKind.valueOf(rs.getString("kind")),
                            rs.getString("text_version"),
                            rs.getTimestamp("given_at").toInstant(),
                            withdrawn == null ? null : withdrawn.toInstant());
                })
                .list();
    }

    @Override
    public long countOrganisations() {
        return jdbc.sql("select count(*) from identity.organisation")
                .query(Long.class)
                .single();
    }

    @Override
    public java.util.Set<CompanyId> clientsOf(CompanyId dih) {
        return java.util.Set.copyOf(jdbc.sql("select company_id from identity.dih_client where dih_id = ?")
                .param(dih.value())
                .query((rs, n) -> new CompanyId(rs.getObject("company_id", UUID.class)))
                .list());
    }

    @Override
    public int addClientsInCountry(CompanyId dih, String country) {
        return jdbc.sql("""
                        insert into identity.dih_client (dih_id, company_id)
                        select ?, id from identity.organisation where kind = 'COMPANY' and country = ?
                        on conflict do nothing
                        """).params(dih.value(), country).update();
    }
}

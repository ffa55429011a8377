package eu.dmhub.identity.application;

import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.domain.CompanyDetails;
import eu.dmhub.identity.domain.Consent;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.Language;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where organisations, people and API tokens are kept (implemented in persistence). */
public interface IdentityStore {

    /** A person with what sign-in needs. */
    record StoredPerson(
            UUID id,
            String email,
            String passwordHash,
            String displayName,
            CompanyId organisation,
            Set<Role> roles,
            Language language) {}

    enum OrganisationKind {
        COMPANY,
        DIH,
        AGENCY,
        MINISTRY,
        OPERATOR
    }

    CompanyId insertOrganisation(OrganisationKind kind, CompanyDetails details);

    /** Inserts many organisations in batches (demo and scale data). */
    void insertOrganisations(OrganisationKind kind, java.util.List<CompanyDetails> details);

    void updateCompany(CompanyId id, CompanyDetails details);

    Optional<CompanyProfile> findCompany(CompanyId id);

    boolean registryCodeTaken(CompanyDetails details, CompanyId except);

    boolean emailTaken(String normalisedEmail);

    UUID insertPerson(
            String email, String passwordHash, String name, CompanyId organisation, Set<Role> roles, Language language);

    Optional<StoredPerson> findPersonByEmail(String normalisedEmail);

    /** Replaces a person's password hash (an old hash upgraded at sign-in). */
    void updatePasswordHash(UUID personId, String passwordHash);

    Optional<StoredPerson> findPerson(UUID id);

    void updateLanguage(UUID personId, Language language);

    void insertConsent(Consent consent);

    /** A person's consents of every kind, oldest first, withdrawn ones included. */
    java.util.List<Consent> consentsOf(UUID personId);

    void insertToken(UUID personId, byte[] tokenHash, Instant expiresAt);

    Optional<UUID> personOfValidToken(byte[] tokenHash, Instant now);

    boolean revokeToken(byte[] tokenHash, Instant now);

    long countOrganisations();

    /** The companies that are clients of the DIH {@code dih}. */
    java.util.Set<CompanyId> clientsOf(CompanyId dih);

    /** Makes every company of {@code country} a client of {@code dih} (demo data). */
    int addClientsInCountry(CompanyId dih, String country);

    /** Companies in id order after {@code after} ({@code null}: from the start). */
    java.util.List<CompanyProfile> listCompanies(CompanyId after, int limit);
}

package eu.dmhub.identity.demo;

import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.IdentityStore;
import eu.dmhub.identity.application.IdentityStore.OrganisationKind;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.identity.domain.CompanyDetails;
import eu.dmhub.identity.domain.RegistryCode;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.NaceSector;
import eu.dmhub.shared.NutsRegion;
import eu.dmhub.shared.SizeClass;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organisations, one login per role and many synthetic companies, created once when the
 * database is new. Never a migration: production databases never get demo data.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "dmhub.demo.enabled", havingValue = "true")
class IdentityDemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-password";
    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    /** A demo login. */
    record Login(String email, String name, Role role, OrganisationKind kind, CompanyDetails organisation) {}

    static final List<Login> LOGINS = List.of(
            new Login(
                    "sme@demo.dmhub.eu",
                    "Mari Tamm",
                    Role.SME_USER,
                    OrganisationKind.COMPANY,
                    details("Tartu Metall OÜ", "EE", 999991, "25", SizeClass.SMALL, "EE008")),
            new Login(
                    "consultant@demo.dmhub.eu",
                    "Jaan Kask",
                    Role.CONSULTANT,
                    OrganisationKind.DIH,
                    details("Demo Digital Innovation Hub", "EE", 999992, "70", SizeClass.SMALL, "EE001")),
            new Login(
                    "officer@demo.dmhub.eu",
                    "Liis Saar",
                    Role.PROGRAMME_OFFICER,
                    OrganisationKind.AGENCY,
                    details("Demo Development Agency", "EE", 999993, "84", SizeClass.MEDIUM, null)),
            new Login(
                    "analyst@demo.dmhub.eu",
                    "Anna Berzina",
                    Role.ANALYST,
                    OrganisationKind.MINISTRY,
                    details("Demo Ministry of Economy", "LV", 999994, "84", SizeClass.LARGE, null)),
            new Login(
                    "admin@demo.dmhub.eu",
                    "Platform Admin",
                    Role.ADMIN,
                    OrganisationKind.OPERATOR,
                    details("Digital Maturity Hub operator", "EE", 999995, "62", SizeClass.MICRO, null)));

    private final IdentityStore store;
    private final RegistrationService registrations;
    private final int companies;

    IdentityDemoData(
            IdentityStore store,
            RegistrationService registrations,
            @Value("${dmhub.demo.companies:2000}") int companies) {
        this.store = store;
        this.registrations = registrations;
        this.companies = companies;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (store.countOrganisations() == 0) {
            CompanyId dih = null;
            for (Login login : LOGINS) {
                var registered = registrations.create(
                        login.email(),
                        PASSWORD,
                        login.name(),
                        null, // not chosen: the demo reads in the browser's language until one is picked
                        login.kind(),
                        login.organisation(),
                        Set.of(login.role()));
                if (login.kind() == OrganisationKind.DIH) {
                    dih = registered.companyId();
                }
            }
            var random = new Random(20261124L);
            var batch = new java.util.ArrayList<CompanyDetails>();
            for (int i = 0; i < companies; i++) {
                batch.add(SyntheticCompanies.next(random, i));
                if (batch.size() == 10_000 || i == companies - 1) {
                    store.insertOrganisations(OrganisationKind.COMPANY, batch);
                    batch.clear();
                }
            }
            log.info("Demo data: created {} synthetic companies", companies);
            int clients = store.addClientsInCountry(dih, "EE");
            log.info("Demo data: {} Estonian companies are clients of the demo DIH", clients);
        }
        var lines = new StringBuilder("\n\nDemo logins (password for all: ")
                .append(PASSWORD)
                .append("):\n");
        LOGINS.forEach(l -> lines.append(String.format("  %-18s %s%n", l.role(), l.email())));
        log.info(lines.toString());
    }

    /** {@code registry} picks a made-up registry code, away from the synthetic companies' numbers. */
    static CompanyDetails details(
            String name, String country, int registry, String division, SizeClass size, String region) {
        var countryCode = new CountryCode(country);
        return new CompanyDetails(
                name,
                countryCode,
                RegistryCode.madeUp(countryCode, registry),
                NaceSector.ofDivision(division),
                size,
                region == null ? null : new NutsRegion(region));
    }
}

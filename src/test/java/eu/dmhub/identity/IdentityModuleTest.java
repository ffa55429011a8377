package eu.dmhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import eu.dmhub.Fixtures;
import eu.dmhub.SignedIn;
import eu.dmhub.identity.application.CompanyService;
import eu.dmhub.identity.application.Registered;
import eu.dmhub.identity.application.Registration;
import eu.dmhub.identity.application.Registration.CompanyForm;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.identity.application.TokenService;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.SizeClass;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The identity module: sign-up, people and profiles, tokens, the company page. STANDALONE because
 * identity depends on no other module but shared (which every module test includes); the database
 * module is an extra include, since no module depends on it but every store needs it.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "database")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class IdentityModuleTest {

    private static final String PASSWORD = "module-password";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegistrationService registrations;

    @Autowired
    CompanyService companies;

    @Autowired
    TokenService tokens;

    @Autowired
    UserDetailsService people;

    private String anSmeUser() {
        return "sme-" + System.nanoTime() + "@identity.example";
    }

    @Test
    void aCompanyThatSignsUpIsAnnouncedAndItsOwnerCanBeFoundAndSignedIn(AssertablePublishedEvents events) {
        var registration = Fixtures.aSmallManufacturerInTartu();
        @SuppressWarnings("unchecked")
        var company = (java.util.Map<String, String>) (java.util.Map<?, ?>) Fixtures.company(registration);
        String email = ((String) registration.get("email")).toUpperCase(java.util.Locale.ROOT);
        var form = new Registration(
                email,
                PASSWORD,
                "Mari Tamm",
                "et",
                eu.dmhub.identity.domain.PrivacyNotice.VERSION,
                new CompanyForm(
                        company.get("legalName"),
                        company.get("country"),
                        company.get("registryCode"),
                        company.get("naceDivision"),
                        company.get("sizeClass"),
                        company.get("region")));

        Registered registered = registrations.register(form);

        var owner = people.loadUserByUsername(email.toLowerCase(java.util.Locale.ROOT));
        assertThat(owner.getAuthorities()).extracting(Object::toString).containsExactly(Role.SME_USER.authority());
        assertThat(CurrentPersons.from(SignedIn.authentication(people, owner.getUsername())))
                .hasValueSatisfying(person -> assertThat(person.id()).isEqualTo(registered.personId()));
        CompanyProfile profile = companies.find(registered.companyId()).orElseThrow();
        assertThat(profile.legalName()).isEqualTo(company.get("legalName"));
        assertThat(profile.country().code()).isEqualTo("EE");
        assertThat(events)
                .contains(CompanyRegistered.class)
                .matching(announced -> announced.profile().id().equals(registered.companyId()));
        assertThatThrownBy(() -> registrations.register(form)).isInstanceOf(Conflict.class);
    }

    @Test
    void aProfileChangeIsPublishedAndReadBackAtOnceThoughProfilesAreCached(AssertablePublishedEvents events) {
        String email = anSmeUser();
        Registered company = Fixtures.aPersonWithRole(registrations, email, PASSWORD, Role.SME_USER);
        CompanyProfile before = companies.find(company.companyId()).orElseThrow();
        assertThat(before.size()).isEqualTo(SizeClass.SMALL);

        var person = SignedIn.person(people, email);
        companies.update(person, company.companyId(), formOf(before, SizeClass.MEDIUM));

        assertThat(companies.find(company.companyId()).orElseThrow().size()).isEqualTo(SizeClass.MEDIUM);
        assertThat(events)
                .contains(CompanyProfileChanged.class)
                .matching(changed -> changed.after().id().equals(company.companyId())
                        && changed.before().size() == SizeClass.SMALL
                        && changed.after().size() == SizeClass.MEDIUM);
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnceThoughTokensAreCached() {
        String email = anSmeUser();
        Registered person = Fixtures.aPersonWithRole(registrations, email, PASSWORD, Role.SME_USER);
        String token = tokens.issue(email, PASSWORD).token();
        assertThat(tokens.personOf(token)).contains(person.personId());

        assertThat(tokens.revoke(token)).isTrue();

        assertThat(tokens.personOf(token)).isEmpty();
        assertThat(tokens.personOf(token.substring(0, token.length() - 1) + "x"))
                .isEmpty();
    }

    @Test
    void theCompanyPageShowsTheProfileAndNamesAMissingField() {
        String email = anSmeUser();
        Registered company = Fixtures.aPersonWithRole(registrations, email, PASSWORD, Role.SME_USER);
        CompanyProfile profile = companies.find(company.companyId()).orElseThrow();

        assertThat(mvc.get().uri("/company").with(SignedIn.as(people, email)))
                .hasStatus(HttpStatus.OK)
                .bodyText()
                .contains(profile.legalName());

        assertThat(mvc.post()
                        .uri("/company")
                        .with(SignedIn.as(people, email))
                        .with(csrf())
                        .param("legalName", "")
                        .param("country", profile.country().code())
                        .param("registryCode", profile.registryCode())
                        .param("naceDivision", profile.sector().division())
                        .param("sizeClass", profile.size().name()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("id=\"legalName-error\"");
        assertThat(companies.find(company.companyId()).orElseThrow().legalName())
                .isEqualTo(profile.legalName());
    }

    @Test
    void theCompanyPageIsForCompaniesOnly() {
        String email = "analyst-" + System.nanoTime() + "@identity.example";
        Fixtures.aPersonWithRole(registrations, email, PASSWORD, Role.ANALYST);

        assertThat(mvc.get().uri("/company").with(SignedIn.as(people, email))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/company"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
    }

    private static CompanyForm formOf(CompanyProfile p, SizeClass size) {
        return new CompanyForm(
                p.legalName(),
                p.country().code(),
                p.registryCode(),
                p.sector().division(),
                size.name(),
                p.region() == null ? "" : p.region().code());
    }
}

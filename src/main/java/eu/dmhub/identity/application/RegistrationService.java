package eu.dmhub.identity.application;

import eu.dmhub.identity.CompanyRegistered;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.IdentityStore.OrganisationKind;
import eu.dmhub.identity.domain.CompanyDetails;
import eu.dmhub.identity.domain.Consent;
import eu.dmhub.identity.domain.ConsentKind;
import eu.dmhub.identity.domain.Credentials;
import eu.dmhub.identity.domain.PasswordStrength;
import eu.dmhub.identity.domain.PrivacyNotice;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.InvalidInput.Problem;
import eu.dmhub.shared.Language;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a person together with their company; the person becomes the company's SME user. */
@Service
public class RegistrationService {

    private final IdentityStore store;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(
            IdentityStore store, PasswordEncoder passwords, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.store = store;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Registered register(Registration registration) {
        var company = registration.company() == null ? Registration.CompanyForm.empty() : registration.company();
        var problems = new ArrayList<Problem>(
                Credentials.check(registration.email(), registration.password(), registration.name()));
        if (problems.stream().noneMatch(p -> p.field().equals("password"))) {
            PasswordStrength.check(
                            registration.password(),
                            LocaleContextHolder.getLocale(),
                            List.of(registration.email(), registration.name(), company.legalName()))
                    .ifPresent(problems::add);
        }
        PrivacyNotice.checkAcceptance("privacyNotice", registration.privacyNotice())
                .ifPresent(problems::add);
        CompanyDetails details = null;
        try {
            details = CompanyDetails.of(
                    "company.",
                    company.legalName(),
                    company.country(),
                    company.registryCode(),
                    company.naceDivision(),
                    company.sizeClass(),
                    company.region());
        } catch (InvalidInput invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String email = Credentials.normaliseEmail(registration.email());
        if (store.emailTaken(email)) {
            throw new Conflict("email", "error.email.taken");
        }
        if (store.registryCodeTaken(details, null)) {
            throw new Conflict("company.registryCode", "error.registry-code.taken");
        }
        Registered registered = create(
                email,
                registration.password(),
                registration.name().strip(),
                language(registration.language()),
                OrganisationKind.COMPANY,
                details,
                Set.of(Role.SME_USER));
        store.insertConsent(Consent.given(
                registered.personId(), ConsentKind.PRIVACY_NOTICE, PrivacyNotice.VERSION, clock.instant()));
        return registered;
    }

    /** Creates an organisation and its first person without the checks for self-service sign-up (demo data). */
    @Transactional
    public Registered create(
            String email,
            String password,
            String name,
            Language language,
            OrganisationKind kind,
            CompanyDetails details,
            Set<Role> roles) {
        var companyId = store.insertOrganisation(kind, details);
        var personId = store.insertPerson(email, passwords.encode(password), name, companyId, roles, language);
        if (kind == OrganisationKind.COMPANY) {
            store.findCompany(companyId).map(CompanyRegistered::new).ifPresent(events::publishEvent);
        }
        return new Registered(personId, companyId);
    }

    private static Language language(String code) {
        if (code == null || code.isBlank()) {
            return Language.ENGLISH;
        }
        return Language.of(Locale.forLanguageTag(code.strip()));
    }
}

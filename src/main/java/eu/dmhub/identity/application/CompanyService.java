package eu.dmhub.identity.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.identity.CompanyProfileChanged;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.Role;
import eu.dmhub.identity.application.Registration.CompanyForm;
import eu.dmhub.identity.domain.CompanyDetails;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.NotFound;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Company profiles: read by anyone allowed to see them, changed by the company's own people. */
@Service
public class CompanyService implements Companies {

    private final IdentityStore store;
    private final ApplicationEventPublisher events;

    private final Cache<CompanyId, CompanyProfile> profiles;

    CompanyService(
            IdentityStore store,
            ApplicationEventPublisher events,
            @org.springframework.beans.factory.annotation.Value("${dmhub.cache.time-to-live:PT30S}")
                    java.time.Duration timeToLive) {
        this.store = store;
        this.events = events;
        this.profiles = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(100_000)
                .build();
    }

    /** A profile, remembered for the cache's time to live; a change here evicts it on commit. */
    @Override
    public Optional<CompanyProfile> find(CompanyId id) {
        return Optional.ofNullable(
                profiles.get(id, key -> store.findCompany(key).orElse(null)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CompanyProfile> findFor(CurrentPerson person, CompanyId id) {
        if (!person.actsFor(id) && !person.has(Role.ADMIN)) {
            return Optional.empty();
        }
        return store.findCompany(id);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<CompanyProfile> list(CompanyId after, int limit) {
        return store.listCompanies(after, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<CompanyId> analysableBy(CurrentPerson person) {
        if (person.has(Role.ANALYST)) {
            return null;
        }
        if (person.has(Role.CONSULTANT)) {
            return store.clientsOf(person.organisation());
        }
        return java.util.Set.of();
    }

    @Transactional
    public CompanyProfile update(CurrentPerson person, CompanyId id, CompanyForm form) {
        CompanyProfile before = findFor(person, id).orElseThrow(() -> new NotFound("error.company.not-found"));
        var details = CompanyDetails.of(
                "",
                form.legalName(),
                form.country(),
                form.registryCode(),
                form.naceDivision(),
                form.sizeClass(),
                form.region());
        if (store.registryCodeTaken(details, id)) {
            throw new Conflict("registryCode", "error.registry-code.taken");
        }
        store.updateCompany(id, details);
        evictOnCommit(id);
        CompanyProfile after = store.findCompany(id).orElseThrow();
        if (!after.equals(before)) {
            events.publishEvent(new CompanyProfileChanged(before, after));
        }
        return after;
    }

    private void evictOnCommit(CompanyId id) {
        profiles.invalidate(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    profiles.invalidate(id);
                }
            });
        }
    }
}

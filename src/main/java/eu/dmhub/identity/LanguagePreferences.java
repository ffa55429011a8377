package eu.dmhub.identity;

import eu.dmhub.identity.application.IdentityStore;
import eu.dmhub.shared.Language;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The language each person reads the platform in, remembered with the person so that it follows
 * them to another browser or device.
 */
@Service
public class LanguagePreferences {

    private final IdentityStore store;

    LanguagePreferences(IdentityStore store) {
        this.store = store;
    }

    public void remember(UUID personId, Language language) {
        store.updateLanguage(personId, language);
    }
}

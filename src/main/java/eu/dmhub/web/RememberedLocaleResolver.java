package eu.dmhub.web;

import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.identity.LanguagePreferences;
import eu.dmhub.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Which language a page is in: the one picked with the switcher on this browser (a cookie), else
 * the signed-in person's remembered language (if they ever chose one), else the browser's
 * Accept-Language, else English.
 * Picking a language while signed in also remembers it for the person, so that it follows them to
 * another device. API requests use Accept-Language only.
 */
final class RememberedLocaleResolver extends CookieLocaleResolver {

    private final LanguagePreferences preferences;

    RememberedLocaleResolver(LanguagePreferences preferences) {
        super("dmhub-lang");
        this.preferences = preferences;
        setCookieMaxAge(Duration.ofDays(365));
        setDefaultLocaleFunction(RememberedLocaleResolver::unchosen);
    }

    private static Locale unchosen(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return WebConfiguration.fromAcceptLanguage(request);
        }
        return CurrentPersons.current()
                .map(CurrentPerson::language)
                .map(Language::locale)
                .orElseGet(() -> WebConfiguration.fromAcceptLanguage(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale);
        if (locale != null) {
            Language.supported(locale.toLanguageTag()).ifPresent(language -> CurrentPersons.current()
                    .filter(person -> !language.equals(person.language()))
                    .ifPresent(person -> preferences.remember(person.id(), language)));
        }
    }
}

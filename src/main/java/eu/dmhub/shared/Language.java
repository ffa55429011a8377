package eu.dmhub.shared;

import java.util.List;
import java.util.Locale;

/** A language the platform speaks, as an ISO 639-1 code. */
public record Language(String code) implements java.io.Serializable {

    public static final Language ENGLISH = new Language("en");
    public static final Language ESTONIAN = new Language("et");

    /** The languages the user interface is offered in, English first. */
    public static final List<Language> SUPPORTED = List.of(ENGLISH, ESTONIAN);

    public Language {
        if (code == null || !code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("Not an ISO 639-1 language code: " + code);
        }
    }

    public static Language of(Locale locale) {
        Language language = new Language(locale.getLanguage().isEmpty() ? "en" : locale.getLanguage());
        return SUPPORTED.contains(language) ? language : ENGLISH;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    @Override
    public String toString() {
        return code;
    }
}

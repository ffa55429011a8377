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

    /** The supported language a tag such as {@code et} or {@code et-EE} names, if any. */
    public static java.util.Optional<Language> supported(String tag) {
        String code = tag == null ? "" : Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    @Override
    public String toString() {
        return code;
    }
}

package eu.dmhub.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** A language the platform speaks, as an ISO 639-1 code. */
public record Language(String code) implements java.io.Serializable {

    public static final Language ENGLISH = new Language("en");
    public static final Language ESTONIAN = new Language("et");

    /**
     * The languages the user interface, the questionnaires and the catalogue are offered in: the
     * official languages of the Baltic Sea Region's countries, English first, Norwegian as Bokmål.
     */
    public static final List<Language> SUPPORTED = Stream.of("en", "et", "lv", "lt", "pl", "fi", "sv", "de", "da", "nb")
            .map(Language::new)
            .toList();

    public Language {
        if (code == null || !code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("Not an ISO 639-1 language code: " + code);
        }
    }

    public static Language of(Locale locale) {
        return byCode(locale.getLanguage()).orElse(ENGLISH);
    }

    /**
     * The supported language a tag such as {@code et} or {@code et-EE} names, if any; Norwegian
     * ({@code no}, {@code nn}) is read as Bokmål, the written standard we translate into.
     */
    public static Optional<Language> supported(String tag) {
        return byCode(tag == null ? "" : Locale.forLanguageTag(tag.strip()).getLanguage());
    }

    private static Optional<Language> byCode(String code) {
        String written = code.equals("no") || code.equals("nn") ? "nb" : code;
        return SUPPORTED.stream().filter(l -> l.code().equals(written)).findFirst();
    }

    /**
     * The locale numbers and dates are written in: the language's own, except English, which
     * follows British usage (day before month, as everywhere else in the region).
     */
    public Locale formatting() {
        return equals(ENGLISH) ? Locale.UK : locale();
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    @Override
    public String toString() {
        return code;
    }
}

package eu.dmhub.shared;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code. */
public record CountryCode(String code) {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    /** The Baltic Sea Region countries, listed first wherever a person picks a country. */
    public static final List<CountryCode> REGION =
            List.of("EE", "LV", "LT", "PL", "FI", "SE", "DK", "DE", "NO").stream()
                    .map(CountryCode::new)
                    .toList();

    public CountryCode {
        if (code == null || !ISO_CODES.contains(code)) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + code);
        }
    }

    /** Reads a code typed by a person: trims and upper-cases; {@code null} when it is no country. */
    public static CountryCode parse(String text) {
        if (text == null) {
            return null;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        return ISO_CODES.contains(code) ? new CountryCode(code) : null;
    }

    public static List<CountryCode> all() {
        return ISO_CODES.stream().sorted().map(CountryCode::new).toList();
    }

    public boolean inRegion() {
        return REGION.contains(this);
    }

    public String displayName(Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }

    @Override
    public String toString() {
        return code;
    }
}

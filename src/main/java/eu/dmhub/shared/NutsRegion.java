package eu.dmhub.shared;

import java.util.Locale;

/**
 * A NUTS 2 or NUTS 3 region code such as {@code EE008}: the country's two letters (Greece is
 * {@code EL}) followed by two or three letters or digits.
 */
public record NutsRegion(String code) {

    public NutsRegion {
        if (code == null || !code.matches("[A-Z]{2}[0-9A-Z]{2,3}")) {
            throw new IllegalArgumentException("Not a NUTS 2 or 3 code: " + code);
        }
    }

    public static NutsRegion parse(String text) {
        if (text == null) {
            return null;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        return code.matches("[A-Z]{2}[0-9A-Z]{2,3}") ? new NutsRegion(code) : null;
    }

    public boolean belongsTo(CountryCode country) {
        String prefix = code.substring(0, 2);
        return prefix.equals(country.code())
                || (prefix.equals("EL") && country.code().equals("GR"));
    }

    @Override
    public String toString() {
        return code;
    }
}

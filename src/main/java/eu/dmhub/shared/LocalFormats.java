package eu.dmhub.shared;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How numbers, percentages and dates are written for a reader, by the conventions of their
 * language (CLDR, as the JDK ships it): “3,5” and “25.11.2026” in Estonian, “3.5” and
 * “25 Nov 2026” in English, “45 %” in German. Every page, export and report formats through here.
 */
public final class LocalFormats {

    private LocalFormats() {}

    /** A score or mean: at most one decimal. */
    public static NumberFormat number(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(formatting(locale));
        format.setMaximumFractionDigits(1);
        return format;
    }

    /** A count, with the language's grouping of thousands. */
    public static NumberFormat integer(Locale locale) {
        return NumberFormat.getIntegerInstance(formatting(locale));
    }

    /** A whole percentage, e.g. {@code percent(locale).format(0.45)}: “45%”, “45 %”. */
    public static NumberFormat percent(Locale locale) {
        return NumberFormat.getPercentInstance(formatting(locale));
    }

    /** A date in the language's usual medium form, in the platform's time zone. */
    public static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(formatting(locale))
                .withZone(ZoneId.systemDefault());
    }

    /** A date with the month in words, as a report's title page writes it. */
    public static DateTimeFormatter longDate(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(formatting(locale))
                .withZone(ZoneId.systemDefault());
    }

    /** A date and a time of day. */
    public static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(formatting(locale))
                .withZone(ZoneId.systemDefault());
    }

    private static Locale formatting(Locale locale) {
        return Language.of(locale).formatting();
    }
}

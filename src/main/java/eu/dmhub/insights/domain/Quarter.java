package eu.dmhub.insights.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/** A calendar quarter (UTC), such as 2026-Q3; ordered, and numbered so that the next one is +1. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4 || year < 1970 || year > 9999) {
            throw new IllegalArgumentException("No such quarter: " + year + "-Q" + quarter);
        }
    }

    public static Quarter of(Instant instant) {
        var date = instant.atZone(ZoneOffset.UTC);
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** Parses {@code 2026-Q3}; {@code null} when the text is not a quarter. */
    public static Quarter parse(String text) {
        var matcher = TEXT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        return year < 1970 ? null : new Quarter(year, Integer.parseInt(matcher.group(2)));
    }

    public static Quarter ofIndex(int index) {
        return new Quarter(index / 4, index % 4 + 1);
    }

    /** A number that grows by one per quarter. */
    public int index() {
        return year * 4 + quarter - 1;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}

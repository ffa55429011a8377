package eu.dmhub.insights.application;

import eu.dmhub.insights.domain.InsightReport;
import eu.dmhub.insights.domain.InsightReport.Row;
import eu.dmhub.shared.CountryCode;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** How the reader wants the heat map's countries sorted. */
public enum HeatMapOrder {
    /** By the country's name in the reader's language, as that language sorts it. */
    NAME,
    /** Highest overall mean first; suppressed countries last, by name. */
    SCORE;

    /** The order a query asks for ({@link #NAME} when blank), or {@code null} when it names none. */
    public static HeatMapOrder parse(String text) {
        if (text == null || text.isBlank()) {
            return NAME;
        }
        for (HeatMapOrder order : values()) {
            if (order.name().equalsIgnoreCase(text.trim())) {
                return order;
            }
        }
        return null;
    }

    InsightReport sort(InsightReport report, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<Row> byName = Comparator.comparing(row -> new CountryCode(row.key()).displayName(locale), collator);
        Comparator<Row> order = this == NAME
                ? byName
                : Comparator.comparing(
                                (Row row) ->
                                        row.suppressed() ? null : row.means().get(0),
                                Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                        .thenComparing(byName);
        return report.withHeatMap(report.heatMap().stream().sorted(order).toList());
    }
}

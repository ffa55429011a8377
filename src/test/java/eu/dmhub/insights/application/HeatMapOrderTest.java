package eu.dmhub.insights.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.insights.domain.InsightFilter;
import eu.dmhub.insights.domain.InsightReport;
import eu.dmhub.insights.domain.InsightReport.Row;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeatMapOrderTest {

    private static final InsightReport REPORT = report(
            row("DE", 44.0),
            row("DK", 51.5),
            row("EE", 47.25),
            row("FI", null),
            row("LV", 39.0),
            row("SE", 55.0),
            row("PL", 47.25));

    @Test
    void byNameSortsTheCountriesAsTheReadersLanguageNamesThem() {
        assertThat(keys(HeatMapOrder.NAME.sort(REPORT, Locale.ENGLISH)))
                .containsExactly("DK", "EE", "FI", "DE", "LV", "PL", "SE");
        // Estonian: Eesti, Läti, Poola, Rootsi, Saksamaa, Soome, Taani (õ/ä/ö/ü follow Estonian rules)
        assertThat(keys(HeatMapOrder.NAME.sort(REPORT, Locale.forLanguageTag("et"))))
                .containsExactly("EE", "LV", "PL", "SE", "DE", "FI", "DK");
    }

    @Test
    void byScoreSortsTheHighestOverallMeanFirstAndSuppressedCountriesLast() {
        assertThat(keys(HeatMapOrder.SCORE.sort(REPORT, Locale.ENGLISH)))
                .containsExactly("SE", "DK", "EE", "PL", "DE", "LV", "FI");
    }

    @Test
    void aQueryNamesTheOrderInAnyCaseAndWithoutOneSortsByName() {
        assertThat(HeatMapOrder.parse(null)).isEqualTo(HeatMapOrder.NAME);
        assertThat(HeatMapOrder.parse(" score ")).isEqualTo(HeatMapOrder.SCORE);
        assertThat(HeatMapOrder.parse("country-code")).isNull();
    }

    private static List<String> keys(InsightReport report) {
        return report.heatMap().stream().map(Row::key).toList();
    }

    private static Row row(String country, Double overall) {
        return overall == null
                ? new Row(country, true, null, Arrays.asList(null, null))
                : new Row(country, false, 20L, List.of(overall, overall));
    }

    private static InsightReport report(Row... rows) {
        return new InsightReport(
                InsightFilter.of("dma"),
                InsightReport.Population.ALL_COMPANIES,
                10,
                List.of("overall", "data"),
                new InsightReport.Summary(true, null, List.of()),
                List.of(rows),
                new Row(null, false, 140L, List.of(45.0, 45.0)),
                List.of(),
                List.of());
    }
}

package eu.dmhub.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dmhub.shared.LocalFormats;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class RadarChartTest {

    private final RadarChart chart = new RadarChart(
                    "Scores",
                    "Six <dimensions>",
                    List.of(
                            "Strategy",
                            "Readiness",
                            "Human-centric digitalisation",
                            "Data management and connectedness",
                            "Automation",
                            "Green"),
                    100,
                    v -> LocalFormats.number(Locale.ENGLISH).format(v))
            .add(new RadarChart.Series("Now", List.of(100.0, 50.0, 0.0, 25.0, 75.0, 120.0)));

    @Test
    void drawsOnePointPerAxisWithTheCentreAtZeroAndTheRimAtTheMaximum() {
        var svg = Jsoup.parse(chart.svg(), "", Parser.xmlParser());
        var points = svg.select("polygon.series").attr("points").split(" ");
        assertThat(points).hasSize(6);
        assertThat(points[0]).isEqualTo("300.0,80.0");
        assertThat(points[2]).isEqualTo("300.0,220.0");
        assertThat(svg.select("circle")).hasSize(6);
    }

    @Test
    void valuesAboveTheMaximumStayOnTheRim() {
        var points = Jsoup.parse(chart.svg(), "", Parser.xmlParser())
                .select("polygon.series")
                .attr("points")
                .split(" ");
        assertThat(points[5]).isEqualTo("178.8,150.0");
    }

    @Test
    void isAccessibleAndEscapesText() {
        String svg = chart.svg();
        assertThat(svg)
                .contains(
                        "role=\"img\"",
                        "<title id=\"radar-title\">Scores</title>",
                        "<desc id=\"radar-desc\">Six &lt;dimensions&gt;</desc>");
    }

    @Test
    void aSecondChartOnThePageNamesItselfWithIdsOfItsOwn() {
        assertThat(chart.id("progress-radar").svg())
                .contains(
                        "aria-labelledby=\"progress-radar-title progress-radar-desc\"",
                        "<title id=\"progress-radar-title\">",
                        "<desc id=\"progress-radar-desc\">");
    }

    @Test
    void wrapsLongLabelsSoTheyStayInsideThePicture() {
        assertThat(RadarChart.wrap("Data management and connectedness"))
                .containsExactly("Data management", "and connectedness");
        var svg = Jsoup.parse(chart.svg(), "", Parser.xmlParser());
        assertThat(svg.select("text tspan").eachText()).contains("Data management", "and connectedness");
    }

    @Test
    void refusesFewerThanThreeAxesOrAMismatchedSeries() {
        assertThatThrownBy(() -> new RadarChart("t", "d", List.of("a", "b"), 1, String::valueOf))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.add(new RadarChart.Series("x", List.of(1.0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScaleOfWholeNumbersHasItsRingsAtWholeNumbersAndAScoreSitsOnItsRing() {
        var dii = new RadarChart(
                        "Indicators met",
                        "Four groups of three",
                        List.of("Connectivity", "Software", "Cloud and AI", "Online"),
                        3,
                        v -> LocalFormats.number(Locale.ENGLISH).format(v))
                .add(new RadarChart.Series("Now", List.of(1.0, 2.0, 3.0, 0.0)));
        var svg = Jsoup.parse(dii.svg(), "", Parser.xmlParser());

        assertThat(svg.select("g.ring-labels text").eachText()).containsExactly("1", "2", "3");
        // the first axis points up from the centre (300, 220) with a radius of 140: ring 1 at a third
        assertThat(svg.select("polygon.ring").first().attr("points")).startsWith("300.0,173.3 ");
        assertThat(svg.select("polygon.series").attr("points")).startsWith("300.0,173.3 ");
    }

    @Test
    void ringLabelsAreWrittenInTheReadersNumberFormat() {
        var chart = new RadarChart(
                        "t", "d", List.of("a", "b", "c"), 2.5, v -> LocalFormats.number(Locale.forLanguageTag("et"))
                                .format(v))
                .add(new RadarChart.Series("x", List.of(1.0, 1.0, 1.0)));
        assertThat(Jsoup.parse(chart.svg(), "", Parser.xmlParser())
                        .select("g.ring-labels text")
                        .eachText())
                .containsExactly("0,6", "1,2", "1,9", "2,5");
    }
}

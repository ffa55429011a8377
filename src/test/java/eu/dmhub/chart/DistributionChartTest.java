package eu.dmhub.chart;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.shared.LocalFormats;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class DistributionChartTest {

    private static DoubleFunction<String> in(String language) {
        return v -> LocalFormats.number(Locale.forLanguageTag(language)).format(v);
    }

    private static Document chart(double max, double score, String language) {
        return Jsoup.parse(
                DistributionChart.svg("Software", "Peers", max, 0, 1, 2, score, in(language)), "", Parser.xmlParser());
    }

    @Test
    void aScaleOfThreeIsTickedAtEachWholeNumberAndAScoreOfOneSitsOnTheOneTick() {
        Document svg = chart(3, 1, "en");

        assertThat(svg.select("text.tick").eachText()).containsExactly("0", "1", "2", "3");
        assertThat(svg.select("line.tick").eachAttr("x1")).containsExactly("10.0", "176.7", "343.3", "510.0");
        // the diamond's top corner is the score's place on the scale
        assertThat(svg.select("path.company").attr("d")).startsWith("M176.7 20 ");
        assertThat(svg.select("text.company").attr("x")).isEqualTo("176.7");
    }

    @Test
    void everyTickSitsWhereItsLabelSays() {
        for (double max : List.of(3.0, 12.0, 100.0, 7.0, 13.0)) {
            Document svg = chart(max, 0, "en");
            List<String> labels = svg.select("text.tick").eachText();
            List<String> places = svg.select("line.tick").eachAttr("x1");
            assertThat(labels).as("ticks of 0–%s", max).hasSameSizeAs(places).contains("0");
            assertThat(labels.get(labels.size() - 1)).isEqualTo(String.valueOf((int) max));
            for (int i = 0; i < labels.size(); i++) {
                double value = Double.parseDouble(labels.get(i));
                assertThat(value).as("a whole tick").isEqualTo(Math.rint(value));
                assertThat(Double.parseDouble(places.get(i))).isCloseTo(10 + value / max * 500, within());
            }
        }
        assertThat(chart(12, 0, "en").select("text.tick").eachText()).containsExactly("0", "3", "6", "9", "12");
        assertThat(chart(100, 0, "en").select("text.tick").eachText()).containsExactly("0", "25", "50", "75", "100");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.05);
    }

    @Test
    void theScoreIsWrittenAsTheReadersLanguageWritesNumbers() {
        assertThat(chart(100, 34.1, "et").select("text.company").text()).isEqualTo("34,1");
        assertThat(chart(100, 34.1, "pl").select("text.company").text()).isEqualTo("34,1");
        assertThat(chart(100, 34.1, "en").select("text.company").text()).isEqualTo("34.1");
    }
}

package eu.dmhub.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import eu.dmhub.Pdfs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The HTML-to-PDF step alone: well-formed DOM from lenient HTML, vector charts, embedded fonts, no fetching. */
class HtmlToPdfTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String CHART = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\">"
            + "<title>Õunad</title><desc>Kolmnurk ja ring.</desc>"
            + "<polygon points=\"10,10 190,10 100,90\" fill=\"#1d5fa8\"/><circle cx=\"100\" cy=\"50\" r=\"5\"/>"
            + "<text x=\"10\" y=\"95\" font-family=\"sans-serif\" font-size=\"12\">Õunaäri</text></svg>";
    private static final String LETTERS = "Šokolaad, žürii, õun, äri, öö, üks";

    private final HtmlToPdf renderer = new HtmlToPdf();

    @Test
    void turnsLenientHtmlIntoAWellFormedDomKeepingTheCaseOfSvgNamesAndDescribingCharts() {
        Document dom = HtmlToPdf.xhtml(page("<p>Tere<br>õhtust<p>" + CHART));

        Element svg = (Element) dom.getElementsByTagNameNS(SVG, "svg").item(0);
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 200 100");
        assertThat(svg.getAttribute("alt"))
                .as("a tagged PDF's alternative text for the figure")
                .isEqualTo("Õunad: Kolmnurk ja ring.");
        assertThat(dom.getElementsByTagName("br").getLength()).isEqualTo(1);
        assertThat(dom.getElementsByTagName("p").getLength()).isEqualTo(2);
        Element text = (Element) dom.getElementsByTagNameNS(SVG, "text").item(0);
        assertThat(text.getAttribute("font-family"))
                .as("chart text is drawn in the embedded font, not a server font")
                .isEqualTo(HtmlToPdf.FONT_FAMILY);
    }

    @Test
    void drawsInlineSvgAsVectorGraphicsAndEveryLetterInTheEmbeddedFont() throws IOException {
        byte[] withChart = renderer.render(page("<p>" + LETTERS + "</p>" + CHART), Locale.ENGLISH);
        byte[] withoutChart = renderer.render(page("<p>" + LETTERS + "</p>"), Locale.ENGLISH);

        assertThat(Pdfs.text(withChart)).contains(LETTERS);
        assertThat(Pdfs.figures(withChart)).singleElement().satisfies(chart -> {
            assertThat(chart.lines()).as("the triangle").isGreaterThanOrEqualTo(2);
            assertThat(chart.curves()).as("the circle").isGreaterThanOrEqualTo(4);
        });
        assertThat(Pdfs.figures(withoutChart)).isEmpty();
        try (PDDocument document = Loader.loadPDF(withChart)) {
            var resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    /**
     * Lines break by the Unicode rules of the language: Swedish and Finnish open a quotation with
     * ”, and “71 %:lla” is one word; the JDK's breaker split both, leaving ” or “%:” at a line's end.
     */
    @Test
    void linesNeverBreakAfterAnOpeningQuoteOrInsideAWord() throws IOException {
        String swedish = "Ytterligare 14,3 poäng i ”Datahantering och uppkoppling” tar dig till nivån ”Avancerad”. ";
        String finnish = "Pistemääräsi on pienempi kuin 71\u00a0%:lla samankaltaisista yrityksistä. ";
        for (var text : List.of(swedish, finnish)) {
            var paragraphs = new StringBuilder();
            for (int width = 60; width <= 200; width += 7) {
                paragraphs
                        .append("<p style=\"width: ")
                        .append(width)
                        .append("mm\">")
                        .append(text.repeat(3))
                        .append("</p>");
            }
            byte[] pdf =
                    renderer.render(page(paragraphs.toString()), Locale.forLanguageTag(text == swedish ? "sv" : "fi"));
            String lines;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                lines = new PDFTextStripper().getText(document);
            }
            assertThat(lines.lines().filter(line -> !line.isBlank()))
                    .as("the paragraphs wrap")
                    .hasSizeGreaterThan(40)
                    .noneMatch(line -> line.matches(".*(^|\\s)”\\s*$"))
                    .noneMatch(line -> line.strip().endsWith("%:"));
        }
    }

    @Test
    void fetchesNothingButItsOwnStylesheetAndFonts() throws IOException {
        var requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String elsewhere = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] pdf = renderer.render(
                    page("<link rel=\"stylesheet\" href=\"" + elsewhere + "/evil.css\">"
                            + "<img src=\"" + elsewhere + "/tracker.png\" alt=\"a tracker\">"
                            + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><image href=\""
                            + elsewhere
                            + "/chart.png\" width=\"10\" height=\"10\"/></svg><p>" + LETTERS + "</p>"),
                    Locale.ENGLISH);
            assertThat(Pdfs.text(pdf)).contains(LETTERS);
        } finally {
            server.stop(0);
        }
        assertThat(requests).hasValue(0);
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"et\"><head><meta charset=\"utf-8\"><title>Test</title>"
                + "<meta name=\"subject\" content=\"A test page\">"
                + "<link rel=\"stylesheet\" href=\"classpath:report/report.css\"></head><body>" + body
                + "</body></html>";
    }
}

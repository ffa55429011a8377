package eu.dmhub.assessment.application;

import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Lays out a rendered HTML page as a PDF with openhtmltopdf. jsoup parses the page (HTML, not
 * necessarily well-formed XML) into the well-formed DOM openhtmltopdf needs; inline SVG charts are
 * drawn by Batik as vector graphics. Text in every language, chart lettering included, is drawn in
 * the embedded DejaVu Sans (Latin Extended-A and more), whatever fonts the server has. The only
 * URL a page may name is the report's stylesheet, {@code classpath:report/report.css}; fonts and
 * stylesheet are read once at start-up, so rendering never fetches anything.
 */
@Component
class HtmlToPdf {

    static final String SCHEME = "classpath";

    /** The family name the embedded font goes by, in the stylesheet and in charts. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String STYLESHEET = SCHEME + ":report/report.css";
    private static final String SVG = "http://www.w3.org/2000/svg";

    private final byte[] stylesheet = read("report/report.css");
    private final byte[] regular = read("fonts/DejaVuSans.ttf");
    private final byte[] bold = read("fonts/DejaVuSans-Bold.ttf");

    /** Font metrics, worked out once rather than for every document. */
    private final FSCacheEx<String, FSCacheValue> metrics = new FSDefaultCacheStore();

    HtmlToPdf() {
        XRLog.setLoggerImpl(new RendererLog());
        // Batik draws chart text with the fonts Java knows: it learns the embedded one here, once,
        // rather than from the stylesheet for every document
        registerWithJava(regular);
        registerWithJava(bold);
    }

    /** The document in {@code locale}'s language, whose line-breaking rules it follows. */
    byte[] render(String html, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    // Unicode line breaking (UAX #14): never after an opening ” or inside “71 %:lla”
                    .useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale))
                    // tagged for screen readers (PDF/UA), which also keeps PDFBox's standard fonts,
                    // and so the server's own fonts, out of the document
                    .usePdfUaAccessibility(true)
                    .withW3cDocument(xhtml(html), SCHEME + ":/")
                    .useSVGDrawer(new BatikSVGDrawer(
                            BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                    .useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics)
                    .useProtocolsStreamImplementation(this::open, SCHEME)
                    .useExternalResourceAccessControl(
                            (uri, type) -> STYLESHEET.equals(uri),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The page as a W3C DOM. Names keep their case (SVG's {@code viewBox} is not {@code viewbox});
     * each chart gets its title and description as the alternative text a tagged PDF needs for a
     * figure; and chart text is pointed at the embedded font: Batik knows only the fonts of the
     * stylesheet, and would otherwise look for the generic family among the server's fonts.
     */
    static Document xhtml(String html) {
        Document document =
                W3CDom.convert(Jsoup.parse(html, "", Parser.htmlParser().settings(ParseSettings.preserveCase)));
        NodeList charts = document.getElementsByTagNameNS(SVG, "svg");
        for (int i = 0; i < charts.getLength(); i++) {
            Element chart = (Element) charts.item(i);
            if (!chart.hasAttribute("alt")) {
                chart.setAttribute(
                        "alt",
                        Stream.of(text(chart, "title"), text(chart, "desc"))
                                .filter(t -> !t.isEmpty())
                                .collect(Collectors.joining(": ")));
            }
        }
        NodeList svgElements = document.getElementsByTagNameNS(SVG, "*");
        for (int i = 0; i < svgElements.getLength(); i++) {
            Element element = (Element) svgElements.item(i);
            if (element.hasAttribute("font-family")) {
                element.setAttribute("font-family", FONT_FAMILY);
            }
        }
        return document;
    }

    private static String text(Element chart, String child) {
        NodeList found = chart.getElementsByTagNameNS(SVG, child);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
    }

    private FSStream open(String uri) {
        byte[] content = STYLESHEET.equals(uri) ? stylesheet : null;
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return content == null ? null : new ByteArrayInputStream(content);
            }

            @Override
            public Reader getReader() {
                return content == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    private static void registerWithJava(byte[] font) {
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .registerFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font)));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("The embedded report font cannot be read", e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing report resource " + path, e);
        }
    }
}

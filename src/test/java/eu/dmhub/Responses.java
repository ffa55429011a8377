package eu.dmhub;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What a MockMvc response says, as text or as the document a browser would build. */
public final class Responses {

    private Responses() {}

    public static String text(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    public static Document page(MvcTestResult result) {
        return Jsoup.parse(text(result));
    }

    /** An htmx partial, parsed as the fragment of a body it is. */
    public static Document fragment(MvcTestResult result) {
        return Jsoup.parseBodyFragment(text(result));
    }
}

package eu.dmhub.chart;

import java.util.Locale;

/** Small helpers for writing SVG text safely. */
final class Svg {

    private Svg() {}

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

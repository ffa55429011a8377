package eu.dmhub.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * One score over time: a point per period on a 0–max scale, joined by a line, each point printing
 * its value; a withheld period leaves a gap in the line and prints the withheld mark instead.
 */
public final class TrendChart {

    private static final int HEIGHT = 220;
    private static final int TOP = 20;
    private static final int BOTTOM = 180;
    private static final int LEFT = 40;
    private static final int STEP = 70;

    private TrendChart() {}

    /** @param values one per period; {@code null} for a withheld one */
    public static String svg(
            String title,
            String description,
            List<String> periods,
            List<Double> values,
            double max,
            String withheld,
            DoubleFunction<String> format) {
        int width = LEFT + STEP * Math.max(1, periods.size()) + 10;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" class=\"chart trend\"><title>")
                .append(Svg.escape(title))
                .append("</title><desc>")
                .append(Svg.escape(description))
                .append("</desc>");
        for (int tick = 0; tick <= 4; tick++) {
            double y = y(max * tick / 4, max);
            svg.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" y1=\"")
                    .append(Svg.num(y))
                    .append("\" x2=\"")
                    .append(width - 10)
                    .append("\" y2=\"")
                    .append(Svg.num(y))
                    .append("\" stroke=\"#d9dee3\"/><text x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(Svg.num(y + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#52606d\">")
                    .append(Svg.escape(format.apply(max * tick / 4)))
                    .append("</text>");
        }
        var line = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            double x = LEFT + STEP * i + STEP / 2.0;
            Double value = values.get(i);
            if (value == null) {
                if (line.length() > 0) {
                    polyline(svg, line);
                }
                line.setLength(0);
            } else {
                line.append(Svg.num(x))
                        .append(',')
                        .append(Svg.num(y(value, max)))
                        .append(' ');
            }
            svg.append("<text x=\"")
                    .append(Svg.num(x))
                    .append("\" y=\"")
                    .append(BOTTOM + 24)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1f2933\">")
                    .append(Svg.escape(periods.get(i)))
                    .append("</text>");
        }
        if (line.length() > 0) {
            polyline(svg, line);
        }
        for (int i = 0; i < periods.size(); i++) {
            double x = LEFT + STEP * i + STEP / 2.0;
            Double value = values.get(i);
            double y = value == null ? BOTTOM - 6 : y(value, max);
            if (value != null) {
                svg.append("<circle cx=\"")
                        .append(Svg.num(x))
                        .append("\" cy=\"")
                        .append(Svg.num(y))
                        .append("\" r=\"4\" fill=\"#0b3d6b\"/>");
            }
            svg.append("<text x=\"")
                    .append(Svg.num(x))
                    .append("\" y=\"")
                    .append(Svg.num(y - 9))
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1f2933\">")
                    .append(Svg.escape(value == null ? withheld : format.apply(value)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static void polyline(StringBuilder svg, StringBuilder points) {
        svg.append("<polyline fill=\"none\" stroke=\"#0b3d6b\" stroke-width=\"2.5\" points=\"")
                .append(points.toString().strip())
                .append("\"/>");
    }

    private static double y(double value, double max) {
        return BOTTOM - (BOTTOM - TOP) * Math.max(0, Math.min(1, value / max));
    }
}

package eu.dmhub.chart;

import java.util.function.DoubleFunction;

/**
 * Where one score stands in a peer distribution: a 0–max scale ticked at whole numbers (see
 * {@link Svg#ticks}), the middle half of the peers as a box (lower to upper quartile), the median
 * as a line and the company as a marked point with its value. The box, line and marker differ in
 * shape, not only in colour. Numbers are written by {@code format}, the reader's number format.
 */
public final class DistributionChart {

    private static final int WIDTH = 520;
    private static final int HEIGHT = 64;
    private static final double LEFT = 10;
    private static final double RIGHT = 510;

    private DistributionChart() {}

    public static String svg(
            String title,
            String description,
            double max,
            double lowerQuartile,
            double median,
            double upperQuartile,
            double score,
            DoubleFunction<String> format) {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT);
        svg.append("\" role=\"img\" class=\"chart distribution\"><title>").append(Svg.escape(title));
        svg.append("</title><desc>").append(Svg.escape(description)).append("</desc>");
        svg.append("<line x1=\"")
                .append(Svg.num(LEFT))
                .append("\" y1=\"30\" x2=\"")
                .append(Svg.num(RIGHT));
        svg.append("\" y2=\"30\" stroke=\"#9aa5b1\" stroke-width=\"2\"/>");
        for (double tick : Svg.ticks(max)) {
            double x = x(tick, max);
            svg.append("<line class=\"tick\" x1=\"")
                    .append(Svg.num(x))
                    .append("\" y1=\"25\" x2=\"")
                    .append(Svg.num(x));
            svg.append("\" y2=\"35\" stroke=\"#9aa5b1\"/><text class=\"tick\" x=\"")
                    .append(Svg.num(x));
            svg.append(
                    "\" y=\"56\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#4a5563\" text-anchor=\"middle\">");
            svg.append(Svg.escape(format.apply(tick))).append("</text>");
        }
        double boxLeft = x(lowerQuartile, max);
        svg.append("<rect class=\"quartiles\" x=\"").append(Svg.num(boxLeft)).append("\" y=\"18\" width=\"");
        svg.append(Svg.num(Math.max(2, x(upperQuartile, max) - boxLeft)));
        svg.append("\" height=\"24\" fill=\"#d5e3f3\" stroke=\"#1d5fa8\"/>");
        svg.append("<line class=\"median\" x1=\"")
                .append(Svg.num(x(median, max)))
                .append("\" y1=\"14\" x2=\"");
        svg.append(Svg.num(x(median, max))).append("\" y2=\"46\" stroke=\"#1d5fa8\" stroke-width=\"3\"/>");
        double at = x(score, max);
        svg.append("<path class=\"company\" d=\"M")
                .append(Svg.num(at))
                .append(" 20 L")
                .append(Svg.num(at + 8));
        svg.append(" 30 L")
                .append(Svg.num(at))
                .append(" 40 L")
                .append(Svg.num(at - 8))
                .append(" 30 Z\"");
        svg.append(" fill=\"#c2571a\" stroke=\"#1f2933\"/><text class=\"company\" x=\"")
                .append(Svg.num(at))
                .append("\" y=\"12\"");
        svg.append(
                " font-family=\"sans-serif\" font-size=\"12\" font-weight=\"bold\" fill=\"#1f2933\" text-anchor=\"middle\">");
        svg.append(Svg.escape(format.apply(score))).append("</text></svg>");
        return svg.toString();
    }

    private static double x(double value, double max) {
        double fraction = Math.max(0, Math.min(1, value / max));
        return LEFT + fraction * (RIGHT - LEFT);
    }
}

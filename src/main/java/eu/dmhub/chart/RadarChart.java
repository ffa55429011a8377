package eu.dmhub.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A radar (spider) chart of scores per dimension, one polygon per series, on rings at the whole
 * numbers of the scale (see {@link Svg#ticks}), each ring labelled in the reader's number format.
 * The SVG carries a title and a description for screen readers; pages also show the numbers in a
 * table. Series differ in colour and in line style, so that colour is never the only difference.
 */
public final class RadarChart {

    /** One polygon: a name for the legend and one value per axis, from 0 to the axis maximum. */
    public record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    private static final String[] COLOURS = {"#1d5fa8", "#c2571a", "#2e7d32"};
    private static final String[] DASHES = {"", "6 4", "2 3"};
    private static final int WIDTH = 600;
    private static final int HEIGHT = 440;
    private static final double CENTRE_X = WIDTH / 2.0;
    private static final double CENTRE_Y = HEIGHT / 2.0;
    private static final double RADIUS = 140;
    private static final int LABEL_CHARACTERS = 18;
    private static final int LINE_HEIGHT = 14;

    private final String title;
    private final String description;
    private final List<String> axes;
    private final double max;
    private final DoubleFunction<String> format;
    private final List<Series> series = new ArrayList<>();
    private String id = "radar";

    /** @param format writes a number as the reader's language does (the rings' labels) */
    public RadarChart(String title, String description, List<String> axes, double max, DoubleFunction<String> format) {
        if (axes.size() < 3) {
            throw new IllegalArgumentException("A radar chart needs at least three axes");
        }
        this.title = title;
        this.description = description;
        this.axes = List.copyOf(axes);
        this.max = max;
        this.format = format;
    }

    /**
     * Names the chart's title and description {@code id-title} and {@code id-desc} (“radar” unless
     * set), so that two charts on one page each keep their own accessible name.
     */
    public RadarChart id(String id) {
        this.id = id;
        return this;
    }

    public RadarChart add(Series one) {
        if (one.values().size() != axes.size()) {
            throw new IllegalArgumentException(
                    "Expected " + axes.size() + " values, got " + one.values().size());
        }
        series.add(one);
        return this;
    }

    public String svg() {
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT + 30 * series.size())
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" class=\"chart radar\">")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(Svg.escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(Svg.escape(description))
                .append("</desc>");
        grid(svg);
        for (int s = 0; s < series.size(); s++) {
            polygon(svg, series.get(s), s);
        }
        legend(svg);
        return svg.append("</svg>").toString();
    }

    private void grid(StringBuilder svg) {
        svg.append("<g class=\"grid\" fill=\"none\" stroke=\"#9aa5b1\" stroke-width=\"1\">");
        List<Double> ticks = Svg.ticks(max);
        List<Double> rings = ticks.subList(1, ticks.size());
        for (double ring : rings) {
            svg.append("<polygon class=\"ring\" points=\"")
                    .append(points(ring / max))
                    .append("\"/>");
        }
        for (int i = 0; i < axes.size(); i++) {
            double[] end = point(i, 1);
            svg.append("<line x1=\"")
                    .append(Svg.num(CENTRE_X))
                    .append("\" y1=\"")
                    .append(Svg.num(CENTRE_Y));
            svg.append("\" x2=\"")
                    .append(Svg.num(end[0]))
                    .append("\" y2=\"")
                    .append(Svg.num(end[1]))
                    .append("\"/>");
        }
        svg.append("</g><g class=\"ring-labels\" font-family=\"sans-serif\" font-size=\"10\" fill=\"#4a5563\">");
        for (double ring : rings) {
            double[] at = point(0, ring / max);
            svg.append("<text x=\"")
                    .append(Svg.num(at[0] + 4))
                    .append("\" y=\"")
                    .append(Svg.num(at[1] + 11));
            svg.append("\">").append(Svg.escape(format.apply(ring))).append("</text>");
        }
        svg.append("</g><g class=\"labels\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#1f2933\">");
        for (int i = 0; i < axes.size(); i++) {
            label(svg, i);
        }
        svg.append("</g>");
    }

    /** An axis label outside the grid, wrapped onto lines so that long names stay inside the picture. */
    private void label(StringBuilder svg, int axis) {
        double[] at = point(axis, 1.12);
        String anchor = Math.abs(at[0] - CENTRE_X) < 10 ? "middle" : at[0] < CENTRE_X ? "end" : "start";
        List<String> lines = wrap(axes.get(axis));
        int extra = lines.size() - 1;
        double shift =
                at[1] < CENTRE_Y - 10 ? LINE_HEIGHT * extra : at[1] > CENTRE_Y + 10 ? 0 : LINE_HEIGHT * extra / 2.0;
        svg.append("<text x=\"").append(Svg.num(at[0])).append("\" y=\"").append(Svg.num(at[1] + 4 - shift));
        svg.append("\" text-anchor=\"").append(anchor).append("\">");
        for (int l = 0; l < lines.size(); l++) {
            svg.append("<tspan x=\"").append(Svg.num(at[0])).append("\" dy=\"").append(l == 0 ? 0 : LINE_HEIGHT);
            svg.append("\">").append(Svg.escape(lines.get(l))).append("</tspan>");
        }
        svg.append("</text>");
    }

    static List<String> wrap(String text) {
        return Svg.wrap(text, LABEL_CHARACTERS);
    }

    private void polygon(StringBuilder svg, Series one, int index) {
        String colour = COLOURS[index % COLOURS.length];
        var points = new StringBuilder();
        for (int i = 0; i < axes.size(); i++) {
            double[] p = point(i, fraction(one.values().get(i)));
            points.append(Svg.num(p[0])).append(',').append(Svg.num(p[1])).append(' ');
        }
        svg.append("<polygon class=\"series\" points=\"")
                .append(points.toString().strip());
        svg.append("\" fill=\"")
                .append(colour)
                .append("\" fill-opacity=\"0.18\" stroke=\"")
                .append(colour);
        svg.append("\" stroke-width=\"2.5\"").append(dash(index)).append("/>");
        for (int i = 0; i < axes.size(); i++) {
            double[] p = point(i, fraction(one.values().get(i)));
            svg.append("<circle cx=\"").append(Svg.num(p[0])).append("\" cy=\"").append(Svg.num(p[1]));
            svg.append("\" r=\"3.5\" fill=\"").append(colour).append("\"/>");
        }
    }

    private void legend(StringBuilder svg) {
        for (int s = 0; s < series.size(); s++) {
            int y = HEIGHT + 10 + 30 * s;
            svg.append("<line x1=\"20\" y1=\"")
                    .append(y)
                    .append("\" x2=\"50\" y2=\"")
                    .append(y);
            svg.append("\" stroke=\"").append(COLOURS[s % COLOURS.length]).append("\" stroke-width=\"3\"");
            svg.append(dash(s)).append("/><text x=\"58\" y=\"").append(y + 4);
            svg.append("\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#1f2933\">");
            svg.append(Svg.escape(series.get(s).name())).append("</text>");
        }
    }

    private static String dash(int index) {
        String dash = DASHES[index % DASHES.length];
        return dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"";
    }

    private double fraction(double value) {
        return Math.max(0, Math.min(1, value / max));
    }

    private String points(double fraction) {
        var points = new StringBuilder();
        for (int i = 0; i < axes.size(); i++) {
            double[] p = point(i, fraction);
            points.append(Svg.num(p[0])).append(',').append(Svg.num(p[1])).append(' ');
        }
        return points.toString().strip();
    }

    private double[] point(int axis, double fraction) {
        double angle = -Math.PI / 2 + 2 * Math.PI * axis / axes.size();
        return new double[] {
            CENTRE_X + Math.cos(angle) * RADIUS * fraction, CENTRE_Y + Math.sin(angle) * RADIUS * fraction
        };
    }
}

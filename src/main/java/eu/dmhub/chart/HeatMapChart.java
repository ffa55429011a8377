package eu.dmhub.chart;

import java.util.List;

/**
 * A table of means as coloured cells (rows such as countries, columns such as dimensions). Each
 * cell also prints its value, so nothing is told by colour alone; a withheld cell is hatched and
 * labelled. Colours run from light to dark blue between the lowest and highest value shown (so
 * that differences stand out), with text in a contrasting colour.
 */
public final class HeatMapChart {

    private static final int LABEL_WIDTH = 170;
    private static final int CELL_WIDTH = 92;
    private static final int CELL_HEIGHT = 30;
    private static final int HEADER_HEIGHT = 64;

    private HeatMapChart() {}

    /**
     * @param values one list per row, one value per column; {@code null} for a withheld cell
     * @param format turns a value into the text printed in its cell (the reader's number format)
     */
    public static String svg(
            String title,
            String description,
            List<String> rows,
            List<String> columns,
            List<List<Double>> values,
            double max,
            String withheld,
            java.util.function.DoubleFunction<String> format) {
        int width = LABEL_WIDTH + CELL_WIDTH * columns.size();
        double low = values.stream()
                .flatMap(List::stream)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(0);
        double high = values.stream()
                .flatMap(List::stream)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(max);
        double range = Math.max(high - low, 1e-9);
        int height = HEADER_HEIGHT + CELL_HEIGHT * rows.size();
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" class=\"chart heat-map\"><title>")
                .append(Svg.escape(title))
                .append("</title><desc>")
                .append(Svg.escape(description))
                .append("</desc>");
        svg.append("<defs><pattern id=\"withheld\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#eef1f4\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b8c1cc\" stroke-width=\"2\"/>")
                .append("</pattern></defs>");
        for (int c = 0; c < columns.size(); c++) {
            double x = LABEL_WIDTH + CELL_WIDTH * c + CELL_WIDTH / 2.0;
            svg.append("<text x=\"")
                    .append(Svg.num(x))
                    .append("\" y=\"")
                    .append(HEADER_HEIGHT - 8)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1f2933\">");
            List<String> lines = Svg.wrap(columns.get(c), 14);
            for (int l = 0; l < lines.size(); l++) {
                svg.append("<tspan x=\"")
                        .append(Svg.num(x))
                        .append("\" dy=\"")
                        .append(l == 0 ? -(lines.size() - 1) * 12 : 12)
                        .append("\">")
                        .append(Svg.escape(lines.get(l)))
                        .append("</tspan>");
            }
            svg.append("</text>");
        }
        for (int r = 0; r < rows.size(); r++) {
            int y = HEADER_HEIGHT + CELL_HEIGHT * r;
            svg.append("<text x=\"")
                    .append(LABEL_WIDTH - 8)
                    .append("\" y=\"")
                    .append(y + CELL_HEIGHT / 2 + 4)
                    .append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#1f2933\">")
                    .append(Svg.escape(rows.get(r)))
                    .append("</text>");
            for (int c = 0; c < columns.size(); c++) {
                Double value = values.get(r).get(c);
                int x = LABEL_WIDTH + CELL_WIDTH * c;
                double share = value == null ? 0 : Math.max(0, Math.min(1, (value - low) / range));
                svg.append("<rect x=\"")
                        .append(x + 1)
                        .append("\" y=\"")
                        .append(y + 1)
                        .append("\" width=\"")
                        .append(CELL_WIDTH - 2)
                        .append("\" height=\"")
                        .append(CELL_HEIGHT - 2)
                        .append("\" fill=\"")
                        .append(value == null ? "url(#withheld)" : colour(share))
                        .append("\"/>");
                svg.append("<text x=\"")
                        .append(x + CELL_WIDTH / 2)
                        .append("\" y=\"")
                        .append(y + CELL_HEIGHT / 2 + 4)
                        .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"")
                        .append(value != null && share > 0.55 ? "#ffffff" : "#1f2933")
                        .append("\">")
                        .append(Svg.escape(value == null ? withheld : format.apply(value)))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** From #e3f0fb (0) to #0b3d6b (max). */
    private static String colour(double share) {
        int red = (int) Math.round(0xe3 + (0x0b - 0xe3) * share);
        int green = (int) Math.round(0xf0 + (0x3d - 0xf0) * share);
        int blue = (int) Math.round(0xfb + (0x6b - 0xfb) * share);
        return String.format("#%02x%02x%02x", red, green, blue);
    }
}

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

    /**
     * Where a 0–max scale is ticked: at whole numbers, so that a whole score sits on its tick. Four
     * equal whole steps where the maximum allows (0, 25, … 100; 0, 3, … 12), else five, three, six
     * or two; a small maximum that none divides (7, 11) is ticked at every whole number, a larger
     * one at whole steps with the maximum last (and no tick crowding it). A scale below 1 is ticked at quarters.
     */
    static java.util.List<Double> ticks(double max) {
        var ticks = new java.util.ArrayList<Double>();
        long whole = Math.round(max);
        if (max < 1 || Math.abs(max - whole) > 1e-9) {
            for (int tick = 0; tick <= 4; tick++) {
                ticks.add(max * tick / 4);
            }
            return ticks;
        }
        long step = 0;
        for (int steps : new int[] {4, 5, 3, 6, 2}) {
            if (whole % steps == 0) {
                step = whole / steps;
                break;
            }
        }
        if (step == 0) {
            step = whole <= 12 ? 1 : (long) Math.ceil(whole / 4.0);
        }
        // the maximum is always a tick; one closer to it than half a step would crowd its label
        for (long tick = 0; tick < whole - step / 2.0; tick += step) {
            ticks.add((double) tick);
        }
        ticks.add((double) whole);
        return ticks;
    }

    /** Breaks a label into lines of at most about {@code characters} characters, between words. */
    static java.util.List<String> wrap(String text, int characters) {
        var lines = new java.util.ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > characters) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}

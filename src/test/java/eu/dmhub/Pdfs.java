package eu.dmhub;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads PDFs back for tests: their text, and what each page draws. */
public final class Pdfs {

    /** How many path segments a page paints: straight lines, curves and rectangles (vector graphics, not text or clips). */
    public record Drawing(int lines, int curves, int rectangles) {}

    private Pdfs() {}

    /** The text with every run of white space made one space: lines wrap where a web page's do not. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return plain(new PDFTextStripper().getText(document));
        }
    }

    /** Text with every run of spaces, line breaks and no-break spaces (as in “45 %”) as one space. */
    public static String plain(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ");
    }

    /**
     * What each figure draws, in the order of the pages: openhtmltopdf draws every inline SVG into a
     * form XObject of its own, so a figure is a form the pages paint.
     */
    public static List<Drawing> figures(byte[] pdf) throws IOException {
        var figures = new ArrayList<Drawing>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                new SegmentCounter(page, figures).processPage(page);
            }
        }
        return figures;
    }

    /** Counts the segments of each path that is stroked or filled; a path that only clips is dropped. */
    private static final class SegmentCounter extends PDFGraphicsStreamEngine {
        int lines;
        int curves;
        int rectangles;
        private int pathLines;
        private int pathCurves;
        private int pathRectangles;
        private final Point2D.Float current = new Point2D.Float();
        private final List<Drawing> figures;

        SegmentCounter(PDPage page, List<Drawing> figures) {
            super(page);
            this.figures = figures;
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            int linesBefore = lines;
            int curvesBefore = curves;
            int rectanglesBefore = rectangles;
            super.showForm(form);
            figures.add(new Drawing(lines - linesBefore, curves - curvesBefore, rectangles - rectanglesBefore));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            pathRectangles++;
        }

        @Override
        public void moveTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            pathLines++;
            current.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            pathCurves++;
            current.setLocation(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void drawImage(PDImage image) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void closePath() {}

        @Override
        public void endPath() {
            pathLines = pathCurves = pathRectangles = 0;
        }

        @Override
        public void strokePath() {
            paint();
        }

        @Override
        public void fillPath(int windingRule) {
            paint();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            paint();
        }

        private void paint() {
            lines += pathLines;
            curves += pathCurves;
            rectangles += pathRectangles;
            endPath();
        }

        @Override
        public void shadingFill(COSName shadingName) {}
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Reads a page's content stream back, as a printer's preflight would, and finds every line stroked in
 * registration colour (the {@code All} separation): those are the crop marks. A mark is measured by the
 * ink it lays down, its segment grown by half its line width on every side, in the page's default user
 * space, whatever transformation it was drawn under. It does not use the toolkit's own geometry
 * ({@link PressMarks#lines}), so it tells whether what is in the file keeps out of the page.
 */
final class CropMarkCheck {
    private CropMarkCheck() {
    }

    /** The ink of one stroked segment, and whether it ran horizontally or vertically (or neither). */
    record Mark(Rectangle2D ink, boolean horizontal, boolean vertical) {
    }

    /** The registration-coloured segments stroked on the page. */
    static List<Mark> marks(PDPage page) throws IOException {
        Reader reader = new Reader(page);
        reader.processPage(page);
        return reader.marks;
    }

    /**
     * What is wrong with the page's crop marks, empty when nothing is: none at all, a corner without one
     * horizontal and one vertical mark, a mark whose ink touches the BleedBox (so the TrimBox, which the
     * BleedBox holds) or leaves the MediaBox.
     */
    static List<String> problems(PDPage page) throws IOException {
        List<Mark> marks = marks(page);
        List<String> problems = new ArrayList<>();
        if (marks.isEmpty()) {
            problems.add("no crop marks");
        }
        Rectangle2D bleed = rectangle(page.getBleedBox());
        Rectangle2D trim = rectangle(page.getTrimBox());
        Rectangle2D media = rectangle(page.getMediaBox());
        for (Mark mark : marks) {
            if (mark.ink().intersects(trim)) {
                problems.add("a mark inside the TrimBox: " + describe(mark.ink()));
            } else if (mark.ink().intersects(bleed)) {
                problems.add("a mark inside the BleedBox: " + describe(mark.ink()));
            }
            if (!media.contains(mark.ink())) {
                problems.add("a mark off the sheet: " + describe(mark.ink()));
            }
        }
        double[][] corners = {{trim.getMinX(), trim.getMinY()}, {trim.getMaxX(), trim.getMinY()},
            {trim.getMinX(), trim.getMaxY()}, {trim.getMaxX(), trim.getMaxY()}};
        for (double[] corner : corners) {
            boolean left = corner[0] == trim.getMinX();
            boolean bottom = corner[1] == trim.getMinY();
            long horizontal = marks.stream().filter(m -> m.horizontal() && near(m.ink().getCenterY(), corner[1])
                    && beyond(m.ink().getCenterX(), corner[0], left)).count();
            long vertical = marks.stream().filter(m -> m.vertical() && near(m.ink().getCenterX(), corner[0])
                    && beyond(m.ink().getCenterY(), corner[1], bottom)).count();
            if (horizontal != 1 || vertical != 1) {
                problems.add(String.format(Locale.ROOT, "the corner (%.1f, %.1f) has %d horizontal and %d vertical marks",
                        corner[0], corner[1], horizontal, vertical));
            }
        }
        return problems;
    }

    /** A mark in the line of a trim edge: its centre on that edge's coordinate. */
    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 0.01;
    }

    /** Beyond the corner, away from the page: left of (below) a low edge, right of (above) a high one. */
    private static boolean beyond(double along, double corner, boolean low) {
        return low ? along < corner : along > corner;
    }

    static Rectangle2D rectangle(PDRectangle box) {
        return new Rectangle2D.Double(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
    }

    private static String describe(Rectangle2D r) {
        return String.format(Locale.ROOT, "[%.2f %.2f %.2f %.2f]", r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY());
    }

    /** Follows the page's path operators, keeping the segments of each stroked path in registration colour. */
    private static final class Reader extends PDFGraphicsStreamEngine {
        private final List<Mark> marks = new ArrayList<>();
        private final List<Point2D[]> path = new ArrayList<>();
        private Point2D current = new Point2D.Double();
        private Point2D start = new Point2D.Double();

        Reader(PDPage page) {
            super(page);
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Double(x, y);
            start = current;
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D to = new Point2D.Double(x, y);
            path.add(new Point2D[] {current, to});
            current = to;
        }

        @Override
        public void closePath() {
            path.add(new Point2D[] {current, start});
            current = start;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.add(new Point2D[] {p0, p1});
            path.add(new Point2D[] {p1, p2});
            path.add(new Point2D[] {p2, p3});
            path.add(new Point2D[] {p3, p0});
            current = p0;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            lineTo(x3, y3); // a curve's ink stays within its control points' hull; no mark is a curve
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void strokePath() throws IOException {
            PDColorSpace space = getGraphicsState().getStrokingColorSpace();
            if (space instanceof PDSeparation separation && separation.getColorantName().equals("All")) {
                AffineTransform ctm = getGraphicsState().getCurrentTransformationMatrix().createAffineTransform();
                double half = getGraphicsState().getLineWidth() * Math.max(Math.hypot(ctm.getScaleX(), ctm.getShearY()),
                        Math.hypot(ctm.getShearX(), ctm.getScaleY())) / 2;
                for (Point2D[] segment : path) {
                    Rectangle2D ink = new Rectangle2D.Double(Math.min(segment[0].getX(), segment[1].getX()) - half,
                            Math.min(segment[0].getY(), segment[1].getY()) - half,
                            Math.abs(segment[0].getX() - segment[1].getX()) + 2 * half,
                            Math.abs(segment[0].getY() - segment[1].getY()) + 2 * half);
                    boolean horizontal = Math.abs(segment[0].getY() - segment[1].getY()) < 1e-6;
                    boolean vertical = Math.abs(segment[0].getX() - segment[1].getX()) < 1e-6;
                    marks.add(new Mark(ink, horizontal && !vertical, vertical && !horizontal));
                }
            }
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            strokePath();
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void clip(int windingRule) {
            // the clip is kept with the path, which the next painting operator ends
        }

        @Override
        public void drawImage(PDImage pdImage) {
            // images are no marks
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // shadings are no marks
        }
    }
}

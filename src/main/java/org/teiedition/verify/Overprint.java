// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds text set over other text: reads every word of every page back with its box (all text, running
 * heads and folios included, in the order it was drawn) and reports any two words whose boxes overlap.
 * A word's box runs from its first glyph's left edge to its last glyph's right edge, and from its
 * baseline up by the glyphs' height; boxes that touch within {@link #TOLERANCE} do not count.
 */
public final class Overprint {
    /** Points of overlap ignored in each direction (rounding, kerning at a word's edge). */
    static final float TOLERANCE = 0.3f;

    /**
     * Two words that overlap on a page.
     *
     * @param page  1-based page index
     * @param first one word
     * @param other the word set over it
     */
    public record Collision(int page, String first, String other) {
        @Override
        public String toString() {
            return "page " + page + ": \"" + first + "\" and \"" + other + "\" overlap";
        }
    }

    private record Box(String text, float left, float top, float right, float bottom) {
        boolean overlaps(Box o) {
            return left < o.right - TOLERANCE && o.left < right - TOLERANCE
                    && top < o.bottom - TOLERANCE && o.top < bottom - TOLERANCE;
        }
    }

    private Overprint() {
    }

    /** Every overlap in the PDF, page by page. */
    public static List<Collision> find(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Collision> found = new ArrayList<>();
            Words words = new Words();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                found.addAll(collisions(page, words.read(document, page)));
            }
            return found;
        }
    }

    /** Sweeps the page's words from top to bottom, comparing each with those that start above its foot. */
    private static List<Collision> collisions(int page, List<Box> boxes) {
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(Box::top));
        List<Collision> found = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Box box = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).top() < box.bottom(); j++) {
                if (box.overlaps(sorted.get(j))) {
                    found.add(new Collision(page, box.text(), sorted.get(j).text()));
                }
            }
        }
        return found;
    }

    /** The words of a page with their boxes, in drawing order. */
    private static final class Words extends PDFTextStripper {
        private final List<Box> boxes = new ArrayList<>();

        Words() throws IOException {
            setSortByPosition(false);
        }

        List<Box> read(PDDocument document, int page) throws IOException {
            boxes.clear();
            setStartPage(page);
            setEndPage(page);
            writeText(document, new java.io.StringWriter());
            return List.copyOf(boxes);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (TextPosition glyph : positions) {
                if (glyph.getUnicode().isBlank()) {
                    continue;
                }
                left = Math.min(left, glyph.getXDirAdj());
                right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                top = Math.min(top, glyph.getYDirAdj() - glyph.getHeightDir());
                bottom = Math.max(bottom, glyph.getYDirAdj());
            }
            if (left < right && top < bottom) {
                boxes.add(new Box(text.strip(), left, top, right, bottom));
            }
        }
    }
}

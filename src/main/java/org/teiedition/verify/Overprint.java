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
 * heads, folios and notes included, in the order it was drawn) and reports any two words whose boxes
 * overlap. A word's box runs from its first glyph's left edge to its last glyph's right edge, and from
 * its baseline up by the glyphs' height; boxes that touch within {@link #TOLERANCE} do not count.
 * {@link PaginationVerifier} runs it on every page it reads.
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

    /**
     * A glyph as drawn, copied from PDFBox's text position when it is read (the text stripper later
     * merges positions into words and changes them).
     */
    record Glyph(String text, float x, float y, float width, float height, float size) {
        static Glyph of(TextPosition position) {
            return new Glyph(position.getUnicode(), position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(),
                    position.getHeightDir(), position.getFontSizeInPt());
        }

        boolean blank() {
            return text.isBlank();
        }
    }

    private Overprint() {
    }

    /** Every overlap in the PDF, page by page. */
    public static List<Collision> find(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Collision> found = new ArrayList<>();
            Glyphs glyphs = new Glyphs();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                found.addAll(collisions(page, glyphs.read(document, page)));
            }
            return found;
        }
    }

    /**
     * The overlaps among a page's glyphs (in drawing order): glyphs are words where they follow each
     * other on one baseline, at one size, with less than a word space between them.
     */
    static List<Collision> collisions(int page, List<Glyph> glyphs) {
        List<Box> boxes = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            if (!word.isEmpty() && !follows(word.get(word.size() - 1), glyph)) {
                boxes.add(box(word));
                word.clear();
            }
            if (!glyph.blank()) {
                word.add(glyph);
            }
        }
        if (!word.isEmpty()) {
            boxes.add(box(word));
        }
        return sweep(page, boxes);
    }

    private static boolean follows(Glyph before, Glyph glyph) {
        float gap = glyph.x() - (before.x() + before.width());
        return !glyph.blank() && Math.abs(glyph.y() - before.y()) < 0.5f && glyph.size() == before.size()
                && gap > -TOLERANCE && gap < 0.15f * glyph.size();
    }

    private static Box box(List<Glyph> word) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        StringBuilder text = new StringBuilder();
        for (Glyph glyph : word) {
            left = Math.min(left, glyph.x());
            right = Math.max(right, glyph.x() + glyph.width());
            top = Math.min(top, glyph.y() - glyph.height());
            bottom = Math.max(bottom, glyph.y());
            text.append(glyph.text());
        }
        return new Box(text.toString(), left, top, right, bottom);
    }

    /** Sweeps the page's words from top to bottom, comparing each with those that start above its foot. */
    private static List<Collision> sweep(int page, List<Box> boxes) {
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

    /** The glyphs of a page, all of them (running heads, text, notes), in drawing order. */
    private static final class Glyphs extends PDFTextStripper {
        private final List<Glyph> glyphs = new ArrayList<>();

        Glyphs() throws IOException {
            setSortByPosition(false);
        }

        List<Glyph> read(PDDocument document, int page) throws IOException {
            glyphs.clear();
            setStartPage(page);
            setEndPage(page);
            writeText(document, new java.io.StringWriter());
            return List.copyOf(glyphs);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            glyphs.add(Glyph.of(text));
        }
    }
}

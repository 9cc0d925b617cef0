// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.teiedition.print.HyphenRuns;
import org.teiedition.store.PageStore;

/**
 * The set lines of a PDF read back as a reader sees them: the lines whose word spaces gape (wider on
 * average than {@link #LOOSE} times the font's own word space) or are pinched (narrower than {@link #TIGHT}
 * times it), and the runs of three or more consecutive
 * lines ending in a hyphen. Running heads and folios (artifacts) are left out; the text and its footnotes
 * are read.
 *
 * <p>A line is the glyphs painted one after another on one baseline (a superscript, such as a note call,
 * stays on its line). A word space is measured from the end of the glyph before it to the start of the
 * glyph after it on the same line, against the font's word space at that size times the number of
 * spaces between: so a space stretched to justify a line counts, and the gap between two table cells or
 * a leader, where no space is painted, does not. Two lines are consecutive when the second is the next
 * line painted, below the first, within two of its type sizes, and they overlap across the page (not a
 * neighbouring table cell or column).
 */
public final class LineQuality {
    /** A line is loose when its word spaces are on average wider than this many of the font's word space. */
    public static final double LOOSE = 2.0;
    /** A line is tight when its word spaces are on average narrower than this share of the font's word space. */
    public static final double TIGHT = 0.75;
    /** Consecutive lines ending in a hyphen that make a run a reader notices. */
    public static final int RUN = HyphenRuns.RUN;

    private LineQuality() {
    }

    /**
     * The counts of one PDF.
     *
     * @param lines           lines of text with at least one word space, or ending in a hyphen
     * @param looseLines      lines whose word spaces gape
     * @param tightLines      lines whose word spaces are pinched
     * @param hyphenatedLines lines ending in a hyphen (hyphenation, or a hyphen of the text at the line's end)
     * @param hyphenRuns      runs of {@link #RUN} or more consecutive lines ending in a hyphen
     * @param loosePages      the page labels of the loose lines, one per page that has any
     * @param hyphenRunPages  the page labels of the hyphen runs, one per page that has any
     */
    public record Report(int lines, int looseLines, int tightLines, int hyphenatedLines, int hyphenRuns, List<String> loosePages,
            List<String> hyphenRunPages) {
        public Report {
            loosePages = List.copyOf(loosePages);
            hyphenRunPages = List.copyOf(hyphenRunPages);
        }

        /** One line for a person. */
        public String describe() {
            return looseLines + " loose line" + (looseLines == 1 ? "" : "s") + " (word spaces over " + LOOSE + " times normal), "
                    + tightLines + " tight (under " + TIGHT + " times normal) and "
                    + hyphenRuns + " run" + (hyphenRuns == 1 ? "" : "s") + " of " + RUN + " or more hyphenated lines, in "
                    + lines + " lines (" + hyphenatedLines + " hyphenated)";
        }
    }

    /** The PDF at {@code pdf} read back. */
    public static Report read(Path pdf) throws IOException {
        return read(pdf, List.of(), PageStore.inMemory());
    }

    /**
     * The PDF at {@code pdf} read back, a page's counts kept in {@code store} under the key of the laid-out page it
     * was drawn from ({@code pageKeys}, one per PDF page, as the renderer gives them; empty: every page is read),
     * so that a republication reads back only the pages laid out anew.
     */
    public static Report read(Path pdf, List<String> pageKeys, PageStore store) throws IOException {
        try (PdfPages pages = PdfPages.open(pdf)) {
            return read(pages, pageKeys, store);
        }
    }

    /** A PDF held in memory read back. */
    public static Report read(byte[] pdf) throws IOException {
        try (PdfPages pages = PdfPages.open(pdf)) {
            return read(pages, List.of(), PageStore.inMemory());
        }
    }

    private static Report read(PdfPages pages, List<String> pageKeys, PageStore store) throws IOException {
        boolean keyed = pageKeys.size() == pages.count();
        Reader reader = new Reader();
        PageCount total = new PageCount(0, 0, 0, 0, 0);
        TreeSet<Integer> loosePages = new TreeSet<>();
        TreeSet<Integer> runPages = new TreeSet<>();
        for (int index = 1; index <= pages.count(); index++) {
            String key = keyed ? "line-quality " + pageKeys.get(index - 1) : "";
            Optional<PageCount> kept = keyed ? store.get(key).flatMap(PageCount::of) : Optional.empty();
            PageCount page = kept.isPresent() ? kept.get() : PageCount.of(reader.lines(pages.document(), index));
            if (keyed && kept.isEmpty()) {
                store.put(key, page.toBytes());
            }
            total = total.plus(page);
            if (page.loose() > 0) {
                loosePages.add(index);
            }
            if (page.runs() > 0) {
                runPages.add(index);
            }
        }
        return new Report(total.lines(), total.loose(), total.tight(), total.hyphenated(), total.runs(), labels(pages, loosePages),
                labels(pages, runPages));
    }

    /** One page's counts (see {@link Report}). */
    private record PageCount(int lines, int loose, int tight, int hyphenated, int runs) {
        static PageCount of(List<Line> found) {
            PageCount count = new PageCount(0, 0, 0, 0, 0);
            int run = 0;
            Line before = null;
            for (Line line : found) {
                boolean hyphen = line.hyphenated();
                run = hyphen ? (before != null && before.hyphenated() && line.follows(before) ? run + 1 : 1) : 0;
                count = count.plus(new PageCount(line.spaces() > 0 || hyphen ? 1 : 0, line.loose() ? 1 : 0, line.tight() ? 1 : 0, hyphen ? 1 : 0,
                        run == RUN ? 1 : 0));
                before = line;
            }
            return count;
        }

        /** The counts as kept, or empty when they cannot be read. */
        static Optional<PageCount> of(byte[] kept) {
            String[] numbers = new String(kept, StandardCharsets.US_ASCII).split(" ");
            try {
                return numbers.length != 5 ? Optional.empty() : Optional.of(new PageCount(Integer.parseInt(numbers[0]),
                        Integer.parseInt(numbers[1]), Integer.parseInt(numbers[2]), Integer.parseInt(numbers[3]), Integer.parseInt(numbers[4])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        byte[] toBytes() {
            return (lines + " " + loose + " " + tight + " " + hyphenated + " " + runs).getBytes(StandardCharsets.US_ASCII);
        }

        PageCount plus(PageCount other) {
            return new PageCount(lines + other.lines, loose + other.loose, tight + other.tight, hyphenated + other.hyphenated, runs + other.runs);
        }
    }

    private static List<String> labels(PdfPages pages, TreeSet<Integer> indices) {
        List<String> labels = new ArrayList<>();
        for (int index : indices) {
            String label = pages.label(index);
            labels.add(label.isEmpty() ? String.valueOf(index) : label);
        }
        return labels;
    }

    /**
     * One set line.
     *
     * @param baseline its baseline (from the top of the page)
     * @param size     its largest type size
     * @param left     where its first glyph starts
     * @param right    where its last glyph ends
     * @param gaps     the width of its word spaces, as set
     * @param normal   the width the font gives the same spaces
     * @param spaces   how many word spaces it has
     * @param last     its last glyph's text
     */
    record Line(float baseline, float size, float left, float right, double gaps, double normal, int spaces, String last) {
        boolean loose() {
            return spaces > 0 && normal > 0 && gaps / normal > LOOSE;
        }

        boolean tight() {
            return spaces > 0 && normal > 0 && gaps / normal < TIGHT;
        }

        boolean hyphenated() {
            return HyphenRuns.hyphen(last);
        }

        /** Whether this line is the one below {@code above} in the same column. */
        boolean follows(Line above) {
            float step = baseline - above.baseline;
            return step > 0 && step < 2 * Math.max(size, above.size) && left < above.right && above.left < right;
        }
    }

    /** Collects one page's lines, glyph by glyph in the order they are painted. */
    private static final class Reader extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        private int artifacts;
        private int depth;
        private final List<Integer> artifactDepths = new ArrayList<>();
        // the line being read
        private float baseline;
        private float size;
        private float left;
        private TextPosition previous;
        private double gaps;
        private double normal;
        private int spaces;
        private int pendingSpaces;
        private double pendingNormal;

        Reader() {
            setSortByPosition(false);
        }

        List<Line> lines(PDDocument document, int index) throws IOException {
            lines.clear();
            artifacts = 0;
            depth = 0;
            artifactDepths.clear();
            previous = null;
            setStartPage(index);
            setEndPage(index);
            writeText(document, Writer.nullWriter());
            endLine();
            return List.copyOf(lines);
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            depth++;
            if (COSName.ARTIFACT.equals(tag)) {
                artifacts++;
                artifactDepths.add(depth);
            }
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            if (!artifactDepths.isEmpty() && artifactDepths.get(artifactDepths.size() - 1) == depth) {
                artifactDepths.remove(artifactDepths.size() - 1);
                artifacts--;
            }
            depth = Math.max(0, depth - 1);
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            if (artifacts > 0) {
                return;
            }
            String text = glyph.getUnicode();
            float glyphSize = glyph.getFontSizeInPt() > 0 ? glyph.getFontSizeInPt() : glyph.getHeightDir();
            boolean space = text.equals(" ") || text.equals("\u00a0");
            if (previous != null && (Math.abs(glyph.getYDirAdj() - baseline) > 0.5f * Math.max(size, glyphSize)
                    || glyph.getXDirAdj() < previous.getXDirAdj() - size)) {
                endLine();
            }
            if (space) {
                if (previous != null) {
                    pendingSpaces++;
                    pendingNormal += glyph.getWidthOfSpace() > 0 ? glyph.getWidthOfSpace() : glyph.getWidthDirAdj();
                }
                return;
            }
            if (previous == null) {
                baseline = glyph.getYDirAdj();
                size = glyphSize;
                left = glyph.getXDirAdj();
            } else if (pendingSpaces > 0) {
                gaps += glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                normal += pendingNormal;
                spaces += pendingSpaces;
            }
            pendingSpaces = 0;
            pendingNormal = 0;
            size = Math.max(size, glyphSize);
            previous = glyph;
        }

        private void endLine() {
            if (previous != null) {
                lines.add(new Line(baseline, size, left, previous.getXDirAdj() + previous.getWidthDirAdj(), gaps, normal, spaces,
                        previous.getUnicode()));
            }
            previous = null;
            gaps = 0;
            normal = 0;
            spaces = 0;
            pendingSpaces = 0;
            pendingNormal = 0;
        }
    }
}

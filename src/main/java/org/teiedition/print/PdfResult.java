// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teiedition.diag.Diagnostic;
import org.teiedition.store.PageStore;

/**
 * What rendering a PDF found: its page count, the volume's type scale (a share of the page design's
 * type size and leading: one size for the whole volume), the pages set smaller still, anything worth telling (overflow handled, for one) and
 * the wall time of each stage in milliseconds, in order: {@code transform+layout} (Saxon streaming
 * into FOP, the first pass over every page), {@code shrink} (only when pages were re-set: the probes
 * and the final pass), {@code finish} (PDFBox: page labels, identifiers). The times are left out of
 * the JSON form (report.json must be the same bytes for the same input); a report that wants them
 * takes them from {@link #millis()} into a section of its own. {@code laidOut}: the folios of the source
 * pages this rendering laid out, the others being taken from the {@link PageStore} it was given; left
 * out of the JSON form too, since the PDF is the same either way.
 *
 * <p>{@link #continued()}: the folios of the source pages that fit one page at no allowed size and continue
 * on pages labelled as continued ({@link PageBreaks#continuation}), a deviation the verification finds.
 *
 * <p>{@link #pageKeys()}: per PDF page, in page order, the key of the laid-out page it was drawn from
 * (the digest of everything its layout read, as a {@link PageStore} keeps it): two PDF pages with one
 * key show the same. Left out of the JSON form too.
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties({"millis", "laidOut", "pageKeys"})
public record PdfResult(int pageCount, double scale, List<PageScale> shrunk, List<Diagnostic> diagnostics,
        @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Long> millis, @com.fasterxml.jackson.annotation.JsonIgnore List<String> laidOut,
        @com.fasterxml.jackson.annotation.JsonIgnore List<String> pageKeys, List<String> continued, Design design, Fill fill) {
    public PdfResult {
        continued = continued == null ? List.of() : List.copyOf(continued);
        shrunk = List.copyOf(shrunk);
        diagnostics = List.copyOf(diagnostics);
        millis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(millis));
        laidOut = List.copyOf(laidOut);
        pageKeys = List.copyOf(pageKeys);
    }

    /** A result without pages continued on further pages. */
    public PdfResult(int pageCount, double scale, List<PageScale> shrunk, List<Diagnostic> diagnostics, Map<String, Long> millis,
            List<String> laidOut, List<String> pageKeys) {
        this(pageCount, scale, shrunk, diagnostics, millis, laidOut, pageKeys, List.of(), null, null);
    }

    /**
     * How full the pages are: per source page, the share of its text block's height covered by lines
     * ({@code PageFill}), over the pages that could be full: pages that end a chapter, a part or a section of
     * the front or back matter (short by design), the edition's own apparatus, and pages that took more
     * than one page are left aside.
     *
     * @param pages      the pages measured
     * @param leftAside  the source pages left aside
     * @param median     the median page's fill, from 0 to 1
     * @param under75    the share of the measured pages less than 75% full
     * @param shortPages those pages, in the order of the volume, for the editor to look at
     */
    public record Fill(int pages, int leftAside, double median, double under75, List<PageFilled> shortPages) {
        static Fill of(List<PageFilled> fills, int leftAside) {
            List<Double> sorted = fills.stream().map(PageFilled::fill).sorted().toList();
            if (sorted.isEmpty()) {
                return new Fill(0, leftAside, 0, 0, List.of());
            }
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            List<PageFilled> under = fills.stream().filter(page -> page.fill() < SHORT).map(page -> new PageFilled(page.folio(), round(page.fill()))).toList();
            return new Fill(n, leftAside, round(median), round((double) under.size() / n), under);
        }

        /** A page less full than this is short: a reader sees a hole at its foot. */
        static final double SHORT = 0.75;

        private static double round(double share) {
            return Math.round(share * 1000) / 1000.0;
        }
    }

    /**
     * How full one source page is.
     *
     * @param folio its {@code pb/@n}
     * @param fill  the share of its text block covered by lines, from 0 to 1
     */
    public record PageFilled(String folio, double fill) {
    }

    /**
     * The page design the PDF is set in, as the editor reads it: its name, the trim and the text block of a
     * page with a running head, in points, and the running text's size in points as set (at the volume's
     * scale), beside the design's own size and the legibility floor; and the divisions of the front and back
     * matter set at a size of their own (smaller than the text, or larger for a division of short pages), each at its size ({@link MatterSize}).
     */
    public record Design(String name, double pageWidth, double pageHeight, double textBlockWidth, double textBlockHeight,
            double textSize, double designTextSize, double leastTextSize, List<MatterSize> matter) {
        static Design of(PageDesign design, int volumePercent, List<MatterSize> matter) {
            return new Design(design.name(), design.pageWidth(), design.pageHeight(), design.textWidth(), design.textHeight(),
                    size(design, volumePercent), design.textSize(), design.leastTextSize(), matter);
        }

        /** The type size in points of a scale, in percent of the design's. */
        static double size(PageDesign design, int percent) {
            return Math.round(design.textSize() * percent) / 100.0;
        }
    }

    /**
     * A division of the front or back matter set at a size of its own, as the report gives it.
     *
     * @param pages    its pages, "VII to XVIII"
     * @param count    how many
     * @param textSize its type size in points as set
     */
    public record MatterSize(String pages, int count, double textSize) {
    }

    /**
     * A source page set smaller than the rest of the volume because it did not fit.
     *
     * @param folio its {@code pb/@n}
     * @param line  the pb's line in the TEI
     * @param scale its type size and leading as a share of the volume's ({@link #scale()})
     */
    public record PageScale(String folio, int line, double scale) {
    }
}

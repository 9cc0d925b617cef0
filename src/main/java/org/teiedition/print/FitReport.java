// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.teiedition.diag.Diagnostic;

/**
 * What a fit tells the editor, in the folios the editor finds: the warnings on the volume's scale, the
 * matter's own scales, the pages set smaller alone or continued, and the report's design, shrunk pages and
 * fill.
 */
final class FitReport {
    private FitReport() {
    }

    /** The divisions of the matter set at a scale of their own (below the text's, or above it for short pages), as the report gives them. */
    static List<PdfResult.MatterSize> matterSizes(Fitting.Fit fit, List<PageBreaks.Break> breaks, PageDesign design) {
        return fit.matter().entrySet().stream().map(division -> {
            List<Integer> pages = fit.pagesOf(division.getKey());
            return new PdfResult.MatterSize(span(pages, breaks).replace("\"", ""), pages.size(), PdfResult.Design.size(design, division.getValue()));
        }).toList();
    }

    /** How full the source pages that could be full are ({@link PdfResult.Fill}). */
    static PdfResult.Fill fill(FoLayout.Result result, List<PageBreaks.Break> breaks) {
        List<PdfResult.PageFilled> fills = new ArrayList<>();
        int leftAside = 0;
        List<FoPages.Sequence> sequences = result.fo().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            FoPages.Sequence sequence = sequences.get(i);
            if (FoPages.Fo.index(sequence) <= 0) {
                continue;
            }
            LaidPage laid = result.laid().pages().get(i);
            if (Filling.couldBeFull(sequence, laid)) {
                int index = FoPages.Fo.index(sequence);
                fills.add(new PdfResult.PageFilled(index <= breaks.size() ? breaks.get(index - 1).folio() : "#" + index, laid.fill()));
            } else {
                leftAside++;
            }
        }
        return PdfResult.Fill.of(fills, leftAside);
    }

    static List<PdfResult.PageScale> shrunk(Fitting.Fit fit, List<PageBreaks.Break> breaks) {
        List<PdfResult.PageScale> shrunk = new ArrayList<>();
        for (Map.Entry<Integer, Integer> page : fit.shrunk().entrySet()) {
            PageBreaks.Break pb = pb(breaks, page.getKey());
            shrunk.add(new PdfResult.PageScale(pb == null ? "#" + page.getKey() : pb.folio(), Fitting.line(pb),
                    relative(page.getValue(), fit.scaleOf(page.getKey()))));
        }
        return shrunk;
    }

    /** The page break that opens a source page (by its index), if the text has one. */
    private static PageBreaks.Break pb(List<PageBreaks.Break> breaks, int index) {
        return index <= breaks.size() ? breaks.get(index - 1) : null;
    }

    static double relative(int percent, int volume) {
        return Math.floor(1000.0 * percent / volume) / 1000;
    }

    /** The warnings a fit gives: the volume's scale, each page set smaller alone, each page with its notes set smaller, each page continued. */
    static List<Diagnostic> fitDiagnostics(String file, Fitting.Fit fit, Fitting fitting, List<PageBreaks.Break> breaks,
            Supplier<PageWords> words, int pageTotal, PageDesign design) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (fit.volume() < 100) {
            diagnostics.add(Diagnostic.warning("pdf.scale", "the volume is set at " + fit.volume()
                    + "% of the page design's type size and leading, so that its pages fit at one size ("
                    + fit.overflowing() + " of " + (fit.estimated() ? "the " + fit.firstPages().size() + " fullest of " : "") + pageTotal
                    + " pages do not fit at " + fit.base() + "%: " + overflowingFolios(fit, breaks, "") + ")", file, 0, 0));
        }
        for (Map.Entry<String, Integer> division : fit.matter().entrySet()) {
            List<Integer> pages = fit.pagesOf(division.getKey());
            String why = division.getValue() > fit.volume()
                    ? "above the text's " + fit.volume() + "%, as printers set a division whose pages hold less than the text's in larger type"
                    : "below the text's " + fit.volume() + "%, as printers set a volume's contents, lists and index in smaller type; not fitting at the text's size: "
                    + overflowingFolios(fit, breaks, division.getKey());
            diagnostics.add(Diagnostic.warning("pdf.scale.matter", "the " + (division.getKey().startsWith("back") ? "back" : "front")
                    + " matter's pages " + span(pages, breaks) + " are set at " + division.getValue()
                    + "% of the page design's type size and leading, " + why, file, 0, 0));
        }
        for (Map.Entry<Integer, Integer> page : fit.shrunk().entrySet()) {
            int index = page.getKey();
            PageBreaks.Break pb = pb(breaks, index);
            String part = fit.matter().containsKey(fit.matterPages().getOrDefault(index, "")) ? "its part of the matter's" : "the volume's";
            diagnostics.add(Diagnostic.warning("pdf.overflow.shrunk", "source page " + Fitting.folio(pb, index)
                    + " did not fit one page at " + part + " type size (" + fit.firstPages().getOrDefault(index, 2)
                    + " pages): set at " + Math.round(relative(page.getValue(), fit.scaleOf(index)) * 100) + "% of it (" + page.getValue()
                    + "% of the design's type size and leading)", file, Fitting.line(pb), 0));
        }
        for (Map.Entry<Integer, Integer> page : fit.notes().entrySet()) {
            int index = page.getKey();
            PageBreaks.Break pb = pb(breaks, index);
            double size = Math.round(design.noteSize() * fit.scales().getOrDefault(index, fit.scaleOf(index)) * page.getValue() / 100.0) / 100.0;
            diagnostics.add(Diagnostic.warning("pdf.overflow.notes", "source page " + Fitting.folio(pb, index)
                    + ", mostly footnotes, did not fit one page at its type size: its footnotes are set at " + Fitting.points(size)
                    + " pt (" + page.getValue() + "% of their size; their floor " + Fitting.points(design.leastNoteSize()) + " pt)"
                    + (fit.shrunk().containsKey(index) ? ", and the page smaller still" : ", its text keeps its size"),
                    file, Fitting.line(pb), 0));
        }
        for (int index : fit.continued()) {
            PageBreaks.Break pb = pb(breaks, index);
            int more = fit.result().pageCounts().getOrDefault(index, 2) - 1;
            String why = words.get().diagnosis(index);
            diagnostics.add(Diagnostic.warning("pdf.overflow.continued", "source page " + Fitting.folio(pb, index)
                    + " does not fit one page even at " + fitting.least() + "% of the type size (" + fitting.floor() + "): it continues on "
                    + more + " more page" + (more == 1 ? "" : "s") + " labelled \"" + PageBreaks.continuation(pb == null ? "" : pb.folio())
                    + "\", a deviation from the source's pages" + (why.isEmpty() ? "" : "; " + why), file, Fitting.line(pb), 0));
        }
        return diagnostics;
    }

    /**
     * The pages of the text (division ""), or of one division of the matter, that did not fit at the largest
     * scale tried, as the editor finds them: their folios in page order, the first few.
     */
    static String overflowingFolios(Fitting.Fit fit, List<PageBreaks.Break> breaks, String division) {
        return folios(fit.firstPages().entrySet().stream()
                .filter(page -> page.getValue() > 1 && fit.matterPages().getOrDefault(page.getKey(), "").equals(division))
                .map(Map.Entry::getKey).toList(), breaks);
    }

    /** Pages as the editor finds them: their folios, the first few. */
    static String folios(java.util.Collection<Integer> pages, List<PageBreaks.Break> breaks) {
        List<String> folios = pages.stream().sorted().map(index -> Fitting.folio(pb(breaks, index), index)).toList();
        int shown = 12;
        return String.join(", ", folios.subList(0, Math.min(shown, folios.size())))
                + (folios.size() > shown ? " and " + (folios.size() - shown) + " more" : "");
    }

    /** A run of pages as the editor reads it: "VII" to "XVIII". */
    static String span(List<Integer> pages, List<PageBreaks.Break> breaks) {
        String first = Fitting.folio(pb(breaks, pages.get(0)), pages.get(0));
        int lastIndex = pages.get(pages.size() - 1);
        String last = Fitting.folio(pb(breaks, lastIndex), lastIndex);
        return pages.size() == 1 ? first : first + " to " + last;
    }
}

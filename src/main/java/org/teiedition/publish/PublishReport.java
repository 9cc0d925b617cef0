// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.util.ArrayList;
import java.util.List;
import org.teiedition.diag.Diagnostic;
import org.teiedition.print.PdfResult;
import org.teiedition.validate.ValidationReport;
import org.teiedition.verify.LineQuality;
import org.teiedition.verify.PaginationReport;
import org.teiedition.print.Overflow;

/**
 * What {@code publish} did, written to {@code report.json}: a summary of the whole publication, then per
 * document, validation, PDF and pagination. It holds nothing that changes from run to run (no times, no
 * memory: those are in {@link PublishTimings}), so that two publications of the same input give the same bytes.
 */
public record PublishReport(Summary summary, List<DocumentReport> documents) {
    public PublishReport {
        documents = List.copyOf(documents);
    }

    public PublishReport(List<DocumentReport> documents) {
        this(Summary.of(documents), documents);
    }

    public boolean ok() {
        return documents.stream().allMatch(DocumentReport::ok);
    }

    /**
     * One TEI document's outcome; the output names are relative to the publication folder. {@code lines} is the
     * PDF's set lines read back: loose lines and runs of hyphenated lines ({@link LineQuality}), told, not judged.
     */
    public record DocumentReport(String tei, String pdf, int documents, ValidationReport validation, Rendering rendering,
            PaginationReport pagination, LineQuality.Report lines) {
        public boolean ok() {
            return validation.isValid() && pagination.matches();
        }

        /** The same outcome with more of the rendering's messages (EPUBCheck's warnings on a book checked later). */
        public DocumentReport with(List<Diagnostic> more) {
            List<Diagnostic> all = new java.util.ArrayList<>(rendering.diagnostics());
            all.addAll(more);
            return new DocumentReport(tei, pdf, documents, validation, new Rendering(rendering.pageCount(), rendering.design(), rendering.scale(),
                    rendering.shrunk(), rendering.fill(), all), pagination, lines);
        }
    }

    /**
     * What rendering the PDF found ({@link PdfResult} without its times, which go to {@code timings.json}):
     * the page design (trim, text block, type size as set and its legibility floor), the volume's type
     * scale (share of the page design's type size and leading) and the pages set smaller still, each with
     * its scale (share of the volume's), and how full the pages are.
     */
    public record Rendering(int pageCount, PdfResult.Design design, double scale, List<PdfResult.PageScale> shrunk,
            PdfResult.Fill fill, List<Diagnostic> diagnostics) {
        public Rendering {
            shrunk = List.copyOf(shrunk);
            diagnostics = List.copyOf(diagnostics);
        }

        public static Rendering of(PdfResult result) {
            return new Rendering(result.pageCount(), result.design(), result.scale(), result.shrunk(), result.fill(), result.diagnostics());
        }
    }

    /**
     * The publication in numbers.
     *
     * @param files               TEI files published
     * @param documents           documents in them ({@code div type="document"})
     * @param pages               PDF pages (one per source page)
     * @param notes               footnotes set at the foot of their pages
     * @param validationErrors    validation errors published despite ({@code --validation warn})
     * @param validationWarnings  validation warnings
     * @param overflows           source pages that did not fit one PDF page, and how each was handled
     * @param notesOffPage        notes that could not sit on their page
     * @param looseLines          lines of the PDFs whose word spaces are over twice the font's ({@link LineQuality})
     * @param tightLines          lines of the PDFs whose word spaces are under three quarters of the font's
     * @param hyphenRuns          runs of three or more consecutive lines ending in a hyphen
     */
    public record Summary(int files, int documents, int pages, int notes, int validationErrors, int validationWarnings,
            List<Overflow> overflows, List<String> notesOffPage, int looseLines, int tightLines, int hyphenRuns) {
        public Summary {
            overflows = List.copyOf(overflows);
            notesOffPage = List.copyOf(notesOffPage);
        }

        static Summary of(List<DocumentReport> documents) {
            int divs = 0;
            int pages = 0;
            int notes = 0;
            int errors = 0;
            int warnings = 0;
            int loose = 0;
            int tight = 0;
            int runs = 0;
            List<Overflow> overflows = new ArrayList<>();
            List<String> offPage = new ArrayList<>();
            for (DocumentReport document : documents) {
                divs += document.documents();
                pages += document.rendering().pageCount();
                loose += document.lines().looseLines();
                tight += document.lines().tightLines();
                runs += document.lines().hyphenRuns();
                for (Diagnostic diagnostic : document.validation().diagnostics()) {
                    if (diagnostic.isError()) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
                for (Diagnostic diagnostic : document.rendering().diagnostics()) {
                    if (diagnostic.code().startsWith("pdf.overflow")) {
                        Double scale = document.rendering().shrunk().stream().filter(p -> p.line() == diagnostic.line())
                                .map(PdfResult.PageScale::scale).findFirst().orElse(null);
                        overflows.add(new Overflow(document.tei(), diagnostic.line(), handling(diagnostic.code()), scale,
                                diagnostic.message()));
                    } else if (diagnostic.code().contains("note")) {
                        offPage.add(document.tei() + ": " + diagnostic.message());
                    }
                }
                for (PaginationReport.PageCheck page : document.pagination().pages()) {
                    notes += page.notes().size();
                    if (!page.ok() && page.verdict().contains("notes at the foot")) {
                        offPage.add(document.tei() + ": page " + page.folio() + ": " + page.verdict());
                    }
                }
            }
            return new Summary(documents.size(), divs, pages, notes, errors, warnings, overflows, offPage, loose, tight, runs);
        }

        private static String handling(String code) {
            return code.equals("pdf.overflow") ? "failed" : code.substring("pdf.overflow.".length());
        }

        private static String count(int n, String what) {
            return n + " " + what + (n == 1 ? "" : "s");
        }

        /** Lines for a person. */
        public List<String> describe() {
            List<String> lines = new ArrayList<>();
            lines.add("  " + String.join(", ", count(files, "file"), count(documents, "document"), count(pages, "page"),
                    count(notes, "note")));
            if (validationErrors > 0 || validationWarnings > 0) {
                lines.add("  validation: " + count(validationErrors, "error") + ", " + count(validationWarnings, "warning")
                        + " (listed above)");
            }
            java.util.Map<String, Long> handled = new java.util.TreeMap<>(overflows.stream()
                    .collect(java.util.stream.Collectors.groupingBy(Overflow::handling, java.util.stream.Collectors.counting())));
            lines.add("  pages that overflowed: " + overflows.size() + (handled.isEmpty() ? ""
                    : " (" + String.join(", ", handled.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())
                            + "; listed above)"));
            lines.add("  notes that could not sit on their page: " + notesOffPage.size());
            lines.add("  loose lines (word spaces over " + LineQuality.LOOSE + " times the font's): " + looseLines
                    + "; tight lines (under " + LineQuality.TIGHT + " times): " + tightLines
                    + "; runs of " + LineQuality.RUN + " or more hyphenated lines: " + hyphenRuns);
            notesOffPage.forEach(note -> lines.add("    " + note));
            return lines;
        }
    }

    /**
     * A source page that overflowed: where its {@code pb} is, what was done ({@code shrunk}, …), the scale
     * it was set at when shrunk (a share of its volume's type size; null otherwise), in words.
     */
    public record Overflow(String tei, int line, String handling, Double scale, String message) {
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.util.List;

/** The PDF read back, page by page, against the TEI's page breaks. */
public record PaginationReport(String pdf, String tei, List<PageCheck> pages, List<String> problems) {
    public PaginationReport {
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
    }

    public boolean matches() {
        return problems.isEmpty() && pages.stream().allMatch(PageCheck::ok);
    }

    /**
     * One source page.
     *
     * @param folio     the source's folio ({@code pb/@n})
     * @param pdfIndex  1-based PDF page index, or 0 when the page is missing
     * @param label     the PDF page label
     * @param firstWords the first words of text on the PDF page
     * @param lastWords the last words of body text on the PDF page
     * @param notes     the note numbers at the foot of the PDF page
     * @param ok        whether all of it agrees with the TEI
     * @param verdict   what agrees or not, in words
     */
    public record PageCheck(String folio, int pdfIndex, String label, String firstWords, String lastWords,
            List<String> notes, boolean ok, String verdict) {
        public PageCheck {
            notes = List.copyOf(notes);
        }
    }
}

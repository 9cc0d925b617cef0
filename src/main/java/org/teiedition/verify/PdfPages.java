// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;

/** A PDF read back with PDFBox, page by page: label, body words, note labels at the foot. */
final class PdfPages {
    /**
     * @param index 1-based
     * @param label the page label ("" when the PDF has none)
     * @param words the body text's words in reading order (running heads, folios and footnotes left out)
     * @param notes the labels of the footnotes at the page's foot, read from the PDF's structure (the
     *              {@code Lbl} of each {@code Note})
     * @param overprints words set over other words (running heads, notes and folios included)
     */
    record PdfPage(int index, String label, List<String> words, List<String> notes, List<Overprint.Collision> overprints) {
    }

    private PdfPages() {
    }

    static List<PdfPage> read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int count = document.getNumberOfPages();
            String[] labels = labels(document, count);
            PageStripper stripper = new PageStripper(document);
            List<PdfPage> pages = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                PageStripper.Page page = stripper.read(document, i);
                pages.add(new PdfPage(i, labels[i - 1], words(page.body()), page.notes(), page.overprints()));
            }
            return pages;
        }
    }

    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').strip();
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split("\\s+"));
    }

    private static String[] labels(PDDocument document, int count) throws IOException {
        String[] labels = new String[count];
        Arrays.fill(labels, "");
        PDPageLabels pageLabels = document.getDocumentCatalog().getPageLabels();
        if (pageLabels != null) {
            String[] found = pageLabels.getLabelsByPageIndices();
            for (int i = 0; i < Math.min(count, found.length); i++) {
                labels[i] = found[i] == null ? "" : found[i];
            }
        }
        return labels;
    }
}

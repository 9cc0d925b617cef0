// SPDX-License-Identifier: Apache-2.0
package org.teiedition.paginate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's pages read back as a reader sees them: by page label, the text in lower case, white space as single
 * spaces, a word hyphenated at a line end joined again.
 */
public final class PageTexts {
    private PageTexts() {
    }

    public static Map<String, String> byLabel(Path pdf) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String[] labels = document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < labels.length; i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages.merge(labels[i], stripper.getText(document).toLowerCase(Locale.ROOT).replaceAll("(\\p{L})-\\s*\\n\\s*(\\p{L})", "$1$2")
                        .replaceAll("\\s+", " "), String::concat);
            }
        }
        return pages;
    }
}

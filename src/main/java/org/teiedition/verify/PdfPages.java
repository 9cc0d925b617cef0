// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;

/**
 * A PDF open to be read back with PDFBox: its page count and page labels at once, each page's body
 * words and note labels only when asked for (reading a page's text is the costly part).
 */
final class PdfPages implements Closeable {
    /**
     * One page's text.
     *
     * @param words the body text's words in reading order (running heads, folios and footnotes left out)
     * @param notes the labels of the footnotes at the page's foot, read from the PDF's structure (the
     *              {@code Lbl} of each {@code Note})
     * @param overprints words set over other words (running heads, notes and folios included)
     */
    record PdfPage(List<String> words, List<String> notes, List<Overprint.Collision> overprints) {
    }

    private final PDDocument document;
    private final String[] labels;
    private PageStripper stripper;
    private PageStripper lineStripper;

    private PdfPages(PDDocument document) throws IOException {
        this.document = document;
        this.labels = labels(document, document.getNumberOfPages());
    }

    static PdfPages open(Path pdf) throws IOException {
        PDDocument document = Loader.loadPDF(pdf.toFile());
        try {
            return new PdfPages(document);
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /** A PDF held in memory. */
    static PdfPages open(byte[] pdf) throws IOException {
        PDDocument document = Loader.loadPDF(pdf);
        try {
            return new PdfPages(document);
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /**
     * The body text of page {@code index} (1-based) line by line: running heads, folios and footnotes left
     * out, each line ended by a line feed, but a line that ends in a hyphen or dash, which is joined to the
     * next ({@link PageStripper#LINE_END_HYPHEN} after a hyphen).
     */
    PageStripper.Page lines(int index) throws IOException {
        if (lineStripper == null) {
            lineStripper = new PageStripper(document, "\n");
        }
        return lineStripper.read(document, index);
    }

    int count() {
        return labels.length;
    }

    /** The PDF itself, for a reading of its own ({@link LineQuality}). */
    PDDocument document() {
        return document;
    }

    /** The label of page {@code index} (1-based), "" when the PDF has none. */
    String label(int index) {
        return labels[index - 1];
    }

    /** Page {@code index} (1-based), its text read. */
    PdfPage read(int index) throws IOException {
        if (stripper == null) {
            stripper = new PageStripper(document);
        }
        PageStripper.Page page = stripper.read(document, index);
        return new PdfPage(words(page.body()), page.notes(), page.overprints());
    }

    @Override
    public void close() throws IOException {
        document.close();
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

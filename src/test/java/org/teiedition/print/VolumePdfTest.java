// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.validate.ValidationMode;
import org.teiedition.Edition;
import org.teiedition.print.Overflow;
import org.teiedition.diag.InputException;
import org.teiedition.testing.Corpus;
import org.teiedition.verify.PaginationReport;

/**
 * A real FRUS volume ({@link Corpus}: its committed slice, or the whole volume with {@code -Dcorpus.dir})
 * printed page-faithfully in the dense page design its printing year selects: one PDF page per pb, folios
 * as labels, the read-back matches. The whole volume is slow (a render and a read-back of 374 pages):
 * tagged "volume".
 */
@Tag("volume")
class VolumePdfTest {
    static final String NAME = "frus1918Russiav03.xml";

    private static final Edition EDITION = Edition.create();
    private static Path volume;
    private static Path pdf;
    private static PdfResult result;
    private static List<String> folios;

    /** The class's outputs, removed after its tests. */
    @TempDir
    static Path folder;

    @BeforeAll
    static void render() throws Exception {
        volume = Corpus.volume(NAME);
        pdf = folder.resolve("volume.pdf");
        try {
            result = EDITION.pdf(volume, pdf, new PublishOptions(ValidationMode.WARN, Overflow.SHRINK));
        } catch (InputException e) {
            throw new AssertionError("the volume does not render: " + e.diagnostics(), e);
        }
        folios = Corpus.folios(volume);
    }

    @Test
    void onePdfPagePerPageBreakLabelledWithItsFolio() throws IOException {
        assertEquals(Corpus.whole() ? 374 : 13, folios.size());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(folios.size(), document.getNumberOfPages());
            assertEquals(folios.size(), result.pageCount());
            List<String> labels = Arrays.asList(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
            assertEquals(folios, labels);
            assertEquals("[I]", labels.get(0));
            assertEquals("III", labels.get(2));
            assertTrue(labels.contains("1") && labels.contains("324"), "arabic folios of the documents and of the index");
        }
    }

    @Test
    void aBracketedFolioIsNotPrintedAndPrintedFoliosAre() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertFalse(first.contains("[I]") || first.matches("(?s).*(^|\\s)I\\s*$"), "no folio on [I]: " + first);
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertTrue(stripper.getText(document).contains("III"), "folio III printed");
        }
    }

    @Test
    void theReadBackMatchesEveryPage() throws Exception {
        PaginationReport report = EDITION.verify(pdf, volume, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        List<String> wrong = report.pages().stream().filter(p -> !p.ok()).map(p -> p.folio() + ": " + p.verdict()).toList();
        assertTrue(report.matches(), () -> report.problems() + " " + wrong);
        assertEquals(folios.size(), report.pages().size());
    }

    @Test
    void fontsAreEmbeddedAndChaptersAndDocumentsAreBookmarked() throws Exception {
        int documents = Corpus.count(volume, "//tei:div[@type = 'document']");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
            int[] count = {0};
            countOutline(document.getDocumentCatalog().getDocumentOutline().getFirstChild(), count);
            assertTrue(count[0] >= documents + 5, documents + " documents, bookmarks: " + count[0]);
        }
    }

    @Test
    void overflowIsOnlyAFewShrunkPagesAndTimesAreReported() {
        long shrunk = result.diagnostics().stream().filter(d -> d.code().equals("pdf.overflow.shrunk")).count();
        assertTrue(shrunk <= 15, "shrunk pages: " + shrunk);
        assertTrue(result.millis().containsKey("transform+layout") && result.millis().containsKey("finish"), result.millis().toString());
    }

    private static void countOutline(PDOutlineItem item, int[] count) {
        for (PDOutlineItem at = item; at != null; at = at.getNextSibling()) {
            count[0]++;
            countOutline(at.getFirstChild(), count);
        }
    }

}

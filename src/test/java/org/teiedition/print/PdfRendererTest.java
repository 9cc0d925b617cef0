// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.validate.ValidationMode;
import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.print.Overflow;
import org.teiedition.verify.PaginationReport;
import org.teiedition.verify.PaginationReport.PageCheck;

class PdfRendererTest {

    @Test
    void memorandumHasTheSourcePagesWithTheirFolios() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Memorandum.pdf().toFile())) {
            assertEquals(3, pdf.getNumberOfPages());
            assertEquals(List.of("522", "523", "524"),
                    Arrays.asList(pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
        }
    }

    @Test
    void memorandumBreaksAtTheSourcesWords() throws Exception {
        PaginationReport report = Memorandum.edition().verify(Memorandum.pdf(), Memorandum.TEI, PublishOptions.defaults());
        List<PageCheck> pages = report.pages();
        assertTrue(report.matches(), () -> "pagination: " + report);
        assertEquals("522", pages.get(0).label());
        assertTrue(pages.get(0).lastWords().endsWith("the achievement of"), pages.get(0).lastWords());
        assertEquals(List.of("65"), pages.get(0).notes());
        assertTrue(pages.get(1).firstWords().startsWith("that kind of understanding"), pages.get(1).firstWords());
        assertTrue(pages.get(1).lastWords().endsWith("the type of government"), pages.get(1).lastWords());
        assertEquals(List.of(), pages.get(1).notes());
        assertTrue(pages.get(2).firstWords().startsWith("which we now saw in Germany"), pages.get(2).firstWords());
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Memorandum.pdf().toFile())) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts.add(font.getName());
                }
            }
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().allMatch(f -> f.contains("SourceSerif4")), fonts.toString());
            assertTrue(fonts.stream().allMatch(f -> f.matches("[A-Z]{6}\\+.*")), "subset: " + fonts);
        }
    }

    @Test
    void twoRendersAreByteIdentical(@TempDir Path folder) throws Exception {
        Path again = folder.resolve("again.pdf");
        Memorandum.edition().pdf(Memorandum.TEI, again, PublishOptions.defaults());
        assertArrayEquals(Files.readAllBytes(Memorandum.pdf()), Files.readAllBytes(again));
    }

    @Test
    void theCreationDateIsWhenTheTeiWasMadeNotWhenTheVolumeWasPrinted(@TempDir Path folder) throws Exception {
        // the series' encoding gives the printed volume's year in its publication statement (<date>1942</date>)
        // and the encoding's in its revision (<change>2015-11-24 … Created TEI shell…)
        try (PDDocument document = printed(Path.of("src/test/resources/print/frus1919Parisv01-p36.xml"), folder)) {
            java.util.Calendar created = document.getDocumentInformation().getCreationDate();
            assertEquals(List.of(2015, 11, 24), List.of(created.get(java.util.Calendar.YEAR), created.get(java.util.Calendar.MONTH) + 1,
                    created.get(java.util.Calendar.DAY_OF_MONTH)));
        }
    }

    @Test
    void theOutlineGivesEachDocumentItsNumberAndReadsAHeadingsLineBreakAsASpace(@TempDir Path folder) throws Exception {
        try (PDDocument document = printed(Path.of("src/test/resources/web/frus1918Russiav03-p1.xml"), folder)) {
            List<String> outline = new ArrayList<>();
            titles(document.getDocumentCatalog().getDocumentOutline().getFirstChild(), "", outline);
            assertTrue(outline.contains("Russia Economic Relations"), "<head>Russia<lb/>Economic Relations</head>: " + outline);
            // a heading that opens its page, where the division and the heading begin at one spot
            assertTrue(outline.contains("List of Principal Persons"), "the front matter's division: " + outline);
            assertTrue(outline.stream().anyMatch(t -> t.startsWith("    Offer of a credit") && t.endsWith("October 12, 1917—Negotiations for further credits")),
                    "the subchapter's heading, its footnote left out: " + outline);
            // the documents of the subchapter, two and two alike but for their numbers
            assertEquals(List.of("      1. The Secretary of State to the Ambassador in Russia (Francis)",
                    "      2. The Ambassador in Russia (Francis) to the Secretary of State",
                    "      3. The Secretary of State to the Ambassador in Russia (Francis)",
                    "      4. The Ambassador in Russia (Francis) to the Secretary of State"), outline.subList(outline.size() - 4, outline.size()));
        }
    }

    @Test
    void eachDocumentsBookmarkOpensItsPageAtItsFirstBlock(@TempDir Path folder) throws Exception {
        try (PDDocument document = printed(Path.of("src/test/resources/web/frus1918Russiav03-p1.xml"), folder)) {
            List<String> opened = new ArrayList<>();
            for (PDOutlineItem item = last(document.getDocumentCatalog().getDocumentOutline().getLastChild()); item != null;
                    item = item.getPreviousSibling()) {
                var target = destination(document, item);
                var page = target.getPage();
                // the first line printed from the bookmark's height down
                var area = new PDFTextStripperByArea();
                float top = page.getMediaBox().getHeight() - target.getTop();
                area.addRegion("below", new Rectangle2D.Float(0, top - 2, page.getMediaBox().getWidth(), 30));
                area.extractRegions(page);
                opened.add(0, "p" + (document.getPages().indexOf(page) + 1) + " " + area.getTextForRegion("below").strip().lines().findFirst().orElse(""));
            }
            // the page each document begins on, opened at its first block: the file number printed above its heading
            assertEquals(List.of("p2 File No. 861.51/131", "p3 File No. 861.51/133", "p4 File No. 861.51/133", "p4 File No. 861.51/134"), opened);
        }
    }

    private static PDOutlineItem last(PDOutlineItem item) {
        while (item.getLastChild() != null) {
            item = item.getLastChild();
        }
        return item;
    }

    private static PDPageXYZDestination destination(PDDocument document, PDOutlineItem item) throws IOException {
        var destination = item.getDestination();
        if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDNamedDestination named) {
            destination = document.getDocumentCatalog().findNamedDestinationPage(named);
        }
        return (PDPageXYZDestination) destination;
    }

    /** The PDF of a TEI file read with validation set to warn (real pages, as the series encodes them). */
    private static PDDocument printed(Path tei, Path folder) throws Exception {
        Path pdf = folder.resolve("printed.pdf");
        Memorandum.edition().pdf(tei, pdf, new PublishOptions(ValidationMode.WARN, Overflow.SHRINK));
        return Loader.loadPDF(pdf.toFile());
    }

    /** The outline's titles in order, each indented two spaces a level. */
    private static void titles(PDOutlineItem item, String indent, List<String> into) {
        for (; item != null; item = item.getNextSibling()) {
            into.add(indent + item.getTitle());
            titles(item.getFirstChild(), indent + "  ", into);
        }
    }

    @Test
    void metadataAndBookmarksComeFromTheTei() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Memorandum.pdf().toFile())) {
            var info = pdf.getDocumentInformation();
            assertTrue(info.getTitle().startsWith("Memorandum of Conversation, by the Under Secretary of State (Welles)"));
            assertEquals("Sumner Welles", info.getAuthor());
            assertEquals(2026, info.getCreationDate().get(java.util.Calendar.YEAR));
            assertEquals(info.getCreationDate().toInstant(), info.getModificationDate().toInstant(), "modified when made: the edition's date");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<xmp:ModifyDate>2026-11-27T00:00:00Z</xmp:ModifyDate>"), xmp);
            assertTrue(xmp.contains("711.61/891½"), "source in XMP");
            assertTrue(xmp.contains("tei-edition (editor)"), "editor in XMP");
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
            PDOutlineItem first = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertNotNull(first);
            assertEquals("Memorandum of Conversation, by the Under Secretary of State (Welles)", first.getTitle());
        }
    }
}

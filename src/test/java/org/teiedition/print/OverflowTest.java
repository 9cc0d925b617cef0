// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;

/** A source page that does not fit: fail names it and how far it is; shrink sets it smaller and says so. */
class OverflowTest {
    private static final String PAGE_523_START = "that kind of understanding and cooperation.";
    private static final String TWO_MORE_LINES = PAGE_523_START
            + " He said that he had nothing to add to what he had already said to me on this subject some weeks before,"
            + " and that he wished only to repeat that he regarded the question of understanding between the two"
            + " Governments as the most important question of the present time, upon which everything else depended,"
            + " and that he would say as much to those in Moscow who would listen to him.";
    private static final String PARAGRAPH = "<p>I told the Ambassador that I was very deeply impressed";

    private static CliRun cli(String... args) {
        return CliRun.run(Memorandum::edition, args);
    }

    @Test
    void aPageTooLongFailsNamingItsFolioAndLeavesNoPdf(@TempDir Path folder) throws Exception {
        Path tei = Memorandum.variant(folder, "long.xml", PAGE_523_START, TWO_MORE_LINES);
        Path pdf = folder.resolve("long.pdf");
        CliRun run = cli("pdf", tei.toString(), "-o", pdf.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("error: source page \"523\" does not fit one page: it runs onto 2 pages"), run.err());
        assertTrue(run.err().matches("(?s).*it would fit at \\d\\d% of the type size.*"), run.err());
        assertTrue(run.err().contains("long.xml:"), "names the file and line: " + run.err());
        assertFalse(Files.exists(pdf), "no PDF is left behind");
        try (var files = Files.list(folder)) {
            assertEquals(List.of("long.xml"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void shrinkSetsTheWholeEditionAtTheOneScaleItsPagesFitAndReportsIt(@TempDir Path folder) throws Exception {
        Path tei = Memorandum.variant(folder, "long.xml", PAGE_523_START, TWO_MORE_LINES);
        Path pdf = folder.resolve("long.pdf");
        CliRun run = cli("pdf", tei.toString(), "-o", pdf.toString(), "--overflow", "shrink");
        assertEquals(0, run.status(), run.err());
        // three pages: 1% of them is less than a page, so no page gets a size of its own
        Matcher factor = Pattern.compile("warning: the volume is set at (\\d+)% of the page design's type size and leading, "
                + "so that its pages fit at one size \\(1 of 3 pages do not fit at 100%: \"523\"\\)").matcher(run.err());
        assertTrue(factor.find(), run.err());
        int percent = Integer.parseInt(factor.group(1));
        assertTrue(percent >= 80 && percent < 100, "within bounds (8 pt of 10 pt at least): " + percent);
        assertFalse(run.err().contains("did not fit one page at the volume's type size"), run.err());
        PdfResult result = Memorandum.edition().pdf(tei, folder.resolve("again.pdf"), new PublishOptions(ValidationMode.STRICT, Overflow.SHRINK));
        assertEquals(percent / 100.0, result.scale(), 1e-9);
        assertEquals(List.of(), result.shrunk());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(List.of("522", "523", "524"),
                    Arrays.asList(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
        }
        CliRun verify = cli("verify", pdf.toString(), "--tei", tei.toString());
        assertEquals(0, verify.status(), verify.out());
    }

    @Test
    void aPageFarTooLongFailsWithoutShrinkAndContinuesOnAPageLabelledSoWithIt(@TempDir Path folder) throws Exception {
        String paragraph = Files.readString(Memorandum.TEI);
        int start = paragraph.indexOf(PARAGRAPH);
        String copy = paragraph.substring(start, paragraph.indexOf("</p>", start) + 4);
        Path tei = Memorandum.variant(folder, "far.xml", PARAGRAPH, copy + copy + PARAGRAPH);
        Path pdf = folder.resolve("far.pdf");
        CliRun failing = cli("pdf", tei.toString(), "-o", pdf.toString(), "--overflow", "fail");
        assertEquals(1, failing.status(), failing.err());
        assertTrue(failing.err().contains("source page \"523\" does not fit one page: it runs onto 2 pages; "
                + "it does not fit even at 80% of the type size (8 pt, the least allowed)"), failing.err());
        assertFalse(Files.exists(pdf));
        CliRun run = cli("pdf", tei.toString(), "-o", pdf.toString(), "--overflow", "shrink");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains(": warning: source page \"523\" does not fit one page even at 80% of the type size (8 pt): "
                + "it continues on 1 more page labelled \"523 (continued)\""), run.err());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(java.util.List.of("522", "523", "523 (continued)", "524"),
                    java.util.List.of(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
        }
        // the page printed after 523 says whose continuation it is, and prints no folio of its own
        List<String> heads = PrintChecks.runningHeadsOnOneLine(pdf);
        assertTrue(heads.get(2).equals("523(continued)"), "the continuation's head: " + heads);
        assertFalse(heads.get(1).contains("continued"), heads.toString());
    }

    @Test
    void aVolumeWhosePagesFitItsDesignAtNoLegibleSizeIsSetInTheNextLargerDesign(@TempDir Path folder) throws Exception {
        String xml = Files.readString(Memorandum.TEI);
        Path tei = folder.resolve("dense.xml");
        Files.writeString(tei, xml.replace(PARAGRAPH, paragraph(xml, PARAGRAPH).repeat(2) + PARAGRAPH)
                .replace(EMPHASIZED, paragraph(xml, EMPHASIZED).repeat(5) + EMPHASIZED));
        Path left = folder.resolve("modern.pdf");
        CliRun modern = cli("pdf", tei.toString(), "-o", left.toString(), "--overflow", "shrink", "-p", "page-design=modern");
        assertEquals(0, modern.status(), modern.err());
        assertFalse(modern.err().contains("page design:"), "the editor's design is kept: " + modern.err());
        assertTrue(modern.err().contains("source page \"522\" does not fit one page even at 80% of the type size (8 pt)"), modern.err());
        assertTrue(modern.err().contains("source page \"523\" does not fit one page even at 80% of the type size (8 pt)"), modern.err());

        Path pdf = folder.resolve("auto.pdf");
        CliRun run = cli("pdf", tei.toString(), "-o", pdf.toString(), "--overflow", "shrink");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("warning: the volume is set in the dense page design: 2 of its 3 pages fit the modern design "
                + "at no size from 8 pt up"), run.err());
        // page 523 holds no more than a page's text (not a page break lost): the design is still too small for it
        assertTrue(run.err().contains("warning: the volume is set in the large page design: 1 of its 3 pages fit the dense design "
                + "at no size from 8 pt up"), run.err());
        assertFalse(run.err().contains("does not fit"), run.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(List.of("522", "523", "524"), Arrays.asList(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
            assertEquals(10 * 72, document.getPage(0).getMediaBox().getHeight(), 0.01, "the large design's trim");
        }
    }

    private static final String EMPHASIZED = "<p>The Ambassador emphasized in very clearcut";

    private static String paragraph(String xml, String start) {
        int from = xml.indexOf(start);
        return xml.substring(from, xml.indexOf("</p>", from) + 4);
    }
}

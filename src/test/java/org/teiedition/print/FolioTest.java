// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.validate.ValidationMode;
import org.teiedition.print.Overflow;
import org.teiedition.verify.PaginationReport;

/** Folios as a volume has them: unprinted bracketed ones, roman front matter, breaks between and inside divisions. */
class FolioTest {
    private static final String TEI = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc>
            <titleStmt><title>Folios</title></titleStmt><publicationStmt><p>test</p></publicationStmt>
            <sourceDesc><p>test</p></sourceDesc></fileDesc></teiHeader>
            <text><front><pb n="[I]"/><titlePage><docTitle><titlePart>TITLE PAGE</titlePart></docTitle></titlePage>
            <pb n="II"/><div type="preface"><head>Preface</head><p>Roman front matter.</p></div></front>
            <body><pb n="1"/><div type="chapter"><head>Chapter One</head>
            <div type="document"><head>First document</head><p>It begins here and <pb n="2"/>goes on<note n="1">A note.</note> here.</p></div>
            <pb n="5"/><div type="document"><head>Second document</head><p>After a gap in the numbering.</p></div></div></body></text></TEI>
            """;

    @Test
    void labelsAreTheFoliosAndUnprintedFoliosAreNotPrinted(@TempDir Path folder) throws Exception {
        Path tei = folder.resolve("folios.xml");
        Files.writeString(tei, TEI);
        Path pdf = folder.resolve("folios.pdf");
        Memorandum.edition().pdf(tei, pdf, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(List.of("[I]", "II", "1", "2", "5"),
                    Arrays.asList(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertFalse(first.contains("I\n") && !first.contains("TITLE PAGE\n"), first);
            assertEquals("TITLE PAGE", first.strip(), "no folio on an unprinted page");
            stripper.setStartPage(5);
            stripper.setEndPage(5);
            assertTrue(stripper.getText(document).contains("CHAPTER ONE"), "recto head from the chapter");
        }
        PaginationReport report = Memorandum.edition().verify(pdf, tei, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        assertTrue(report.matches(), report.toString());
        assertEquals(List.of("1"), report.pages().get(3).notes());
    }

    /** Each label reads back as its folio is written, in whatever numbering, or in none. */
    @Test
    void labelsReadBackAsTheFoliosAreWritten(@TempDir Path folder) throws Exception {
        List<String> folios = List.of("[I]", "xiv", "xv", "Xvi", "7a", "07", "08", "IIII", "1", "2");
        StringBuilder pages = new StringBuilder();
        folios.forEach(folio -> pages.append("<pb n=\"").append(folio).append("\"/><p>Page ").append(folio).append(".</p>"));
        Path tei = folder.resolve("numberings.xml");
        Files.writeString(tei, TEI.replaceFirst("(?s)<text>.*</text>", "<text><body><div>" + pages + "</div></body></text>"));
        Path pdf = folder.resolve("numberings.pdf");
        Memorandum.edition().pdf(tei, pdf, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(folios, Arrays.asList(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
        }
    }
}

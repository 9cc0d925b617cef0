// SPDX-License-Identifier: Apache-2.0
package org.teiedition.paginate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;
import org.teiedition.print.Memorandum;

/**
 * A volume's opening printed as a new book (front matter, a chapter of documents with footnotes, in the
 * series' own encoding): front matter in roman folios, the body from 1, the chapter opening its first page,
 * every page printed alone as it was laid out, and the paginated file the volume's bytes but for its breaks.
 */
class NewBookTest {
    private static final Path BOOK = Path.of("src/test/resources/paginate/frus1918Russiav03-first-chapter.xml");
    private static final Pattern PB = Pattern.compile("<pb n=\"[^\"]*\" xml:id=\"[^\"]*\"/>");

    @Test
    void aVolumesOpeningBecomesABookWhosePagesComeBackIntoItsTei(@TempDir Path folder) throws Exception {
        Path paginated = folder.resolve("book.xml");
        CliRun run = CliRun.run(Memorandum::edition, "paginate", BOOK.toString(), "-o", paginated.toString());
        assertEquals(0, run.status(), run.err());
        byte[] written = Files.readAllBytes(paginated);
        assertEquals(0xef, written[0] & 0xff, "the byte order mark is kept");
        assertArrayEquals(Files.readAllBytes(BOOK), PB.matcher(Files.readString(paginated)).replaceAll("").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "nothing but the page breaks is written");

        Path pdf = folder.resolve("book.pdf");
        CliRun print = CliRun.run(Memorandum::edition, "pdf", paginated.toString(), "-o", pdf.toString());
        assertEquals(0, print.status(), "every page fits when printed alone: " + print.err());
        List<String> labels;
        String opening;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            labels = Arrays.asList(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
            PDFTextStripper stripper = new PDFTextStripper();
            int first = labels.indexOf("1") + 1;
            stripper.setStartPage(first);
            stripper.setEndPage(first);
            opening = stripper.getText(document);
        }
        int front = labels.indexOf("1");
        assertTrue(front > 0, "front matter before page 1: " + labels);
        for (int i = 0; i < labels.size(); i++) {
            String expected = i < front ? roman(i + 1) : String.valueOf(i - front + 1);
            assertEquals(expected, labels.get(i), "page " + (i + 1) + " of " + labels);
        }
        assertTrue(opening.strip().startsWith("Russia"), "the chapter opens page 1, without a running head: " + opening);
        CliRun verify = CliRun.run(Memorandum::edition, "verify", pdf.toString(), "--tei", paginated.toString());
        assertEquals(0, verify.status(), verify.out());
        assertTrue(verify.out().contains("pagination matches the source"), verify.out());
    }

    private static String roman(int n) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return numerals[n - 1];
    }
}

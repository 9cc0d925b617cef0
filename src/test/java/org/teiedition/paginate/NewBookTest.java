// SPDX-License-Identifier: Apache-2.0
package org.teiedition.paginate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
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
            assertEquals(expected, labels.get(i).replaceAll("^\\[(.*)\\]$", "$1"), "page " + (i + 1) + " of " + labels);
        }
        assertTrue(opening.strip().replaceFirst("^1\\s+", "").startsWith("Russia") && !opening.contains("FOREIGN RELATIONS"),
                "the chapter opens page 1, without a running head: " + opening);
        // page 1 and the index open on a recto: a verso left before them is blank, its folio not printed
        assertEquals(0, front % 2, "page 1 opens on a recto: " + labels);
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).startsWith("[")) {
                assertEquals(1, i % 2, "a blank page is a verso, before a recto: page " + (i + 1) + " of " + labels);
            }
        }
        assertTrue(labels.contains("[8]"), "the verso before the index is left blank: " + labels);
        CliRun verify = CliRun.run(Memorandum::edition, "verify", pdf.toString(), "--tei", paginated.toString());
        assertEquals(0, verify.status(), verify.out());
        assertTrue(verify.out().contains("pagination matches the source"), verify.out());
    }

    /**
     * The apparatus read back from the PDF: every page an index entry gives holds the name (the entry's
     * first word: a surname, a place), every page the contents give holds the heading's first word, and
     * the index gathers a name's pages into ranges.
     */
    @Test
    void theContentsAndTheIndexGiveThePagesTheTextStandsOn(@TempDir Path folder) throws Exception {
        Path paginated = folder.resolve("book.xml");
        assertEquals(0, CliRun.run(Memorandum::edition, "paginate", BOOK.toString(), "-o", paginated.toString()).status());
        Path pdf = folder.resolve("book.pdf");
        CliRun print = CliRun.run(Memorandum::edition, "pdf", paginated.toString(), "-o", pdf.toString());
        assertEquals(0, print.status(), print.err());
        java.util.Map<String, String> pages = PageTexts.byLabel(pdf);
        List<String> texts = List.copyOf(pages.values());
        String index = texts.get(texts.size() - 1);
        String contents = pages.get("II");
        java.util.regex.Matcher entries = Pattern.compile("([A-Z][\\p{L}’' .,-]+?)((?:, [0-9]+(?:–[0-9]+)?)+)")
                .matcher(textOf(pdf, "Index"));
        int checked = 0;
        while (entries.find()) {
            String name = entries.group(1).strip().split("[ ,]")[0].toLowerCase(java.util.Locale.ROOT);
            for (String folio : folios(entries.group(2))) {
                assertTrue(pages.get(folio).contains(name), "\"" + name + "\" is on page " + folio);
                checked++;
            }
        }
        assertTrue(checked >= 10, "index references read back: " + checked + " in " + index);
        assertTrue(index.contains("francis, david r., 1–7"), "a person under the name the list of persons gives, pages as a range: " + index);
        // the entries marked with index/term: sub-entries under their entry, a "See" where the encoding sends the reader on
        Matcher offer = Pattern.compile("credits russia, debt of, (\\d+) russia, offer to, (\\d+)").matcher(index);
        assertTrue(offer.find(), index);
        assertTrue(pages.get(offer.group(1)).contains("minister of finance states total annual interest"), "the sub-entry's page");
        assertTrue(pages.get(offer.group(2)).contains("1295. secretary of treasury requests"), "the sub-entry's page");
        assertTrue(index.contains("loans. see credits"), index);
        assertTrue(contents.matches("(?s).*chapter i\\. loans to the provisional government.*\\b1\\b.*"), contents);
        assertTrue(pages.get("1").contains("chapter i. loans to the provisional"), pages.get("1"));
        assertTrue(contents.matches("(?s).*index[ .]*9.*") && pages.get("9").startsWith("index"), contents);
    }

    /** The text of the PDF from the page whose text begins with {@code heading}. */
    private static String textOf(Path pdf, String heading) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            stripper.setEndPage(document.getNumberOfPages());
            String text = stripper.getText(document);
            return text.substring(text.indexOf(heading + "\n") + heading.length());
        }
    }

    /** "1, 3–5, 7": 1, 3, 4, 5, 7. */
    private static List<String> folios(String list) {
        List<String> folios = new java.util.ArrayList<>();
        for (String part : list.replaceFirst("^, ", "").split(", ")) {
            String[] range = part.split("–");
            for (int n = Integer.parseInt(range[0]); n <= Integer.parseInt(range[range.length - 1]); n++) {
                folios.add(String.valueOf(n));
            }
        }
        return folios;
    }

    private static String roman(int n) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return numerals[n - 1];
    }
}

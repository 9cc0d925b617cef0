// SPDX-License-Identifier: Apache-2.0
package org.teiedition.paginate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;
import org.teiedition.print.Memorandum;

/**
 * The memorandum printed for the first time: its TEI with every page break taken out is a text that was
 * never printed. The toolkit makes its pages, writes them into the TEI, and every later print keeps them.
 */
class FirstPrintTest {
    /** The page breaks of the memorandum's TEI, each a pb element. */
    private static final Pattern PB = Pattern.compile("<pb [^>]*/>");
    private static final String FIRST_FOLIO = "first-folio=522";

    @TempDir
    static Path folder;
    private static Path text;
    private static Path paginated;

    @BeforeAll
    static void paginate() throws Exception {
        text = folder.resolve("new.xml");
        Files.writeString(text, PB.matcher(Files.readString(Memorandum.TEI)).replaceAll(""));
        paginated = folder.resolve("paginated.xml");
        CliRun run = cli("paginate", text.toString(), "-o", paginated.toString(), "-p", FIRST_FOLIO);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("3 pages, 522–524"), run.err());
    }

    private static CliRun cli(String... args) {
        return CliRun.run(Memorandum::edition, args);
    }

    @Test
    void aTextWithoutPageBreaksIsPrintedOnPagesWithTheirFoliosItsNoteOnThePageThatCallsIt() throws Exception {
        Path pdf = folder.resolve("first.pdf");
        CliRun run = cli("pdf", text.toString(), "-o", pdf.toString(), "-p", FIRST_FOLIO);
        assertEquals(0, run.status(), run.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(List.of("522", "523", "524"),
                    Arrays.asList(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
        }
        // the pages read back from the PDF's tagged structure: the note, labelled 65, at the foot of its call's page
        CliRun verify = cli("verify", pdf.toString(), "--tei", paginated.toString(), "--format", "json");
        assertEquals(0, verify.status(), verify.out() + verify.err());
        assertTrue(verify.out().matches("(?s).*\"folio\"\\s*:\\s*\"522\".*\"notes\"\\s*:\\s*\\[\\s*\"65\"\\s*\\].*\"folio\"\\s*:\\s*\"523\".*"),
                verify.out());
    }

    @Test
    void paginateWritesAPageBreakWhereEachPageBeginsAndChangesNothingElse() throws Exception {
        String written = Files.readString(paginated);
        Matcher breaks = PB.matcher(written);
        List<String> tags = new ArrayList<>();
        while (breaks.find()) {
            tags.add(breaks.group());
        }
        assertEquals(List.of("<pb n=\"522\" xml:id=\"pg_522\"/>", "<pb n=\"523\" xml:id=\"pg_523\"/>", "<pb n=\"524\" xml:id=\"pg_524\"/>"), tags);
        assertEquals(Files.readString(text), PB.matcher(written).replaceAll(""), "every other character as it was");
        // each break stands right before the first word its page prints: the first print read back from its
        // tagged structure holds, page by page, exactly the words between two breaks
        Path pdf = folder.resolve("words.pdf");
        assertEquals(0, cli("pdf", text.toString(), "-o", pdf.toString(), "-p", FIRST_FOLIO).status());
        CliRun verify = cli("verify", pdf.toString(), "--tei", paginated.toString());
        assertEquals(0, verify.status(), verify.out() + verify.err());
        assertTrue(verify.out().contains("pagination matches the source"), verify.out());
    }

    @Test
    void thePaginatedTextPublishesPageFaithfulToTheFirstPrintInPdfWebAndEpub() throws Exception {
        Path out = folder.resolve("edition");
        CliRun run = cli("publish", paginated.toString(), "-o", out.toString(), "-p", FIRST_FOLIO);
        assertEquals(0, run.status(), run.err());
        assertEquals(3, pagesVerified(out.resolve("report.json")));
        Path first = folder.resolve("first-again.pdf");
        assertEquals(0, cli("pdf", text.toString(), "-o", first.toString(), "-p", FIRST_FOLIO).status());
        assertEquals(pageTexts(first), pageTexts(out.resolve("paginated.pdf")), "the reprint's pages carry the first print's words");
        String page = Files.readString(out.resolve("html").resolve(webPage(out)));
        assertTrue(page.contains("523"), "the web edition marks the printed pages");
        CliRun epub = cli("verify", out.resolve("paginated.epub").toString(), "--tei", paginated.toString());
        assertEquals(0, epub.status(), epub.out() + epub.err());
        assertTrue(epub.out().contains("524"), epub.out());
    }

    @Test
    void publishingTheUnpaginatedTextKeepsTheFirstPrintsPagesInTheTeiItPublishes() throws Exception {
        Path out = folder.resolve("new-edition");
        CliRun run = cli("publish", text.toString(), "-o", out.toString(), "-p", FIRST_FOLIO);
        assertEquals(0, run.status(), run.err());
        assertArrayEquals(Files.readAllBytes(paginated), Files.readAllBytes(out.resolve("new.xml")),
                "the publication's TEI is the paginated text");
        assertEquals(3, pagesVerified(out.resolve("report.json")));
    }

    @Test
    void paginatingThePaginatedTextAgainChangesNoByte() throws Exception {
        for (String mode : List.of("auto", "new")) {
            Path again = folder.resolve("again-" + mode + ".xml");
            CliRun run = cli("paginate", paginated.toString(), "-o", again.toString(), "--pagination", mode, "-p", FIRST_FOLIO);
            assertEquals(0, run.status(), run.err());
            assertArrayEquals(Files.readAllBytes(paginated), Files.readAllBytes(again), "--pagination " + mode);
        }
    }

    @Test
    void aCorrectedWordIsReprintedWithEveryBreakWhereTheFirstPrintPutIt() throws Exception {
        Path corrected = folder.resolve("corrected.xml");
        Files.writeString(corrected, Files.readString(paginated).replace("very clearcut and blunt", "very clear-cut and blunt"));
        Path pdf = folder.resolve("corrected.pdf");
        CliRun run = cli("pdf", corrected.toString(), "-o", pdf.toString(), "-p", FIRST_FOLIO);
        assertEquals(0, run.status(), run.err());
        CliRun verify = cli("verify", pdf.toString(), "--tei", corrected.toString());
        assertEquals(0, verify.status(), verify.out());
        assertTrue(verify.out().contains("pagination matches the source"), verify.out());
    }

    @Test
    void aCrossReferenceIsPrintedWithThePageItPointsToAndTheVerifierReadsItSo() throws Exception {
        Path referring = folder.resolve("referring.xml");
        Files.writeString(referring, Files.readString(text).replace("would be wholly successful.</p>",
                "would be wholly successful (on Molotov, see <ptr target=\"#d1fn65\"/>).</p>"));
        Path pdf = folder.resolve("referring.pdf");
        CliRun run = cli("pdf", referring.toString(), "-o", pdf.toString(), "-p", FIRST_FOLIO);
        assertEquals(0, run.status(), run.err());
        List<String> pages = pageTexts(pdf);
        String last = pages.get(pages.size() - 1).replaceAll("\\s+", " ");
        assertTrue(last.contains("(on Molotov, see p. 522)"), "the note's page, where its call stands: " + last);
        Path paginatedReferring = folder.resolve("referring-paginated.xml");
        assertEquals(0, cli("paginate", referring.toString(), "-o", paginatedReferring.toString(), "-p", FIRST_FOLIO).status());
        CliRun verify = cli("verify", pdf.toString(), "--tei", paginatedReferring.toString());
        assertEquals(0, verify.status(), verify.out() + verify.err());
    }

    @Test
    void paginateRefusesToWriteOverItsInputAndAnUnknownPagination() throws Exception {
        CliRun same = cli("paginate", text.toString(), "-o", folder.resolve(".").resolve("new.xml").toString());
        assertEquals(2, same.status(), same.err());
        CliRun unknown = cli("paginate", text.toString(), "-o", folder.resolve("x.xml").toString(), "--pagination", "old");
        assertEquals(2, unknown.status(), unknown.err());
        assertTrue(unknown.err().contains("--pagination must be auto or new"), unknown.err());
        assertFalse(Files.exists(folder.resolve("x.xml")));
    }

    /** The pages the publication's report found matching their source page, when none did not. */
    private static int pagesVerified(Path report) throws Exception {
        String json = Files.readString(report);
        assertFalse(json.contains("\"ok\" : false"), json);
        return json.split("\"ok\" : true", -1).length - 1;
    }

    private static String webPage(Path edition) throws Exception {
        try (var files = Files.list(edition.resolve("html"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("d1")).findFirst().orElse("index.html");
        }
    }

    private static List<String> pageTexts(Path pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(new String(stripper.getText(document).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            }
        }
        return pages;
    }
}

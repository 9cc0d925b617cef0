// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.cli.CliRun;
import org.teiedition.diag.InputException;
import org.teiedition.validate.ValidationMode;

/**
 * Real pages cut from four FRUS volumes (src/test/resources/print, made by excerpt.py there): long
 * running heads, small capitals and roman numerals in notes, chapter headings with notes ("Continued
 * from ..."), tables, and pages that only fit at the volume's type scale. Each is printed with
 * {@code --overflow shrink} and read back as a reader would check it.
 */
class PrintFixtureTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "print");
    private static final Edition EDITION = Edition.create();
    /** The fixture with the notes the mutations move, renumber and drop around. */
    private static final Path NOTES = FIXTURES.resolve("frus1927v01-p236.xml");

    private static final Map<Path, Path> PDFS = new TreeMap<>();
    private static final Map<Path, PdfResult> RESULTS = new TreeMap<>();

    /** The class's outputs, removed after its tests. */
    @TempDir
    static Path folder;

    @BeforeAll
    static void render() throws Exception {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path tei : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                Path pdf = folder.resolve(tei.getFileName().toString().replace(".xml", ".pdf"));
                try {
                    RESULTS.put(tei, EDITION.pdf(tei, pdf, new PublishOptions(ValidationMode.WARN, Overflow.SHRINK)));
                } catch (InputException e) {
                    throw new AssertionError(tei + " does not render: " + e.diagnostics(), e);
                }
                PDFS.put(tei, pdf);
            }
        }
        assertTrue(PDFS.size() >= 4, "the fixture's files: " + PDFS.keySet());
    }

    @Test
    void everyPageIsItsSourcePageWithItsFolioAndNotes() throws Exception {
        for (Map.Entry<Path, Path> fixture : PDFS.entrySet()) {
            PrintChecks.pagesMatch(EDITION, fixture.getKey(), fixture.getValue());
        }
    }

    @Test
    void noTextIsSetOverOtherText() throws IOException {
        for (Path pdf : PDFS.values()) {
            PrintChecks.noOverprinting(pdf);
        }
    }

    @Test
    void noLineIsLetterSpaced() throws IOException {
        for (Path pdf : PDFS.values()) {
            PrintChecks.noLetterSpacing(pdf);
        }
    }

    /**
     * frus1919Parisv01's page 418, more than half footnotes, does not fit one page at the design's size: as a
     * compositor would, its notes are set smaller, not below their floor (7 pt), and its text keeps the design's size.
     */
    @Test
    void aPageMostlyOfFootnotesHasItsNotesSetSmallerNotItsText() throws IOException {
        Path tei = FIXTURES.resolve("frus1919Parisv01-p418.xml");
        Path pdf = PDFS.get(tei);
        assertEquals(1.0, RESULTS.get(tei).scale(), RESULTS.get(tei).diagnostics().toString());
        // the page's text is an enclosure: quoted matter, 0.9 of the dense design's 9.5 pt
        assertEquals(9.5f * 0.9f, PrintChecks.sizeOf(pdf, 1, "governing"), 0.01f);
        float note = PrintChecks.sizeOf(pdf, 1, "Omission");
        assertTrue(note >= 7f && note < 7.5f, "the notes' size: " + note);
    }

    /**
     * frus1901's President's message (XL to XLII) holds less to the page than its documents (230), whose fullest page
     * sets the volume's type small: as its printers did, the message is set in larger type of its own, to fill its pages,
     * running text with no table or list, above the most the text itself may be set at (112% of the dense design's 9.5 pt).
     */
    @Test
    void aDivisionOfShortPagesInTheMatterIsSetLarger() throws IOException {
        Path pdf = PDFS.get(FIXTURES.resolve("frus1901-pXL.xml"));
        float message = PrintChecks.textSize(pdf, 2);
        float documents = PrintChecks.textSize(pdf, 4);
        assertTrue(message > documents * 1.2f, "the message's text " + message + " pt, the documents' " + documents + " pt");
        assertTrue(message > 9.5f * Fitting.MOST / 100 + 0.1f && message <= 9.5f * Fitting.SHORT_MATTER_MOST / 100 + 0.01f,
                "the message's text " + message + " pt");
    }

    /**
     * frus1901's pages 239 to 241 lie wholly inside a treaty its Senate document quotes (an attachment, set off and so
     * smaller), and come out short at the type the dense page 230 sets for the volume: as its printers did, their quoted
     * matter is set larger, at the text's size or halfway there (where the text's would make a loose line), to fill them.
     */
    @Test
    void pagesWhollyOfQuotedMatterThatComeOutShortAreSetInTheTextsType() throws IOException {
        Path tei = FIXTURES.resolve("frus1901-p239.xml");
        Path pdf = PDFS.get(tei);
        float text = (float) RESULTS.get(tei).design().textSize();
        for (int page = 2; page <= 3; page++) {
            float treaty = PrintChecks.textSize(pdf, page);
            assertTrue(treaty > text * 0.9f + 0.1f && treaty <= text + 0.01f, "the text " + text + " pt, the treaty on PDF page " + page + " " + treaty + " pt");
        }
        assertTrue(RESULTS.get(tei).fill().median() >= 0.7, RESULTS.get(tei).fill().toString());
    }

    /** frus1934v04's protocol quoted article by article (a quotation of a list) is set off as quoted matter is, smaller than the text. */
    @Test
    void aQuotationOfAListIsSetOffSmaller() throws IOException {
        Path pdf = PDFS.get(FIXTURES.resolve("frus1934v04-p349.xml"));
        float text = PrintChecks.sizeOf(pdf, 1, "Despite");
        float quoted = PrintChecks.sizeOf(pdf, 2, "Colombia");
        assertEquals(text * 0.9f, quoted, 0.01f, "the text " + text + " pt, the quoted treaty " + quoted + " pt");
    }

    @Test
    void longRunningHeadsAreShortenedAtAWordToOneLine() throws IOException {
        Path pdf = PDFS.get(FIXTURES.resolve("frus1934v04-p390.xml"));
        List<String> heads = PrintChecks.runningHeadsOnOneLine(pdf);
        // page 391, a recto in a chapter whose title runs to several lines of its opening page
        // the head's glyphs (word spaces are not glyphs), folio aside
        String head = heads.get(1).replaceFirst("391$", "");
        List<String> title = List.of("SPECIAL MISSION OF JOHN H. WILLIAMS TO INVESTIGATE FOREIGN EXCHANGE PROBLEMS IN ARGENTINA"
                .split(" "));
        int words = 0;
        while (words < title.size() && !String.join("", title.subList(0, words)).equals(head)) {
            words++;
        }
        assertTrue(words > 2 && words < title.size(), "the title's first words, cut at a word: " + head);
        assertFalse(List.of("OF", "THE", "TO", "IN", "AND").contains(title.get(words - 1)), "ends on a small word: " + head);
        for (Path other : PDFS.values()) {
            PrintChecks.runningHeadsOnOneLine(other);
        }
    }

    @Test
    void aVolumeIsSetAtOneTypeScale(@TempDir Path folder) {
        for (Map.Entry<Path, PdfResult> fixture : RESULTS.entrySet()) {
            PdfResult result = fixture.getValue();
            assertTrue(result.scale() > 0.85 - 1e-9 && result.scale() <= Fitting.MOST / 100.0, fixture.getKey() + ": " + result.scale());
            // a handful of pages allows no page of its own size (1% of them is less than one page)
            assertEquals(List.of(), result.shrunk(), fixture.getKey().toString());
        }
        // pages 36 and 38 of the Paris volume, their lists set at the text's size, hold more than fits at the
        // design's size: all three pages are set at the one scale at which they fit, not each at its own
        Path paris = FIXTURES.resolve("frus1919Parisv01-p36.xml");
        CliRun run = CliRun.run(Edition::create, "pdf", paris.toString(), "-o", folder.resolve("p36.pdf").toString(), "--overflow", "shrink",
                "--validation", "warn", "-p", "list-font-size=1");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().matches("(?s).*warning: the volume is set at 9\\d% of the page design's type size.*"), run.err());
        assertFalse(run.err().contains("pdf.overflow.shrunk") || run.err().contains("did not fit one page"), run.err());
        // pages that hold less than the design allows are set larger, as far as they all still fit
        assertTrue(RESULTS.get(FIXTURES.resolve("frus1934v04-p390.xml")).scale() > 1.0,
                "pages with room to spare: " + RESULTS.get(FIXTURES.resolve("frus1934v04-p390.xml")).scale());
    }

    @Test
    void aDenseEarlyVolumeIsSetOnTheLargerPageAtALegibleSize() throws IOException {
        // the List of Papers of the 1901 volume, pages LXXI-LXXIII: in the dense design page LXXII fits at no size from 8 pt up
        PdfResult early = RESULTS.get(FIXTURES.resolve("frus1901-pLXXI.xml"));
        assertEquals("large", early.design().name(), early.diagnostics().toString());
        assertEquals(List.of(), early.continued(), "every page on one page");
        assertTrue(early.diagnostics().stream().anyMatch(d -> d.message().endsWith("fit the dense design at no size from 8 pt up: \"LXXII\"")),
                early.diagnostics().toString());
        for (PdfResult.MatterSize matter : early.design().matter()) {
            assertTrue(matter.textSize() >= early.design().leastTextSize(), early.design().toString());
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(PDFS.get(FIXTURES.resolve("frus1901-pLXXI.xml")).toFile())) {
            assertEquals(List.of("LXXI", "LXXII", "LXXIII"), List.of(document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
            assertEquals(720, document.getPage(0).getMediaBox().getHeight(), 0.01, "the large design's 10 in");
        }
    }

    @Test
    void aCrowdedListOfTheFrontMatterIsSetSmallerThanTheTextInItsOwnDesign() {
        // the contents of the 1901 volume, pages IV-VII: too crowded for the text's size, they are set at a
        // scale of their own above the floor, without moving the volume to a larger design
        PdfResult contents = RESULTS.get(FIXTURES.resolve("frus1901-pIV.xml"));
        assertEquals("dense", contents.design().name(), contents.diagnostics().toString());
        assertEquals(List.of(), contents.continued(), "every page on one page");
        assertEquals(1, contents.design().matter().size(), contents.design().toString());
        PdfResult.MatterSize matter = contents.design().matter().get(0);
        assertEquals("IV to VII", matter.pages());
        assertTrue(matter.textSize() < contents.design().textSize() && matter.textSize() >= contents.design().leastTextSize(),
                contents.design().toString());
    }

    @Test
    void quotedMatterIsSetSmallerThanTheTextAroundIt() throws IOException {
        // page 37 of the Paris volume: a block quotation ("Maps and explanatory articles …") in an item of a list
        Path pdf = PDFS.get(FIXTURES.resolve("frus1919Parisv01-p36.xml"));
        float item = PrintChecks.sizeOf(pdf, 2, "Lithuania,");
        float quoted = PrintChecks.sizeOf(pdf, 2, "explanatory");
        assertTrue(quoted > 0 && quoted < item * 0.95f, "quoted " + quoted + " pt in an item of " + item + " pt");
    }

    @Test
    void aPageBreakMovedByAFewWordsIsCaught(@TempDir Path folder) throws Exception {
        Path moved = mutate(folder, "(\\S+ \\S+ \\S+ )(<pb n=\"237\"[^>]*/>)", "$2$1");
        assertCaught(moved, "236", "237");
    }

    @Test
    void aNoteOnTheWrongPageIsCaught(@TempDir Path folder) throws Exception {
        String xml = Files.readString(NOTES);
        String note = find(xml, "<note n=\"69\".*?</note>");
        String moved = xml.replace(note, "").replaceFirst("(<pb n=\"237\"[^>]*/>)", "$1" + java.util.regex.Matcher.quoteReplacement(note));
        Path tei = folder.resolve("note.xml");
        Files.writeString(tei, moved);
        assertCaught(tei, "236", "237");
    }

    @Test
    void aWrongFolioIsCaught(@TempDir Path folder) throws Exception {
        assertCaught(mutate(folder, "<pb n=\"238\"", "<pb n=\"283\""), "283");
    }

    @Test
    void aDroppedParagraphIsCaught(@TempDir Path folder) throws Exception {
        assertCaught(mutate(folder, "(<pb n=\"238\"[^>]*/>\\s*)<p>.*?</p>", "$1"), "238");
    }

    private static Path mutate(Path folder, String regex, String replacement) throws IOException {
        String xml = Files.readString(NOTES);
        String changed = java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.DOTALL).matcher(xml).replaceFirst(replacement);
        assertNotEquals(xml, changed, "the mutation applies");
        Path tei = folder.resolve("mutated.xml");
        Files.writeString(tei, changed);
        return tei;
    }

    private static String find(String xml, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.DOTALL).matcher(xml);
        assertTrue(m.find(), regex);
        return m.group();
    }

    /** verify exits 1 and marks exactly these source pages as not matching. */
    private static void assertCaught(Path tei, String... folios) {
        CliRun run = CliRun.run(() -> EDITION, "verify", PDFS.get(NOTES).toString(), "--tei", tei.toString(), "--validation", "warn");
        assertEquals(1, run.status(), run.out() + run.err());
        List<String> failing = run.out().lines().filter(l -> l.matches("\\S+\\s+\\d+\\s+\\S+\\s+NO\\b.*"))
                .map(l -> l.split("\\s+")[0]).toList();
        assertEquals(List.of(folios), failing, run.out());
    }
}

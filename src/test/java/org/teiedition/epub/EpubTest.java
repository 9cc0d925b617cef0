// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.config.EditionConfig;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.validate.ValidationMode;
import org.teiedition.verify.PaginationReport;

/** The memorandum's EPUB, checked by the real EPUBCheck and read back. */
class EpubTest {
    static final Path MEMORANDUM = Path.of("tei/memorandum.xml");

    @Test
    void theMemorandumPassesEpubCheckWithoutAWarningAndItsPageListIsThePrintedPages(@TempDir Path temp) throws Exception {
        Edition edition = Edition.create();
        Path epub = temp.resolve("memorandum.epub");
        List<Diagnostic> warnings = edition.epub(MEMORANDUM, epub, PublishOptions.defaults());
        assertEquals(List.of(), warnings, "EPUBCheck's warnings");
        assertEquals(List.of(), new EpubChecker().check(epub, "memorandum.epub"), "checked again, as a reader would");
        PaginationReport pages = edition.verify(epub, MEMORANDUM, PublishOptions.defaults());
        assertTrue(pages.matches(), pages.toString());
        assertEquals(List.of("522", "523", "524"), pages.pages().stream().map(PaginationReport.PageCheck::label).toList());
    }

    @Test
    void theWarmUpBookIsOneEpubCheckValidatesAgainstItsSchemas(@TempDir Path temp) throws Exception {
        // EPUBCheck compiles its schemas when it first validates a document against one: a warm-up book
        // that ends its check sooner leaves that work to the first real book; it is named as the toolkit's temporaries are
        Path book = temp.resolve(".tei-edition-0123abcd-1-5f.tmp");
        EpubChecker.writeLeastBook(book);
        List<Diagnostic> found = new EpubChecker().check(book, "least.epub");
        assertTrue(found.stream().anyMatch(d -> d.message().contains("RSC-005") && d.file().endsWith("package.opf")),
                "a finding of the package schema: " + found);
    }

    @Test
    void oneSchematronReaderReadsEverySchemaAndTheirRulesStillFind(@TempDir Path temp) throws Exception {
        String iso = "http://purl.oclc.org/dsdl/schematron";
        com.thaiopensource.validate.SchemaReaderLoader loader = new com.thaiopensource.validate.SchemaReaderLoader();
        assertTrue(loader.createSchemaReader(iso) == loader.createSchemaReader(iso), "the toolkit's reader, made once");

        // the package without its date of modification: a rule of EPUBCheck's Schematron for the package, not of its grammar
        Path book = temp.resolve("memorandum.epub");
        Edition.create().epub(MEMORANDUM, book, PublishOptions.defaults());
        Path undated = temp.resolve("undated.epub");
        try (ZipFile zip = new ZipFile(book.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(undated))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith("package.opf")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replaceFirst("<meta property=\"dcterms:modified\">[^<]*</meta>", "")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(bytes);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(bytes);
            }
        }
        List<Diagnostic> found = new EpubChecker().check(undated, "undated.epub");
        assertTrue(found.stream().anyMatch(d -> d.isError() && d.message().contains("dcterms:modified") && d.file().endsWith("package.opf")),
                found.toString());
    }

    @Test
    void aPageBreakInsideANoteOpensNoPageInThePageListAsInPrint(@TempDir Path temp) throws Exception {
        String tei = Files.readString(MEMORANDUM).replace("<note n=\"65\" xml:id=\"d1fn65\">",
                "<note n=\"65\" xml:id=\"d1fn65\"><pb n=\"999\" xml:id=\"pg_999\"/>");
        Path variant = temp.resolve("note-page.xml");
        Files.writeString(variant, tei);
        Edition edition = Edition.create();
        Path epub = temp.resolve("note-page.epub");
        PublishOptions warn = new PublishOptions(ValidationMode.WARN, Overflow.FAIL);
        edition.epub(variant, epub, warn);
        PaginationReport pages = edition.verify(epub, variant, warn);
        assertTrue(pages.matches(), pages.toString());
        assertEquals(List.of("522", "523", "524"), pages.pages().stream().map(PaginationReport.PageCheck::label).toList());
    }

    @Test
    void theContainerIsReproducibleWithTheMimetypeStoredFirst(@TempDir Path temp) throws Exception {
        Edition edition = Edition.create();
        Path first = temp.resolve("a.epub");
        Path second = temp.resolve("b.epub");
        edition.epub(MEMORANDUM, first, PublishOptions.defaults());
        Edition.create().epub(MEMORANDUM, second, PublishOptions.defaults());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "the same TEI gives the same bytes");
        byte[] bytes = Files.readAllBytes(first);
        assertEquals("mimetypeapplication/epub+zip", new String(bytes, 30, 28, StandardCharsets.US_ASCII),
                "mimetype is the first entry, stored, with no extra field");
        try (ZipFile zip = new ZipFile(first.toFile())) {
            List<String> names = new ArrayList<>();
            Collections.list(zip.entries()).forEach(e -> names.add(e.getName()));
            assertEquals("mimetype", names.get(0));
            assertEquals(ZipEntry.STORED, zip.getEntry("mimetype").getMethod());
            assertTrue(names.containsAll(List.of("EPUB/fonts/SourceSerif4_400Regular.ttf", "EPUB/licence.xhtml")), names.toString());
            String licence = read(zip, "EPUB/licence.xhtml");
            assertTrue(licence.contains("SIL OPEN FONT LICENSE"), "the fonts travel with their licence");
            String opf = read(zip, "EPUB/package.opf");
            for (String expected : List.of("property=\"source-of\">pagination", "schema:accessMode\">textual",
                    "schema:accessibilityFeature\">printPageNumbers", "property=\"pageBreakSource\"", "schema:accessibilitySummary")) {
                assertTrue(opf.contains(expected), "package document has " + expected);
            }
            String text = read(zip, "EPUB/d1.xhtml");
            assertTrue(text.contains("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-523\" aria-label=\"Page 523\""), "page marker");
            assertTrue(text.contains("epub:type=\"noteref\" role=\"doc-noteref\""), "note call");
            assertTrue(text.contains("<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"note-65\""), "footnote");
            assertTrue(text.contains("href=\"#call-65\" role=\"doc-backlink\""), "link back to the call");
        }
    }

    @Test
    void aSightedReaderSeesEachPrintedPageNumberSmallAndGreyWhereThePageTurns(@TempDir Path temp) throws Exception {
        Edition edition = Edition.create();
        Path volume = Path.of("src/test/resources/web/frus1918Russiav03-p1.xml");
        Path epub = temp.resolve("volume.epub");
        assertEquals(List.of(), edition.epub(volume, epub, PublishOptions.defaults()), "EPUBCheck's warnings");
        assertTrue(edition.verify(epub, volume, PublishOptions.defaults()).matches(), "the page-list still leads to every marker");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            // the source: "This loan in my judgment <pb n="3"/>would be absolutely safe."
            String document = read(zip, "EPUB/d2.xhtml").replaceAll("\\s+", " ");
            assertTrue(document.contains("judgment <span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-3\""
                    + " aria-label=\"Page 3\" class=\"pb\">[Page 3]</span> would be absolutely safe."), "the number in the line, apart from the words");
            assertTrue(document.contains("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-2\" aria-label=\"Page 2\" class=\"pb\">[Page 2]</span>"),
                    "the page a document begins on");
            String css = read(zip, "EPUB/edition.css");
            assertTrue(css.matches("(?s).*\\.pb \\{[^}]*font-size: 0\\.75em;[^}]*color: #666666;.*"), "small and grey: " + css);
        }
    }

    @Test
    void theBookIsDatedWhenTheEditionWasMadeAndNamesWhatTheTeiHeaderGives(@TempDir Path temp) throws Exception {
        Edition edition = Edition.create();
        // the memorandum: author, editor, its edition's publication statement (2026-11-27), the printed volume (1963), its terms
        String memorandum = packageDocument(edition, MEMORANDUM, temp.resolve("memorandum.epub"));
        for (String expected : List.of("<meta property=\"dcterms:modified\">2026-11-27T00:00:00Z</meta>",
                "<dc:creator id=\"creator-1\">Sumner Welles</dc:creator><meta refines=\"#creator-1\" property=\"role\" scheme=\"marc:relators\">aut</meta>",
                "<dc:contributor id=\"contributor-1\">tei-edition</dc:contributor><meta refines=\"#contributor-1\" property=\"role\" scheme=\"marc:relators\">edt</meta>",
                "<dc:publisher>tei-edition</dc:publisher>", "<dc:date>1963</dc:date>",
                "<dc:rights>The text of the memorandum is a work of the United States Government and in the public domain."
                        + " The encoding is released under CC0 1.0.</dc:rights>")) {
            assertTrue(memorandum.contains(expected), "the memorandum's package document has " + expected);
        }
        // a volume as the Office of the Historian encodes it: its publication statement is the printed volume's
        // (<date>1932</date>), the encoding's date is its revision's; no author, an empty editor, no terms
        String volume = packageDocument(edition, Path.of("src/test/resources/web/frus1918Russiav03-p1.xml"), temp.resolve("volume.epub"));
        assertTrue(volume.contains("<meta property=\"dcterms:modified\">2016-02-02T00:00:00Z</meta>"), "the encoding's date, not 1932");
        assertTrue(volume.contains("<dc:date>1932</dc:date>"), "the printed volume's date");
        assertFalse(volume.contains("<dc:creator") || volume.contains("<dc:contributor") || volume.contains("<dc:rights"), "nothing the header does not give");
    }

    @Test
    void theBookHasACoverDrawnFromItsWordsAndDeclaresTheAccessibilityItMeets(@TempDir Path temp) throws Exception {
        Path epub = temp.resolve("memorandum.epub");
        assertEquals(List.of(), Edition.create().epub(MEMORANDUM, epub, PublishOptions.defaults()), "EPUBCheck's warnings");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String opf = read(zip, "EPUB/package.opf");
            assertTrue(opf.contains("<item id=\"i-cover-png\" href=\"cover.png\" media-type=\"image/png\" properties=\"cover-image\"/>"), opf);
            assertTrue(opf.contains("<meta name=\"cover\" content=\"i-cover-png\"/>"), "named as EPUB 2 reading systems look for it");
            assertTrue(opf.contains("<spine><itemref idref=\"i-cover-xhtml\"/>"), "the cover page opens the book");
            for (String expected : List.of("<meta property=\"dcterms:conformsTo\" id=\"conformance\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>",
                    "<meta property=\"a11y:certifiedBy\" refines=\"#conformance\">tei-edition</meta>",
                    "<meta property=\"schema:accessMode\">visual</meta>", "schema:accessibilityFeature\">alternativeText")) {
                assertTrue(opf.contains(expected), "package document has " + expected);
            }
            String words = "Foreign Relations of the United States. Memorandum of Conversation, by the Under Secretary of State (Welles)."
                    + " Diplomatic Papers, 1943, The British Commonwealth, Eastern Europe, the Far East, Volume III. 1963";
            String page = read(zip, "EPUB/cover.xhtml");
            assertTrue(page.contains("<img epub:type=\"cover\" role=\"doc-cover\" class=\"cover\" src=\"cover.png\" alt=\"" + words + "\"/>"), page);
            assertTrue(read(zip, "EPUB/nav.xhtml").contains("<a epub:type=\"cover\" href=\"cover.xhtml\">Cover</a>"), "a landmark");
            java.awt.image.BufferedImage cover;
            try (InputStream in = zip.getInputStream(zip.getEntry("EPUB/cover.png"))) {
                cover = javax.imageio.ImageIO.read(in);
            }
            assertEquals(List.of(1200, 1800), List.of(cover.getWidth(), cover.getHeight()));
            // the band of the series is dark, the page of the title light, and both carry letters
            assertTrue(grey(cover, 20, 20) < 80 && grey(cover, 20, 1000) > 230, "the band and the page");
            assertTrue(darkPixels(cover, 620, 1100) > 20_000, "the title is drawn");
        }
        // the editor names who certifies the book's accessibility
        Path certified = temp.resolve("certified.epub");
        Edition byEditor = new Edition(EditionConfig.defaults().withParameters(java.util.Map.of("epub-certified-by", "Office of the Historian")));
        assertEquals(List.of(), byEditor.epub(MEMORANDUM, certified, PublishOptions.defaults()));
        try (ZipFile zip = new ZipFile(certified.toFile())) {
            assertTrue(read(zip, "EPUB/package.opf").contains("<meta property=\"a11y:certifiedBy\" refines=\"#conformance\">Office of the Historian</meta>"));
        }
        // a volume: the volume's own title on the cover under its series, its number below
        Path volume = temp.resolve("volume.epub");
        assertEquals(List.of(), Edition.create().epub(Path.of("src/test/resources/web/frus1918Russiav03-p1.xml"), volume, PublishOptions.defaults()));
        try (ZipFile zip = new ZipFile(volume.toFile())) {
            assertTrue(read(zip, "EPUB/cover.xhtml").contains("alt=\"Papers Relating to the Foreign Relations of the United States, 1918. Russia. Volume III. 1932\""),
                    read(zip, "EPUB/cover.xhtml"));
        }
    }

    private static int grey(java.awt.image.BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xff;
    }

    private static int darkPixels(java.awt.image.BufferedImage image, int fromY, int toY) {
        int dark = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                dark += grey(image, x, y) < 128 ? 1 : 0;
            }
        }
        return dark;
    }

    /** The package document of the EPUB of a TEI file, which EPUBCheck passed without a warning. */
    private static String packageDocument(Edition edition, Path tei, Path epub) throws Exception {
        assertEquals(List.of(), edition.epub(tei, epub, PublishOptions.defaults()), "EPUBCheck's warnings");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return read(zip, "EPUB/package.opf");
        }
    }

    /** An edition with a customization that writes an element XHTML does not have: a book EPUBCheck must refuse. */
    private static Edition refusedByEpubCheck(Path temp) throws IOException {
        return org.teiedition.testing.RefusedBooks.edition(temp);
    }

    @Test
    void anEpubCheckErrorFailsWithItsPlaceAndWritesNothing(@TempDir Path temp) throws Exception {
        Edition edition = refusedByEpubCheck(temp);
        Path epub = temp.resolve("out/memorandum.epub");
        Files.createDirectories(epub.getParent());
        Files.writeString(epub, "an earlier book");
        InputException failure = assertThrows(InputException.class, () -> edition.epub(MEMORANDUM, epub, PublishOptions.defaults()));
        Diagnostic first = failure.diagnostics().get(0);
        assertTrue(first.isError());
        assertEquals(epub + "/EPUB/d1.xhtml", first.file());
        assertTrue(first.line() > 0 && first.column() > 0, first.format());
        assertTrue(first.message().contains("RSC-005"), first.message());
        assertEquals("an earlier book", Files.readString(epub), "the earlier output is intact");
        try (var files = Files.list(epub.getParent())) {
            assertEquals(1, files.count(), "nothing half-written beside it");
        }
    }

    @Test
    void anEpubCheckErrorInAPublicationNamesTheBookWhereItsFolderWillBeNotTheTemporaryOne(@TempDir Path temp) throws Exception {
        Edition edition = refusedByEpubCheck(temp);
        Path folder = temp.resolve("edition");
        InputException failure = assertThrows(InputException.class, () -> edition.publish(List.of(MEMORANDUM), folder,
                org.teiedition.publish.PublishOptions.defaults()));
        Diagnostic first = failure.diagnostics().stream().filter(d -> d.code().equals("epub.check")).findFirst().orElseThrow();
        assertEquals(folder.resolve("memorandum.epub") + "/EPUB/d1.xhtml", first.file());
    }

    @Test
    void aPageListThatDoesNotMatchTheSourceIsReported(@TempDir Path temp) throws Exception {
        Edition edition = Edition.create();
        Path epub = temp.resolve("memorandum.epub");
        edition.epub(MEMORANDUM, epub, PublishOptions.defaults());
        Path other = temp.resolve("other.xml");
        Files.writeString(other, Files.readString(MEMORANDUM).replace("<pb n=\"523\"", "<pb n=\"623\""));
        // the other TEI's page numbers have a gap: it is read with validation set to warn
        PaginationReport report = edition.verify(epub, other, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        assertFalse(report.matches());
        assertEquals("the page-list names \"523\" here", report.pages().get(1).verdict());
    }

    private static String read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

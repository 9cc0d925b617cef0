// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.config.EditionConfig;
import org.teiedition.diag.InputException;
import org.teiedition.print.Memorandum;
import org.teiedition.print.Overflow;
import org.teiedition.print.PdfFor;
import org.teiedition.validate.ValidationMode;

/**
 * One kind of output made by the publication engine beside what else the folder holds, with the real stages:
 * the PDFs keep their laid-out pages in the store beside the folder, so that a one-word edit lays out its page
 * only; the run follows the validation option and whom the PDF is for; the web edition and the EPUBs keep the
 * files of single documents the same way; the validations are remembered, and their warnings told again.
 */
class SingleOutputTest {
    @TempDir
    Path folder;

    @Test
    void aOneWordEditLaysOutItsPageOnlyAndGivesTheBytesOfACleanBuild() throws Exception {
        Path sources = folder.resolve("project/src/main/tei");
        Files.createDirectories(sources);
        Path tei = sources.resolve("memorandum.xml");
        Files.copy(Memorandum.TEI, tei);
        Path output = folder.resolve("project/target/edition");

        List<String> first = build(sources, output, PublishOptions.defaults()).how();
        assertTrue(first.contains("memorandum.pdf: laid out 3 of 3 pages, reused 0"), first.toString());
        Path pages = folder.resolve("project/target/.tei-edition-cache/edition-pdf/pages");
        // and the two pages that can be full laid out again with their leading opened (the last ends the text)
        assertEquals(6, pageFiles(pages), "the three pages, the header they share, two pages filled");

        // a word of the second page (523) changes
        Files.writeString(tei, Files.readString(tei).replaceFirst("that kind of understanding", "that sort of understanding"));
        Made second = build(sources, output, PublishOptions.defaults());
        assertEquals(java.util.Map.of("memorandum.pdf", "TEI file memorandum.xml changed"), second.built());
        assertTrue(second.how().contains("memorandum.pdf: laid out 1 of 3 pages, reused 2"), second.how().toString());
        assertEquals(6, pageFiles(pages), "the pages the edit replaced (plain and filled) are no longer kept");

        Path clean = folder.resolve("clean");
        build(sources, clean.resolve("edition"), PublishOptions.defaults());
        assertArrayEquals(Files.readAllBytes(clean.resolve("edition/memorandum.pdf")), Files.readAllBytes(output.resolve("memorandum.pdf")),
                "the PDF of reused pages against a clean build's");
    }

    @Test
    void switchingToThePressPdfAndBackBuildsThePdfAgainEachTime() throws Exception {
        Path sources = memorandumIn("project/src/main/tei");
        Path output = folder.resolve("project/target/edition");
        Path pdf = output.resolve("memorandum.pdf");
        Edition press = new Edition(EditionConfig.defaults().withPdfFor(PdfFor.PRESS));

        build(Memorandum.edition(), sources, output, PublishOptions.defaults(), Selection.PDF);
        byte[] reader = Files.readAllBytes(pdf);
        Made toPress = build(press, sources, output, PublishOptions.defaults(), Selection.PDF);
        assertTrue(toPress.built().get("memorandum.pdf").startsWith("option for"), toPress.built().toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(-9f, document.getPage(0).getBleedBox().getLowerLeftX(), "the press PDF's bleed");
        }
        Made toReader = build(Memorandum.edition(), sources, output, PublishOptions.defaults(), Selection.PDF);
        assertTrue(toReader.built().get("memorandum.pdf").startsWith("option for"), toReader.built().toString());
        assertArrayEquals(reader, Files.readAllBytes(pdf), "the reader's PDF again, its pages kept apart from the press PDF's");
    }

    @Test
    void withValidationWarnTheInvalidFileStillGetsItsPdf() throws Exception {
        Path sources = folder.resolve("src/main/tei");
        Files.createDirectories(sources);
        Path tei = sources.resolve("memorandum.xml");
        Files.writeString(tei, Files.readString(Memorandum.TEI).replaceFirst("ref=\"#stalin\"", "ref=\"#nobody\""));
        Path output = folder.resolve("edition");
        PublishOptions warn = new PublishOptions(ValidationMode.WARN, Overflow.FAIL);

        Made built = build(sources, output, warn);
        assertTrue(Files.isRegularFile(output.resolve("memorandum.pdf")), "no PDF");
        assertTrue(built.diagnostics().stream().anyMatch(d -> d.isError() && d.message().contains("\"#nobody\"")),
                built.diagnostics().toString());
        assertThrows(InputException.class, () -> build(sources, folder.resolve("strict"), PublishOptions.defaults()));
        assertFalse(Files.exists(folder.resolve("strict")), "a strict run writes nothing for an invalid file");
    }

    @Test
    void theEpubGoalFollowsTheValidationOptionToo() throws Exception {
        Path sources = folder.resolve("src/main/tei");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("memorandum.xml"), Files.readString(Memorandum.TEI).replaceFirst("ref=\"#stalin\"", "ref=\"#nobody\""));
        Path output = folder.resolve("edition");
        build(sources, output, new PublishOptions(ValidationMode.WARN, Overflow.FAIL), Selection.EPUB);
        assertTrue(Files.isRegularFile(output.resolve("memorandum.epub")), "no EPUB");
        assertThrows(InputException.class, () -> build(sources, folder.resolve("strict"), PublishOptions.defaults(), Selection.EPUB));
    }

    @Test
    void theHtmlAndEpubGoalsMakeOnlyTheEditedDocumentsFilesAgain() throws Exception {
        Path sources = folder.resolve("project/src/main/tei");
        Files.createDirectories(sources);
        Path tei = sources.resolve("excerpt.xml");
        Files.copy(Path.of("src/test/resources/print/frus1927v01-p236.xml"), tei); // four documents
        Path output = folder.resolve("project/target/edition");
        PublishOptions warn = new PublishOptions(ValidationMode.WARN, Overflow.FAIL);
        // the EPUB first: the web edition links the downloads it finds beside it
        assertEquals(List.of("excerpt.epub: made 4 of 4 reusable files, kept 0"), build(sources, output, warn, Selection.EPUB).how());
        // the web edition: four documents' pages and their records in the search index, the contents and the search page
        assertEquals(List.of("html/: made 10 of 10 reusable files, kept 0"), build(sources, output, warn, Selection.HTML).how());

        // words of the second document's first paragraph
        Files.writeString(tei, Files.readString(tei).replaceFirst("I have the honor to refer", "I have the honor to recall"));
        assertEquals(List.of("excerpt.epub: made 1 of 4 reusable files, kept 3"), build(sources, output, warn, Selection.EPUB).how());
        assertEquals(List.of("html/: made 2 of 10 reusable files, kept 8"), build(sources, output, warn, Selection.HTML).how());

        Path clean = folder.resolve("clean");
        build(sources, clean.resolve("edition"), warn, Selection.EPUB);
        build(sources, clean.resolve("edition"), warn, Selection.HTML);
        assertArrayEquals(Files.readAllBytes(clean.resolve("edition/excerpt.epub")), Files.readAllBytes(output.resolve("excerpt.epub")));
        try (Stream<Path> pages = Files.list(output.resolve("html"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                assertArrayEquals(Files.readAllBytes(clean.resolve("edition/html").resolve(page.getFileName())), Files.readAllBytes(page),
                        page.getFileName().toString());
            }
        }
    }

    @Test
    void aValidationIsRememberedAndAnInvalidFileStopsTheRunWithEveryProblem() throws Exception {
        Path sources = memorandumIn("src/main/tei");
        Path output = folder.resolve("edition");
        assertEquals(java.util.Map.of("memorandum.xml", "first build"), build(sources, output, PublishOptions.defaults(), Selection.VALIDATION).built());
        Made again = build(sources, output, PublishOptions.defaults(), Selection.VALIDATION);
        assertEquals(List.of("memorandum.xml"), again.upToDate());
        assertEquals(java.util.Map.of(), again.built());
        assertFalse(Files.exists(output), "a validation writes no output");

        Files.writeString(sources.resolve("broken.xml"), Files.readString(Memorandum.TEI).replaceFirst("ref=\"#stalin\"", "ref=\"#nobody\""));
        InputException e = assertThrows(InputException.class, () -> build(sources, output, PublishOptions.defaults(), Selection.PDF));
        assertTrue(e.diagnostics().stream().allMatch(d -> d.file().endsWith("broken.xml")), e.diagnostics().toString());
        assertFalse(Files.exists(output), "nothing is written when a file is invalid");
    }

    @Test
    void aChangedOutputIsPutBackAndTheOutputsOfARemovedFileGoWhileOtherFilesStay() throws Exception {
        Path sources = folder.resolve("src/main/tei");
        Files.createDirectories(sources);
        String memorandum = Files.readString(Memorandum.TEI);
        Files.writeString(sources.resolve("memorandum.xml"), memorandum);
        Files.writeString(sources.resolve("copy.xml"), memorandum.replace("xml:id=\"frus1943v03-welles-litvinov\"", "xml:id=\"copy\""));
        Path output = folder.resolve("edition");
        Files.createDirectories(output);
        Files.writeString(output.resolve("notes.txt"), "the editor's");
        build(sources, output, PublishOptions.defaults());
        byte[] pdf = Files.readAllBytes(output.resolve("memorandum.pdf"));
        Files.writeString(output.resolve("memorandum.pdf"), "tampered");
        Files.delete(sources.resolve("copy.xml"));

        Made again = build(sources, output, PublishOptions.defaults());
        assertEquals(List.of("memorandum.pdf"), again.upToDate());
        assertArrayEquals(pdf, Files.readAllBytes(output.resolve("memorandum.pdf")), "the PDF its store kept");
        assertEquals(List.of("memorandum.pdf", "notes.txt"), names(output));
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theTextFormIsTheTranscriptionAndIsKeptUntilItsTeiChanges() throws Exception {
        Path sources = memorandumIn("src/main/tei");
        Path output = folder.resolve("target/text");
        Made first = build(sources, output, PublishOptions.defaults(), Selection.TEXT);
        assertEquals(java.util.Map.of("memorandum.txt", "first build"), first.built());
        assertArrayEquals(Files.readAllBytes(Path.of("tei/memorandum.txt")), Files.readAllBytes(output.resolve("memorandum.txt")),
                "the transcription the memorandum was encoded from, byte for byte");
        assertEquals(List.of("memorandum.txt"), build(sources, output, PublishOptions.defaults(), Selection.TEXT).upToDate());

        Made given = Memorandum.edition().make(Selection.TEXT, List.of(sources.resolve("memorandum.xml")), Target.nowhere(), PublishOptions.defaults());
        assertEquals(Files.readString(output.resolve("memorandum.txt")), given.texts().get("memorandum.txt"), "to nowhere, the same text given back");
    }

    @Test
    void aVerificationReadsBackThePdfWithItsLinesAndTheEpubsPageList() throws Exception {
        Path sources = memorandumIn("src/main/tei");
        Path tei = sources.resolve("memorandum.xml");
        Path output = folder.resolve("target/edition");
        build(sources, output, PublishOptions.defaults(), Selection.PDF);
        build(sources, output, PublishOptions.defaults(), Selection.EPUB);

        ReadBack pdf = Memorandum.edition().make(Selection.VERIFICATION, List.of(tei), Target.exactly(output.resolve("memorandum.pdf")),
                PublishOptions.defaults()).readBack().get(0);
        assertTrue(pdf.pagination().matches(), pdf.pagination().toString());
        assertEquals(List.of("522", "523", "524"), pdf.pagination().pages().stream().map(page -> page.folio()).toList());
        assertTrue(pdf.lines().orElseThrow().lines() > 50, "the PDF's set lines read too");

        ReadBack epub = Memorandum.edition().make(Selection.VERIFICATION, List.of(tei), Target.exactly(output.resolve("memorandum.epub")),
                PublishOptions.defaults()).readBack().get(0);
        assertTrue(epub.pagination().matches(), epub.pagination().toString());
        assertTrue(epub.lines().isEmpty(), "an EPUB has no set lines");

        assertThrows(IllegalArgumentException.class,
                () -> Memorandum.edition().make(Selection.VERIFICATION, List.of(tei), Target.folder(output), PublishOptions.defaults()),
                "a verification reads one output; it keeps nothing in a folder");
    }

    /** A source folder holding the memorandum. */
    private Path memorandumIn(String sources) throws Exception {
        Path folderOfSources = folder.resolve(sources);
        Files.createDirectories(folderOfSources);
        Files.copy(Memorandum.TEI, folderOfSources.resolve("memorandum.xml"));
        return folderOfSources;
    }

    private static Made build(Path sources, Path output, PublishOptions options) throws Exception {
        return build(sources, output, options, Selection.PDF);
    }

    private static Made build(Path sources, Path output, PublishOptions options, Selection selection) throws Exception {
        return build(Memorandum.edition(), sources, output, options, selection);
    }

    private static Made build(Edition edition, Path sources, Path output, PublishOptions options, Selection selection) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(sources)) {
            files = list.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        }
        return edition.make(selection, files, output, options);
    }

    /** The page files kept, in every PDF's folder. */
    private static long pageFiles(Path pages) throws Exception {
        try (Stream<Path> walk = Files.walk(pages)) {
            return walk.filter(file -> file.getFileName().toString().matches("[0-9a-f]{64}")).count();
        }
    }
}

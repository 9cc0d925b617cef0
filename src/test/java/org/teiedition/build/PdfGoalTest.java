// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationMode;

/**
 * The pdf goal with the real stages: it keeps each PDF's laid-out pages beside its build state, so that a
 * one-word edit lays out its page only, and it follows the validation option (as the epub goal does) and
 * whom the PDF is for. The html and epub goals keep the files of single documents the same way.
 */
class PdfGoalTest {
    @TempDir
    Path folder;

    @Test
    void aOneWordEditLaysOutItsPageOnlyAndGivesTheBytesOfACleanBuild() throws Exception {
        Path sources = folder.resolve("project/src/main/tei");
        Files.createDirectories(sources);
        Path tei = sources.resolve("memorandum.xml");
        Files.copy(Memorandum.TEI, tei);
        Path output = folder.resolve("project/target/edition");
        Path state = folder.resolve("project/target/maven-status/build-state.json");

        List<String> first = build(sources, output, state, PublishOptions.defaults()).log();
        assertTrue(first.contains("tei-edition: memorandum.pdf: laid out 3 of 3 pages, reused 0"), first.toString());
        Path pages = folder.resolve("project/target/maven-status/build-state.pages");
        // and the two pages that can be full laid out again with their leading opened (the last ends the text)
        assertEquals(6, pageFiles(pages), "the three pages, the header they share, two pages filled");

        // a word of the second page (523) changes
        Files.writeString(tei, Files.readString(tei).replaceFirst("that kind of understanding", "that sort of understanding"));
        List<String> second = build(sources, output, state, PublishOptions.defaults()).log();
        assertTrue(second.contains("tei-edition: building memorandum.pdf (TEI file memorandum.xml changed)"), second.toString());
        assertTrue(second.contains("tei-edition: memorandum.pdf: laid out 1 of 3 pages, reused 2"), second.toString());
        assertEquals(6, pageFiles(pages), "the pages the edit replaced (plain and filled) are no longer kept");

        Path clean = folder.resolve("clean");
        build(sources, clean.resolve("edition"), clean.resolve("build-state.json"), PublishOptions.defaults());
        assertArrayEquals(Files.readAllBytes(clean.resolve("edition/memorandum.pdf")), Files.readAllBytes(output.resolve("memorandum.pdf")),
                "the PDF of reused pages against a clean build's");
    }

    @Test
    void switchingToThePressPdfAndBackBuildsThePdfAgainEachTime() throws Exception {
        Path sources = folder.resolve("project/src/main/tei");
        Files.createDirectories(sources);
        Files.copy(Memorandum.TEI, sources.resolve("memorandum.xml"));
        Path output = folder.resolve("project/target/edition");
        Path state = folder.resolve("project/target/maven-status/build-state.json");
        Path pdf = output.resolve("memorandum.pdf");
        Edition press = new Edition(EditionConfig.defaults().withPdfFor(PdfFor.PRESS));

        build(Memorandum.edition(), sources, output, state, PublishOptions.defaults(), Goal.PDF);
        byte[] reader = Files.readAllBytes(pdf);
        List<String> toPress = build(press, sources, output, state, PublishOptions.defaults(), Goal.PDF).log();
        assertTrue(toPress.stream().anyMatch(line -> line.startsWith("tei-edition: building memorandum.pdf (option for")), toPress.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(-9f, document.getPage(0).getBleedBox().getLowerLeftX(), "the press PDF's bleed");
        }
        List<String> toReader = build(Memorandum.edition(), sources, output, state, PublishOptions.defaults(), Goal.PDF).log();
        assertTrue(toReader.stream().anyMatch(line -> line.startsWith("tei-edition: building memorandum.pdf (option for")), toReader.toString());
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

        Built built = build(sources, output, folder.resolve("build-state.json"), warn);
        assertTrue(Files.isRegularFile(output.resolve("memorandum.pdf")), "no PDF");
        assertTrue(built.result().diagnostics().stream().anyMatch(d -> d.isError() && d.message().contains("\"#nobody\"")),
                built.result().diagnostics().toString());
        assertThrows(InputException.class, () -> build(sources, folder.resolve("strict"), folder.resolve("strict.json"), PublishOptions.defaults()));
    }

    @Test
    void theEpubGoalFollowsTheValidationOptionToo() throws Exception {
        Path sources = folder.resolve("src/main/tei");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("memorandum.xml"), Files.readString(Memorandum.TEI).replaceFirst("ref=\"#stalin\"", "ref=\"#nobody\""));
        Path output = folder.resolve("edition");
        build(sources, output, folder.resolve("build-state.json"), new PublishOptions(ValidationMode.WARN, Overflow.FAIL), Goal.EPUB);
        assertTrue(Files.isRegularFile(output.resolve("memorandum.epub")), "no EPUB");
        assertThrows(InputException.class, () -> build(sources, folder.resolve("strict"), folder.resolve("strict.json"),
                PublishOptions.defaults(), Goal.EPUB));
    }

    @Test
    void theHtmlAndEpubGoalsMakeOnlyTheEditedDocumentsFilesAgain() throws Exception {
        Path sources = folder.resolve("project/src/main/tei");
        Files.createDirectories(sources);
        Path tei = sources.resolve("excerpt.xml");
        Files.copy(Path.of("src/test/resources/print/frus1927v01-p236.xml"), tei); // four documents
        Path output = folder.resolve("project/target/edition");
        Path state = folder.resolve("project/target/maven-status/build-state.json");
        PublishOptions warn = new PublishOptions(ValidationMode.WARN, Overflow.FAIL);
        // the EPUB first: the web edition links the downloads it finds beside it
        List<String> first = build(sources, output, state, warn, Goal.EPUB).log();
        first.addAll(build(sources, output, state, warn, Goal.HTML).log());
        assertTrue(first.contains("tei-edition: html/: made 4 of 4 document files, kept 0"), first.toString());
        assertTrue(first.contains("tei-edition: excerpt.epub: made 4 of 4 document files, kept 0"), first.toString());

        // words of the second document's first paragraph
        Files.writeString(tei, Files.readString(tei).replaceFirst("I have the honor to refer", "I have the honor to recall"));
        List<String> second = build(sources, output, state, warn, Goal.EPUB).log();
        second.addAll(build(sources, output, state, warn, Goal.HTML).log());
        assertTrue(second.contains("tei-edition: html/: made 1 of 4 document files, kept 3"), second.toString());
        assertTrue(second.contains("tei-edition: excerpt.epub: made 1 of 4 document files, kept 3"), second.toString());

        Path clean = folder.resolve("clean");
        build(sources, clean.resolve("edition"), clean.resolve("build-state.json"), warn, Goal.EPUB);
        build(sources, clean.resolve("edition"), clean.resolve("build-state.json"), warn, Goal.HTML);
        assertArrayEquals(Files.readAllBytes(clean.resolve("edition/excerpt.epub")), Files.readAllBytes(output.resolve("excerpt.epub")));
        try (Stream<Path> pages = Files.list(output.resolve("html"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                assertArrayEquals(Files.readAllBytes(clean.resolve("edition/html").resolve(page.getFileName())), Files.readAllBytes(page),
                        page.getFileName().toString());
            }
        }
    }

    private record Built(BuildResult result, List<String> log) {
    }

    private static Built build(Path sources, Path output, Path state, PublishOptions options) throws Exception {
        return build(sources, output, state, options, Goal.PDF);
    }

    private static Built build(Path sources, Path output, Path state, PublishOptions options, Goal goal) throws Exception {
        return build(Memorandum.edition(), sources, output, state, options, goal);
    }

    private static Built build(Edition edition, Path sources, Path output, Path state, PublishOptions options, Goal goal) throws Exception {
        List<String> log = new ArrayList<>();
        BuildRequest request = new BuildRequest(sources, new SourceSet(sources, SourceSet.DEFAULT_INCLUDES, List.of()).scan(),
                output, state, options, 1);
        BuildResult result = new EditionBuild(edition, request, new BuildLog() {
            @Override
            public void info(String message) {
                log.add(message);
            }

            @Override
            public void debug(String message) {
            }
        }).run(goal);
        return new Built(result, log);
    }

    /** The page files kept, in every PDF's folder. */
    private static long pageFiles(Path pages) throws Exception {
        try (Stream<Path> walk = Files.walk(pages)) {
            return walk.filter(file -> file.getFileName().toString().matches("[0-9a-f]{64}")).count();
        }
    }
}

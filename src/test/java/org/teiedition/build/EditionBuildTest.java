// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.config.EditionConfig;
import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationMode;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.transform.Stylesheets;
import org.teiedition.cache.Inputs;
import org.teiedition.cache.FolderToolkit;

class EditionBuildTest {
    @TempDir
    Path folder;
    FolderToolkit toolkit;
    FakeWork work = new FakeWork();
    List<String> log = new ArrayList<>();
    Path sources;
    Path output;
    Path custom;
    EditionConfig config;
    PublishOptions options = PublishOptions.defaults();

    @BeforeEach
    void setUp() throws IOException {
        toolkit = FolderToolkit.standard(folder.resolve("toolkit"));
        sources = folder.resolve("project/src/main/tei");
        output = folder.resolve("project/target/edition");
        Files.createDirectories(sources.resolve("1944"));
        Files.writeString(sources.resolve("memorandum.xml"), "<TEI>memorandum</TEI>");
        Files.writeString(sources.resolve("telegram.xml"), "<TEI>telegram</TEI>");
        Files.writeString(sources.resolve("1944/letter.xml"), "<TEI>letter</TEI>");
        custom = folder.resolve("project/src/main/xsl/custom-fo.xsl");
        Files.createDirectories(custom.getParent());
        Files.writeString(custom, FolderToolkit.XSL.formatted("<xsl:import href='https://tei-edition.org/xslt/fo/edition-fo.xsl'/>"));
        config = EditionConfig.defaults().withCustomization(Stylesheets.Output.FO, custom);
    }

    private BuildResult build(Goal goal) throws IOException, InputException {
        return build(goal, 1, output);
    }

    private BuildResult build(Goal goal, int threads, Path into) throws IOException, InputException {
        List<Path> files = new SourceSet(sources, SourceSet.DEFAULT_INCLUDES, List.of()).scan();
        BuildRequest request = new BuildRequest(sources, files, into, into.resolveSibling(into.getFileName() + "-state.json"), options, threads);
        BuildLog recorder = new BuildLog() {
            @Override
            public void info(String message) {
                log.add(message);
            }

            @Override
            public void debug(String message) {
                log.add("debug: " + message);
            }
        };
        return new EditionBuild(work, request, recorder, new Inputs(config, toolkit)).run(goal);
    }

    @Test
    void aChangedOrMissingOutputIsRebuilt() throws Exception {
        build(Goal.PDF);
        build(Goal.HTML);
        work.take();
        Files.delete(output.resolve("memorandum.pdf"));
        Files.writeString(output.resolve("html/index.html"), "tampered");
        log.clear();
        build(Goal.PDF);
        build(Goal.HTML);
        assertEquals(List.of("html", "pdf memorandum.xml"), work.take());
        assertTrue(log.contains("tei-edition: building memorandum.pdf (output memorandum.pdf is missing or was changed)"), log.toString());
    }

    @Test
    void invalidTeiStopsTheBuildWithEveryProblemAndWritesNothing() throws Exception {
        Files.writeString(sources.resolve("telegram.xml"), "<TEI><bad/></TEI>");
        Files.writeString(sources.resolve("memorandum.xml"), "<TEI><bad/><warn/></TEI>");
        InputException e = assertThrows(InputException.class, () -> build(Goal.PDF));
        assertEquals(List.of(
                sources.resolve("memorandum.xml") + ":1:2: error: element \"bad\" not allowed here",
                sources.resolve("memorandum.xml") + ":1:3: warning: a warning",
                sources.resolve("telegram.xml") + ":1:2: error: element \"bad\" not allowed here"),
                e.diagnostics().stream().map(Diagnostic::format).toList());
        assertFalse(Files.exists(output));
        // the valid document's validation is remembered, the invalid ones are checked again
        work.take();
        assertThrows(InputException.class, () -> build(Goal.VALIDATE));
        assertEquals(List.of("validate memorandum.xml", "validate telegram.xml"), work.take());
    }

    @Test
    void warningsOfUpToDateDocumentsAreReportedAgain() throws Exception {
        Files.writeString(sources.resolve("memorandum.xml"), "<TEI><warn/></TEI>");
        assertEquals(1, build(Goal.VALIDATE).diagnostics().size());
        work.take();
        log.clear();
        BuildResult again = build(Goal.VALIDATE);
        assertEquals(List.of(), work.take());
        assertEquals(List.of(sources.resolve("memorandum.xml") + ":1:3: warning: a warning"),
                again.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(log.contains("tei-edition: memorandum.xml is up to date"), log.toString());
    }

    @Test
    void thePdfAndHtmlGoalsMakeOnlyTheirOutputs() throws Exception {
        build(Goal.PDF);
        assertEquals(List.of("letter.pdf", "memorandum.pdf", "telegram.pdf"), names(output));
        build(Goal.HTML);
        assertEquals(List.of("html", "letter.pdf", "memorandum.pdf", "telegram.pdf"), names(output));
        work.take();
        options = new PublishOptions(ValidationMode.STRICT, Overflow.SHRINK);
        log.clear();
        build(Goal.PDF);
        assertEquals(List.of("pdf letter.xml", "pdf memorandum.xml", "pdf telegram.xml"), work.take());
        assertTrue(log.contains("tei-edition: building memorandum.pdf (option overflow changed)"), log.toString());
    }

    @Test
    void theOutputsOfARemovedDocumentAreRemoved() throws Exception {
        build(Goal.PDF);
        Path pages = output.resolveSibling("edition-state.pages");
        assertEquals(3, names(pages).size(), "the pages kept for each PDF: " + names(pages));
        Files.delete(sources.resolve("telegram.xml"));
        build(Goal.PDF);
        assertEquals(List.of("letter.pdf", "memorandum.pdf"), names(output));
        assertEquals(2, names(pages).size(), "the pages kept for each PDF: " + names(pages));
        assertTrue(names(pages).stream().noneMatch(name -> name.startsWith("telegram-")), names(pages).toString());
    }

    @Test
    void parallelOutputsAreTheSequentialOnes() throws Exception {
        for (int i = 0; i < 12; i++) {
            Files.writeString(sources.resolve("doc" + i + ".xml"), "<TEI>document " + i + "</TEI>");
        }
        build(Goal.PDF, 1, folder.resolve("sequential"));
        build(Goal.PDF, 4, folder.resolve("parallel"));
        assertEquals(contents(folder.resolve("sequential")), contents(folder.resolve("parallel")));
    }

    @Test
    void noSourcesIsNothingToDo() throws Exception {
        Path empty = folder.resolve("empty");
        Files.createDirectories(empty);
        BuildRequest request = new BuildRequest(empty, List.of(), output, folder.resolve("state.json"), options, 2);
        BuildResult result = new EditionBuild(work, request, BuildLog.silent(), new Inputs(config, toolkit)).run(Goal.PDF);
        assertEquals(List.of(), result.built());
        assertFalse(Files.exists(output));
    }

    @Test
    void twoDocumentsWithOneNameAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BuildRequest(sources,
                List.of(sources.resolve("a/memo.xml"), sources.resolve("b/memo.xml")), output, folder.resolve("s.json"), options, 1));
        assertEquals("two TEI files would publish to the same name \"memo\": rename one or exclude it", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BuildRequest(sources, List.of(), output, folder.resolve("s.json"), options, 0));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(file).toString(), Files.readString(file));
            }
        }
        return all;
    }
}

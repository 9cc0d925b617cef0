// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.print.Memorandum;
import org.teiedition.publish.PublishOptions;

/** The pdf goal keeps each PDF's laid-out pages beside its build state: a one-word edit lays out its page only. */
class PdfGoalPagesTest {
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

        List<String> first = build(sources, output, state);
        assertTrue(first.contains("tei-edition: memorandum.pdf: laid out 3 of 3 pages, reused 0"), first.toString());
        Path pages = folder.resolve("project/target/maven-status/build-state.pages");
        assertEquals(4, pageFiles(pages), "the three pages and the header they share");

        // a word of the second page (523) changes
        Files.writeString(tei, Files.readString(tei).replaceFirst("that kind of understanding", "that sort of understanding"));
        List<String> second = build(sources, output, state);
        assertTrue(second.contains("tei-edition: building memorandum.pdf (TEI file memorandum.xml changed)"), second.toString());
        assertTrue(second.contains("tei-edition: memorandum.pdf: laid out 1 of 3 pages, reused 2"), second.toString());
        assertEquals(4, pageFiles(pages), "the page the edit replaced is no longer kept");

        Path clean = folder.resolve("clean");
        build(sources, clean.resolve("edition"), clean.resolve("build-state.json"));
        assertArrayEquals(Files.readAllBytes(clean.resolve("edition/memorandum.pdf")), Files.readAllBytes(output.resolve("memorandum.pdf")),
                "the PDF of reused pages against a clean build's");
    }

    private static List<String> build(Path sources, Path output, Path state) throws Exception {
        List<String> log = new ArrayList<>();
        BuildRequest request = new BuildRequest(sources, new SourceSet(sources, SourceSet.DEFAULT_INCLUDES, List.of()).scan(),
                output, state, PublishOptions.defaults(), 1);
        new EditionBuild(Memorandum.edition(), request, new BuildLog() {
            @Override
            public void info(String message) {
                log.add(message);
            }

            @Override
            public void debug(String message) {
            }
        }).run(Goal.PDF);
        return log;
    }

    /** The page files kept, in every PDF's folder. */
    private static long pageFiles(Path pages) throws Exception {
        try (Stream<Path> walk = Files.walk(pages)) {
            return walk.filter(file -> file.getFileName().toString().matches("[0-9a-f]{64}")).count();
        }
    }
}

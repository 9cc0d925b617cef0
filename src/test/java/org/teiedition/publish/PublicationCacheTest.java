// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.store.Hashes;
import org.teiedition.store.UnitStore;
import org.teiedition.config.EditionConfig;

/**
 * Publishing into a folder that holds an earlier publication reuses the units whose inputs are unchanged,
 * and gives the bytes a publication from scratch gives: the real stages on the memorandum and a second TEI.
 */
public class PublicationCacheTest {
    private static final Edition EDITION = Edition.create();

    @TempDir
    Path dir;
    private Path sources;
    private List<Path> files;

    @BeforeEach
    void twoFiles() throws IOException {
        sources = Files.createDirectories(dir.resolve("tei"));
        String memorandum = Files.readString(Path.of("tei/memorandum.xml"));
        Files.writeString(sources.resolve("memorandum.xml"), memorandum);
        Files.writeString(sources.resolve("copy.xml"),
                memorandum.replace("xml:id=\"frus1943v03-welles-litvinov\"", "xml:id=\"frus1943v03-welles-litvinov-copy\""));
        files = List.of(sources.resolve("memorandum.xml"), sources.resolve("copy.xml"));
    }

    @Test
    void anUnchangedRepublicationBuildsNothingAndKeepsTheBytes() throws Exception {
        Path out = dir.resolve("out");
        Publication first = EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(List.of("html/", "memorandum.pdf", "copy.pdf"), first.built());
        assertEquals("first build", first.why().get("copy.pdf"));
        Map<String, String> before = outputs(out);

        Publication second = EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(List.of(), second.built());
        assertEquals(List.of("html/", "memorandum.pdf", "copy.pdf"), second.reused());
        assertEquals(before, outputs(out));
        assertTrue(second.timings().stages().stream().anyMatch(stage -> stage.name().equals(PublishTimings.REUSED)));
    }

    @Test
    void anEditRebuildsItsOwnUnitAndTheWebEditionAndEqualsAFullPublication() throws Exception {
        Path out = dir.resolve("out");
        EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        Path copy = sources.resolve("copy.xml");
        Files.writeString(copy, Files.readString(copy).replace("the achievement of", "the attainment of"));

        Publication again = EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(List.of("html/", "copy.pdf"), again.built());
        assertEquals("TEI file copy.xml changed", again.why().get("copy.pdf"));
        assertEquals(List.of("memorandum.pdf"), again.reused());

        Path scratch = dir.resolve("scratch");
        EDITION.publish(files, scratch, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(outputs(scratch), outputs(out));
    }

    @Test
    void anEditMakesOnlyTheWebPageAndEpubDocumentOfTheEditedDocument() throws Exception {
        Path out = dir.resolve("out");
        Publication first = EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        int all = first.timings().documentFilesMade();
        assertEquals(0, first.timings().documentFilesKept());
        // an edit of the memorandum: the copy's unit is taken whole, and carries its EPUB's files on
        Path memorandum = sources.resolve("memorandum.xml");
        Files.writeString(memorandum, Files.readString(memorandum).replace("the achievement of", "the attainment of"));
        Publication second = EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(List.of("copy.pdf"), second.reused());
        // an edit of the copy: of its files, only its document's web page, its records in the search index and its
        // EPUB content document are made
        Path copy = sources.resolve("copy.xml");
        Files.writeString(copy, Files.readString(copy).replace("the achievement of", "the attainment of"));
        Publication third = EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(List.of("html/", "copy.pdf"), third.built());
        assertEquals(3, third.timings().documentFilesMade());
        assertEquals(4, third.timings().documentFilesKept(), "the memorandum's web page and search records, the contents and search pages");
        assertEquals(all - 1, third.timings().documentFilesMade() + third.timings().documentFilesKept(), "the memorandum's EPUB taken whole");
        assertTrue(Files.readString(out.resolve(OutputLayout.TIMINGS)).contains("\"documentFilesMade\" : 3"));

        Path scratch = dir.resolve("scratch");
        EDITION.publish(files, scratch, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(outputs(scratch), outputs(out));
    }

    @Test
    void anEditReadsBackOnlyTheEditedPageOfThePdf() throws Exception {
        Path out = dir.resolve("out");
        Publication first = EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(6, first.timings().pagesReadBack());
        assertEquals(0, first.timings().verdictsRemembered());
        // a unit taken whole carries its pages' verdicts on to the next publication
        Publication unchanged = EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(0, unchanged.timings().pagesReadBack());
        Path copy = sources.resolve("copy.xml");
        // the last words of the first page (522)
        Files.writeString(copy, Files.readString(copy).replace("the achievement of <pb", "the attainment of <pb"));

        Publication again = EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(1, again.timings().pagesReadBack());
        assertEquals(2, again.timings().verdictsRemembered());
        assertTrue(Files.readString(out.resolve(OutputLayout.TIMINGS)).contains("\"pagesReadBack\" : 1"));
        Path scratch = dir.resolve("scratch");
        EDITION.publish(files, scratch, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(outputs(scratch), outputs(out), "report.json and every output as from scratch");
    }

    @Test
    void aChangedParameterIsAChangedInput() throws Exception {
        Path out = dir.resolve("out");
        EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        Edition letter = new Edition(EditionConfig.defaults().withParameters(Map.of("page-width", "8.5in")));
        Publication again = letter.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(List.of(), again.reused());
        assertEquals("stylesheet parameter page-width is new", again.why().get("memorandum.pdf"));
    }

    @Test
    void aRemovedFileLeavesNothingBehind() throws Exception {
        Path out = dir.resolve("out");
        EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        Publication again = EDITION.publish(files.subList(0, 1), out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(List.of("memorandum.pdf"), again.reused());
        assertFalse(outputs(out).keySet().stream().anyMatch(name -> name.contains("copy")), outputs(out).toString());
        try (Stream<Path> entries = Files.list(UnitStore.storeOf(out))) {
            assertEquals(1, entries.filter(entry -> entry.getFileName().toString().startsWith("document-")).count());
        }
    }

    @Test
    void thePublicationFolderHoldsTheEditionAndItsStoreLiesBesideIt() throws Exception {
        Path out = dir.resolve("edition");
        EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        try (Stream<Path> walk = Files.walk(out)) {
            assertFalse(walk.anyMatch(path -> path.getFileName().toString().startsWith(UnitStore.FOLDER)), "no cache in what is shipped");
        }
        assertEquals(dir.resolve(UnitStore.FOLDER).resolve("edition").toAbsolutePath(), UnitStore.storeOf(out));
        Publication again = EDITION.publish(files, out, PublishOptions.defaults(), ProgressListener.NONE);
        assertEquals(Map.of(), again.why(), "the store beside it still serves the next publication: nothing built again");
        try (Stream<Path> stores = Files.list(dir.resolve(UnitStore.FOLDER))) {
            assertEquals(List.of("edition"), stores.map(p -> p.getFileName().toString()).toList(), "one store, no temporary left");
        }
    }

    /** Every output by relative path, as its hash; timings differ by nature. */
    public static Map<String, String> outputs(Path folder) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString();
                if (!name.equals(OutputLayout.TIMINGS)) {
                    all.put(name, Hashes.of(file));
                }
            }
        }
        return all;
    }
}

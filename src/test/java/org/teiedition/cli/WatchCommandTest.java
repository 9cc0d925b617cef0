// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.store.Hashes;
import org.teiedition.testing.RefusedBooks;

/** {@code watch} publishes, waits for a save, and publishes again what the save changed. */
class WatchCommandTest {
    @Test
    void aSaveRepublishesWhatItChanged(@TempDir Path dir) throws Exception {
        Path tei = dir.resolve("tei/memorandum.xml");
        Files.createDirectories(tei.getParent());
        Files.copy(Path.of("tei/memorandum.xml"), tei);
        Path out = dir.resolve("out");
        CompletableFuture<CliRun> watching = watchTwice(tei, out);
        assertTrue(Files.isRegularFile(out.resolve("report.json")), "the first publication is there");
        String firstPdf = Hashes.of(out.resolve("memorandum.pdf"));
        Files.writeString(tei, Files.readString(tei).replace("the achievement of", "the attainment of"));

        CliRun run = watching.get(180, TimeUnit.SECONDS);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("watch: rebuilt memorandum.pdf (first build)"), run.err());
        assertTrue(run.err().contains("watch: rebuilt memorandum.pdf (TEI file memorandum.xml changed)"), run.err());
        // which pages changed: all at first, then the page of the edit (its last words are on page 522)
        assertTrue(run.err().contains("watch: memorandum.pdf: 3 pages: 522, 523, 524 laid out again"), run.err());
        assertTrue(run.err().contains("watch: memorandum.pdf: page 522 laid out again"), run.err());
        assertTrue(run.err().contains("watch: files of the web edition and EPUB: 2 made, "), run.err());
        assertTrue(run.err().matches("(?s).*watch: published .* in \\d+\\.\\d s \\(0 of 2 units unchanged\\).*"), run.err());
        // the edited PDF is put in place as soon as it is verified, before the rest of the edition is made
        int early = run.err().indexOf("watch: memorandum.pdf in place in ");
        assertTrue(early >= 0 && early < run.err().lastIndexOf("watch: published "), run.err());
        assertEquals(1, run.err().lines().filter(line -> line.contains(" in place in ")).count(), "not at first, when there is no edition yet");
        // EPUBCheck reads each publication's book once the edition is in place
        assertEquals(2, run.err().lines().filter(line -> line.matches("watch: memorandum\\.epub passed EPUBCheck in \\d+\\.\\d s")).count(), run.err());
        assertTrue(run.err().lastIndexOf("watch: published ") < run.err().lastIndexOf("passed EPUBCheck"), run.err());
        assertFalse(firstPdf.equals(Hashes.of(out.resolve("memorandum.pdf"))), "the PDF is the edited one");
        assertTrue(Files.readString(out.resolve("memorandum.xml")).contains("the attainment of"));
    }

    @Test
    void aDeletedFileIsToldAndItsReturnPublished(@TempDir Path dir) throws Exception {
        Path tei = Files.copy(Path.of("tei/memorandum.xml"), dir.resolve("memorandum.xml"));
        Path out = dir.resolve("out");
        CompletableFuture<CliRun> watching = watchTwice(tei, out);
        Path aside = Files.move(tei, dir.resolve("memorandum.xml.bak"));
        Thread.sleep(2_000);
        assertFalse(watching.isDone(), "still watching");
        Files.move(aside, tei);
        CliRun run = watching.get(180, TimeUnit.SECONDS);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains(tei + ": warning: deleted or renamed; the edition is unchanged; watching for the file to come back"), run.err());
        assertEquals(2, run.err().lines().filter(line -> line.startsWith("watch: published ")).count(), run.err());
    }

    @Test
    void aBookThatFailsTheCheckAfterTheEditionIsToldAndPublishRefusesIt(@TempDir Path dir) throws Exception {
        Edition edition = RefusedBooks.edition(dir);
        Path tei = Files.copy(Path.of("tei/memorandum.xml"), dir.resolve("memorandum.xml"));
        Path out = dir.resolve("out");

        CliRun watched = CliRun.run(() -> edition, "watch", tei.toString(), "-o", out.toString(), "--publications", "1");
        assertEquals(0, watched.status(), watched.err());
        assertTrue(watched.err().contains(out.resolve("memorandum.epub") + "/EPUB/d1.xhtml:"), watched.err());
        assertTrue(watched.err().contains("watch: memorandum.epub failed EPUBCheck; the edition holds it, publish refuses it"), watched.err());
        assertTrue(watched.err().indexOf("watch: published ") < watched.err().indexOf("failed EPUBCheck"), watched.err());
        byte[] held = Files.readAllBytes(out.resolve("memorandum.epub"));

        CliRun published = CliRun.run(() -> edition, "publish", tei.toString(), "-o", out.toString());
        assertEquals(1, published.status(), published.err());
        assertTrue(published.err().contains("epubcheck "), published.err());
        assertArrayEquals(held, Files.readAllBytes(out.resolve("memorandum.epub")), "the earlier edition is intact");
    }

    @Test
    void aMissingFileIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.run("watch", dir.resolve("nothing.xml").toString(), "--publications", "1");
        assertEquals(2, run.status(), run.err());
    }

    /** Starts watch for two publications, and returns once the first is there (or the run ended). */
    private static CompletableFuture<CliRun> watchTwice(Path tei, Path out) throws InterruptedException {
        CompletableFuture<CliRun> watching = CompletableFuture.supplyAsync(
                () -> CliRun.run("watch", tei.toString(), "-o", out.toString(), "--publications", "2"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.isRegularFile(out.resolve("report.json")) && System.nanoTime() < deadline && !watching.isDone()) {
            Thread.sleep(100);
        }
        return watching;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

class AtomicOutputTest {
    @TempDir
    Path dir;

    @Test
    void writesAFileWhole() throws Exception {
        Path target = dir.resolve("sub/out.txt");
        AtomicOutput.writeFile(target, out -> out.write("done".getBytes()));
        assertEquals("done", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileAndNoTemporary() throws Exception {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicOutput.writeFile(target, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void anInputProblemMidwayLeavesNothing() throws IOException {
        Path target = dir.resolve("out.pdf");
        assertThrows(InputException.class, () -> AtomicOutput.writeFile(target, out -> {
            out.write("%PDF".getBytes());
            throw new InputException(Diagnostic.error("x", "page does not fit", "a.xml", 1, 1));
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), files());
    }

    /** A checker that reads files (EPUBCheck) reads the file written, beside its place, and keeps a refused one from it. */
    @Test
    void aCheckReadsTheFileBesideItsPlaceBeforeItTakesIt() throws Exception {
        Path target = dir.resolve("book.epub");
        Files.writeString(target, "earlier");
        List<Path> read = new java.util.ArrayList<>();
        AtomicOutput.writeFile(target, out -> out.write("book".getBytes()), written -> {
            read.add(written);
            assertEquals("book", Files.readString(written));
            assertEquals(target.getParent(), written.getParent(), "beside its place, where a killed run's is removed by the next");
            assertEquals("earlier", Files.readString(target), "not yet in place");
        });
        assertEquals("book", Files.readString(target));
        assertEquals(List.of(target), files());
        assertThrows(InputException.class, () -> AtomicOutput.writeFile(target, out -> out.write("broken".getBytes()), written -> {
            throw new InputException(Diagnostic.error("epub.check", "refused", "book.epub", 0, 0));
        }));
        assertEquals("book", Files.readString(target), "a refused file never takes its place");
        assertEquals(List.of(target), files());
        assertEquals(1, read.size());
    }

    @Test
    void replacesAFolderOnlyWhenTheNewOneIsComplete() throws Exception {
        Path target = dir.resolve("site");
        AtomicOutput.writeFolder(target, f -> Files.writeString(f.resolve("index.html"), "one"));
        assertThrows(IOException.class, () -> AtomicOutput.writeFolder(target, f -> {
            Files.writeString(f.resolve("index.html"), "two");
            throw new IOException("failed");
        }));
        assertEquals("one", Files.readString(target.resolve("index.html")));
        AtomicOutput.writeFolder(target, f -> Files.writeString(f.resolve("index.html"), "three"));
        assertEquals("three", Files.readString(target.resolve("index.html")));
        assertEquals(List.of(target.resolve(OutputFolder.MANIFEST), target.resolve("index.html")), files());
        assertEquals("index.html\n", Files.readString(target.resolve(OutputFolder.MANIFEST)));
    }

    @Test
    void theLeftoversOfADeadRunAreRemovedAndThoseOfALiveOneKept() throws Exception {
        Path target = dir.resolve("site");
        long dead = endedProcess();
        Path leftover = Files.createDirectories(withPid(Temporaries.name(dir, target, Temporaries.WORK), dead));
        Files.writeString(leftover.resolve("index.html"), "half");
        Path other = Files.createDirectories(withPid(Temporaries.name(dir, dir.resolve("other"), Temporaries.WORK), dead));
        Path live = Files.createDirectories(withPid(Temporaries.name(dir, target, Temporaries.WORK), ProcessHandle.current().parent().orElseThrow().pid()));
        AtomicOutput.writeFolder(target, f -> Files.writeString(f.resolve("index.html"), "one"));
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(other));
        assertTrue(Files.exists(live), "another run still works in it");
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesGetsItsEarlierFolderBackOnTheNextRun() throws Exception {
        Path target = dir.resolve("site");
        AtomicOutput.writeFolder(target, f -> Files.writeString(f.resolve("index.html"), "earlier"));
        Path aside = withPid(Temporaries.name(dir, target, Temporaries.EARLIER), endedProcess());
        Files.move(target, aside);
        assertThrows(IOException.class, () -> AtomicOutput.writeFolder(target, f -> {
            throw new IOException("this run fails too");
        }));
        assertEquals("earlier", Files.readString(target.resolve("index.html")));
        assertEquals(List.of(target.resolve(OutputFolder.MANIFEST), target.resolve("index.html")), files());
    }

    @Test
    void anotherOutputWrittenBesideAFolderLeftMidSwitchKeepsBothItsCopies() throws Exception {
        Path target = dir.resolve("edition");
        AtomicOutput.writeFolder(target, f -> Files.writeString(f.resolve("index.html"), "earlier"));
        long dead = endedProcess();
        Path aside = withPid(Temporaries.name(dir, target, Temporaries.EARLIER), dead);
        Files.move(target, aside);
        Path fresh = Files.createDirectories(withPid(Temporaries.name(dir, target, Temporaries.WORK), dead));
        Files.writeString(fresh.resolve("index.html"), "new");
        AtomicOutput.writeString(dir.resolve("memorandum.pdf"), "%PDF");
        AtomicOutput.writeFolder(dir.resolve("site"), f -> Files.writeString(f.resolve("index.html"), "site"));
        assertTrue(Files.exists(aside), "the earlier edition is the last complete copy");
        assertTrue(Files.exists(fresh), "the new edition stays beside it until its own output is written again");
        OutputFolder.requireReplaceable(target, List.of());
        assertEquals("earlier", Files.readString(target.resolve("index.html")));
        assertFalse(Files.exists(aside));
        assertFalse(Files.exists(fresh));
    }

    @Test
    void aRunThatFailsBeforeWritingStillPutsTheEarlierFolderBack() throws Exception {
        Path target = dir.resolve("edition");
        AtomicOutput.writeFolder(target, f -> Files.writeString(f.resolve("index.html"), "earlier"));
        Path aside = withPid(Temporaries.name(dir, target, Temporaries.EARLIER), endedProcess());
        Files.move(target, aside);
        OutputFolder.requireReplaceable(target, List.of());
        assertEquals("earlier", Files.readString(target.resolve("index.html")));
        assertEquals(List.of(target.resolve(OutputFolder.MANIFEST), target.resolve("index.html")), files());
    }

    @Test
    void anEarlierFolderThatCannotBeEmptiedIsRefusedWhileItIsStillInPlace() throws Exception {
        Path target = dir.resolve("site");
        AtomicOutput.writeFolder(target, f -> Files.writeString(Files.createDirectories(f.resolve("html")).resolve("index.html"), "one"));
        Path html = target.resolve("html");
        Files.setPosixFilePermissions(html, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(html), "the superuser may write anywhere");
            IOException e = assertThrows(IOException.class, () -> AtomicOutput.writeFolder(target, f -> Files.writeString(f.resolve("index.html"), "two")));
            assertTrue(e.getMessage().contains("permission denied: the earlier edition's folder html cannot be emptied"), e.getMessage());
            assertEquals("one", Files.readString(html.resolve("index.html")), "the earlier edition is still in place");
        } finally {
            Files.setPosixFilePermissions(html, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFailureInsideTheTemporaryNamesTheOutput() {
        Path target = dir.resolve("site");
        IOException e = assertThrows(IOException.class, () -> AtomicOutput.writeFolder(target, f -> {
            throw new java.nio.file.FileSystemException(f.resolve("page.html").toString(), null, "No space left on device");
        }));
        assertEquals(target + ": No space left on device", e.getMessage());
    }

    @Test
    void aLongNameGetsAShortTemporary() throws Exception {
        Path target = dir.resolve("x".repeat(250) + ".txt");
        AtomicOutput.writeString(target, "fits");
        assertEquals("fits", Files.readString(target));
    }

    /** The id of a process that has ended. */
    private static long endedProcess() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private static Path withPid(Path temporary, long pid) {
        String name = temporary.getFileName().toString().replace("-" + ProcessHandle.current().pid() + "-", "-" + pid + "-");
        return temporary.resolveSibling(name);
    }

    @Test
    void aParentThatIsAFileIsRefused() throws IOException {
        Path file = dir.resolve("file");
        Files.writeString(file, "x");
        IOException e = assertThrows(IOException.class, () -> AtomicOutput.writeString(file.resolve("out.txt"), "y"));
        assertTrue(e.getMessage().contains("file"), e.getMessage());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

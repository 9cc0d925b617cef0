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
        assertEquals(List.of(target.resolve("index.html")), files());
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

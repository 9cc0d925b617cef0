// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import org.teiedition.EditionStages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teiedition.print.Overflow;
import org.teiedition.cli.ExitCode;
import org.teiedition.io.AtomicOutput;
import org.teiedition.io.OutputFolder;

/** Outputs that cannot be written: a file where a folder should be, a read-only folder, a disk that fills up midway. */
class OutputFailureTest {
    static final Path MEMORANDUM = Path.of("tei/memorandum.xml");
    static final Path TRANSCRIPTION = Path.of("tei/memorandum.txt");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"encode", "text", "pdf", "html", "publish"})
    void anOutputUnderAFileIsAnIoFailure(String command) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "keep me");
        Path input = command.equals("encode") ? TRANSCRIPTION : MEMORANDUM;
        Run run = Run.of(BadInputCatalogueTest.arguments(command, input, file));
        assertEquals(ExitCode.FAILURE, run.status(), run::toString);
        assertTrue(run.err().contains(file.toString()) && run.err().contains(": error: "), () -> "names the file: " + run);
        run.assertNoStackTrace();
        assertEquals("keep me", Files.readString(file));
        assertEquals(List.of(file), BadInputCatalogueTest.list(dir), "nothing else written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "publish"})
    void anOutputFolderThatIsAFileIsAnIoFailure(String command) throws IOException {
        Path file = Files.writeString(dir.resolve("edition"), "keep me");
        Run run = Run.of(command, MEMORANDUM.toString(), "-o", file.toString());
        assertEquals(ExitCode.FAILURE, run.status(), run::toString);
        assertTrue(run.err().startsWith(file + ": error: "), () -> "names the file: " + run);
        run.assertNoStackTrace();
        assertEquals("keep me", Files.readString(file));
        assertEquals(List.of(file), BadInputCatalogueTest.list(dir), "nothing else written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"encode", "text", "pdf", "html", "publish"})
    void aReadOnlyOutputFolderIsAnIoFailure(String command) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(folder),
                    "running as root (or without POSIX permissions): a read-only folder is writable, nothing to test");
            Path input = command.equals("encode") ? TRANSCRIPTION : MEMORANDUM;
            Run run = Run.of(BadInputCatalogueTest.arguments(command, input, folder));
            assertEquals(ExitCode.FAILURE, run.status(), run::toString);
            assertTrue(run.err().contains(folder.toString()), () -> "names the folder: " + run);
            run.assertNoStackTrace();
            assertEquals(List.of(), BadInputCatalogueTest.list(folder));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** The PDF renderer writes into a stream that fails after some bytes, as a full disk would. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1000, 20_000})
    void aPdfWriteThatFailsMidwayLeavesNothing(int failAfter) throws Exception {
        XdmNode document = Run.EDITION.load(MEMORANDUM);
        Path target = dir.resolve("out/memorandum.pdf");
        Throwable failure = failureOf(() -> AtomicOutput.writeFile(target,
                out -> EditionStages.pdf(Run.EDITION).render(document, new FailingAfter(out, failAfter), Overflow.FAIL)));
        assertInstanceOf(IOException.class, failure, "the renderer must let the write failure through as an IOException");
        assertTrue(chain(failure).contains("no space left"), () -> "the cause is kept: " + chain(failure));
        assertFalse(Files.exists(target));
        assertEquals(List.of(dir.resolve("out")), BadInputCatalogueTest.list(dir), "no temporary left");
    }

    /** The web edition is rendered, then the write fails before the folder is moved into place. */
    @Test
    void aWebEditionThatFailsMidwayLeavesTheOldOne() throws Exception {
        Path site = dir.resolve("html");
        AtomicOutput.writeFolder(site, earlier -> Files.writeString(earlier.resolve("index.html"), "old edition"));
        XdmNode document = Run.EDITION.load(MEMORANDUM);
        Throwable failure = failureOf(() -> AtomicOutput.writeFolder(site, fresh -> {
            EditionStages.html(Run.EDITION).render(List.of(document), fresh);
            throw new IOException("no space left on device");
        }));
        assertInstanceOf(IOException.class, failure);
        assertEquals(List.of(site, site.resolve(OutputFolder.MANIFEST), site.resolve("index.html")), BadInputCatalogueTest.list(dir));
        assertEquals("old edition", Files.readString(site.resolve("index.html")));
    }

    static String chain(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append(" / ");
        }
        return all.toString();
    }

    /** An output stream that accepts {@code limit} bytes, then fails like a full disk. */
    static final class FailingAfter extends FilterOutputStream {
        private long left;

        FailingAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            spend(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            spend(len);
            out.write(b, off, len);
        }

        private void spend(int bytes) throws IOException {
            if (bytes > left) {
                throw new IOException("no space left on device");
            }
            left -= bytes;
        }
    }

    /** What {@code action} threw, or null. */
    private static Throwable failureOf(Action action) {
        try {
            action.run();
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }
}

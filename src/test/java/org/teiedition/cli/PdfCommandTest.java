// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pdf}: the PDF is laid out while the Schematron rules run, and written only when they have passed. */
class PdfCommandTest {
    @TempDir
    Path dir;

    @Test
    void strictRefusesAFileTheRulesFindInvalidAndLeavesTheEarlierPdf() throws IOException {
        Path tei = PublishCommandTest.invalidButRenderable(dir);
        Path pdf = dir.resolve("dangling.pdf");
        Files.writeString(pdf, "the earlier PDF");
        CliRun run = CliRun.run("pdf", tei.toString(), "-o", pdf.toString());
        assertEquals(ExitCode.INPUT, run.status(), run.err());
        assertEquals(1, errorsTold(run), run.err());
        assertEquals("the earlier PDF", Files.readString(pdf));
        assertEquals(List.of("dangling.pdf", "dangling.xml"), names(dir), "nothing half-written beside it");
    }

    @Test
    void warnWritesThePdfAndTellsTheRulesErrorOnce() throws IOException {
        Path tei = PublishCommandTest.invalidButRenderable(dir);
        Path pdf = dir.resolve("dangling.pdf");
        CliRun run = CliRun.run("pdf", tei.toString(), "--validation=warn", "-o", pdf.toString());
        assertEquals(ExitCode.OK, run.status(), run.err());
        assertEquals(1, errorsTold(run), run.err());
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    private static long errorsTold(CliRun run) {
        return run.err().lines().filter(line -> line.contains(": error: @ref points to \"#nobody\"")).count();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}

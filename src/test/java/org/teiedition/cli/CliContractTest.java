// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line contract of the README (commands, exit statuses, diagnostics), through the real entry point. */
class CliContractTest {
    @TempDir
    Path dir;

    @Test
    void versionNamesTheToolkit() {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("tei-edition "), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"encode", "validate", "text", "pdf", "html", "verify", "publish", "bench"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.run(command, "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("Usage: tei-edition " + command), run.out());
    }

    @Test
    void unknownOptionIsUsageError() {
        CliRun run = CliRun.run("validate", "--no-such-option", "tei/memorandum.xml");
        assertEquals(ExitCode.USAGE, run.status());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
    }

    @Test
    void unknownCommandIsUsageError() {
        CliRun run = CliRun.run("typeset", "x.xml");
        assertEquals(ExitCode.USAGE, run.status());
        // the usage lists every command, although a named command's line reads only that command
        for (String command : java.util.List.of("encode", "validate", "publish", "watch", "bench", "help")) {
            assertTrue(run.err().contains("  " + command + " "), command + " missing from\n" + run.err());
        }
    }

    @Test
    void helpNamesEveryCommandAndHelpsWithEach() {
        CliRun run = CliRun.run("--help");
        assertEquals(0, run.status());
        for (String command : java.util.List.of("encode", "validate", "text", "pdf", "paginate", "epub", "html", "verify", "publish", "watch", "bench")) {
            assertTrue(run.out().contains("  " + command + " "), command + " missing from\n" + run.out());
        }
        CliRun help = CliRun.run("help", "publish");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("Usage: tei-edition publish"), help.out());
    }

    @Test
    void aNamedCommandIsTheOnlyOneReadAndOtherLinesReadThemAll() {
        assertEquals(java.util.List.of(ValidateCommand.class), Cli.commands("validate", "x.xml"));
        assertEquals(13, Cli.commands("help", "validate").size());
        assertEquals(13, Cli.commands("--help").size());
        assertEquals(13, Cli.commands().size());
        assertEquals(13, Cli.commands("typeset").size());
    }

    @Test
    void noCommandIsUsageError() {
        CliRun run = CliRun.run();
        assertEquals(ExitCode.USAGE, run.status());
        assertTrue(run.err().contains("a command is required"), run.err());
    }

    @Test
    void missingArgumentIsUsageError() {
        CliRun run = CliRun.run("verify", "x.pdf");
        assertEquals(ExitCode.USAGE, run.status());
        assertTrue(run.err().contains("--tei"), run.err());
    }

    @Test
    void missingInputFileIsUsageError() {
        CliRun run = CliRun.run("text", dir.resolve("absent.xml").toString());
        assertEquals(ExitCode.USAGE, run.status());
        assertEquals(dir.resolve("absent.xml") + ": error: no such file\n", run.err());
    }

    @Test
    void malformedXmlIsInputErrorWithItsPlace() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <text>\n    <p>unclosed\n  </text>\n</TEI>\n");
        CliRun run = CliRun.run("text", bad.toString());
        assertEquals(ExitCode.INPUT, run.status());
        assertTrue(run.err().startsWith(bad + ":4:5: error: "), run.err());
        assertTrue(run.err().contains("\"p\""), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace for input errors: " + run.err());
    }

    @Test
    void failedPdfLeavesNoPdf() throws IOException {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>");
        Path pdf = dir.resolve("out").resolve("bad.pdf");
        CliRun run = CliRun.run("pdf", bad.toString(), "-o", pdf.toString());
        assertEquals(ExitCode.INPUT, run.status());
        assertTrue(run.err().startsWith(bad + ":1:"), run.err());
        assertFalse(Files.exists(pdf));
        assertNoLeftovers(dir);
    }

    @Test
    void outputFolderThatIsAFileIsAnIoFailure() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        CliRun run = CliRun.run("text", "tei/memorandum.xml", "-o", file.resolve("out.txt").toString());
        assertEquals(ExitCode.FAILURE, run.status());
        assertTrue(run.err().contains("a-file"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    static void assertNoLeftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".part")).count(), "temporary files left behind");
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;
import org.teiedition.cli.ExitCode;
import org.teiedition.verify.LineQuality;

/**
 * At most two lines in a row end in a hyphen, whether FOP hyphenated the word or the text has the hyphen: a
 * page of frus1918Russiav03 set at the volume's type size (10.26 pt: the excerpt alone is set at 112% of
 * the text size given) ends three lines in a row at "run-", "fore-" and the text's "engine-erecting" when
 * FOP's hyphenation ladder alone holds the rule; the page is laid out again with its breaks at hyphens
 * restricted, still one page with the source page's words, the same bytes every time.
 */
class HyphenRunsTest {
    private static final Path PAGE = Path.of("src/test/resources/print/frus1918Russiav03-p196.xml");

    @Test
    void aPageEndsNoThreeLinesInARowInAHyphen(@TempDir Path dir) throws Exception {
        Path pdf = pdf(dir, "p196.pdf");
        LineQuality.Report lines = LineQuality.read(pdf);
        assertTrue(lines.hyphenatedLines() >= 3, "the page is still hyphenated: " + lines.describe());
        assertEquals(0, lines.hyphenRuns(), lines.describe());
        PrintChecks.pagesMatch(Memorandum.edition(), PAGE, pdf);
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(pdf(dir, "again.pdf")), "the same bytes every time");
    }

    private static Path pdf(Path dir, String name) {
        Path pdf = dir.resolve(name);
        CliRun run = CliRun.run("pdf", PAGE.toString(), "--validation", "warn", "--overflow", "shrink", "-p", "text-font-size=9.16", "-o",
                pdf.toString());
        assertEquals(ExitCode.OK, run.status(), run.err());
        return pdf;
    }
}

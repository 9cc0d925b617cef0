// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;

/** A list in the running text is set smaller than the text, as the series' printers set lists; a list inside it keeps its size. */
class ListSizeTest {
    @Test
    void aListIsSetSmallerThanTheTextAroundItAndOnceOnly(@TempDir Path dir) throws Exception {
        Path tei = Memorandum.variant(dir, "listed.xml", "<p>The Ambassador said that he had told me",
                "<list><item>Consultations on the Quadripartite declaration, as agreed at Moscow in October last, between the four Governments"
                        + "<list><item>Consultations on the Interallied commission for the Mediterranean, and on its terms of reference</item></list>"
                        + "</item></list><p>The Ambassador said that he had told me");
        Path pdf = dir.resolve("listed.pdf");
        CliRun run = CliRun.run(Memorandum::edition, "pdf", tei.toString(), "-o", pdf.toString(), "--overflow", "shrink");
        assertEquals(0, run.status(), run.err());
        float text = PrintChecks.sizeOf(pdf, 1, "afternoon");
        float listed = PrintChecks.sizeOf(pdf, 1, "Quadripartite");
        float nested = PrintChecks.sizeOf(pdf, 1, "Interallied");
        assertTrue(text > 0 && listed > 0 && listed < text * 0.95f, "a list of " + listed + " pt in text of " + text + " pt");
        assertEquals(listed, nested, 0.01f, "a list in a list is not made smaller again");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.teiedition.Edition;
import org.teiedition.publish.ProgressListener.Progress;

class TerminalProgressTest {
    @Test
    void drawsOneLineInPlaceAndClearsIt() {
        StringWriter text = new StringWriter();
        try (TerminalProgress progress = new TerminalProgress(new PrintWriter(text), "publish")) {
            progress.progress(new Progress("pdf", 0, 1, "files", 0, 374));
            progress.progress(new Progress("pdf", 1, 1, "files", 374, 374));
        }
        String drawn = text.toString();
        assertTrue(drawn.startsWith("\rpublish: pdf 0/1 files, 0/374 pages ("), drawn);
        assertTrue(drawn.contains("\rpublish: pdf 1/1 files, 374/374 pages ("), drawn);
        assertTrue(drawn.endsWith("\r"), "the line is cleared at the end");
        assertEquals(-1, drawn.indexOf('\n'), "never a new line");
    }

    @Test
    void onlyOnATerminalAndNotWhenQuiet() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        assertNull(new Cli(sink, sink, Edition::create, false).progress("publish", false));
        assertNull(new Cli(sink, sink, Edition::create, true).progress("publish", true));
        try (TerminalProgress progress = new Cli(sink, sink, Edition::create, true).progress("publish", false)) {
            assertTrue(progress != null);
        }
    }
}

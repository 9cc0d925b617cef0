// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.Cli;

/** {@code encode} on the command line: exit status, diagnostics on stderr, nothing written on failure. */
class EncodeCommandTest {
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new Cli(new PrintWriter(out), new PrintWriter(err), RoundTrip::edition).run(args);
    }

    @Test
    void theMemorandumEncodesToAFileThatRendersBack() throws Exception {
        Path tei = folder.resolve("memorandum.xml");
        assertEquals(0, run("encode", "tei/memorandum.txt", "--first-page", "522", "-o", tei.toString()));
        assertTrue(err.toString().contains("tei/memorandum.txt:4:"), err.toString());
        assertTrue(err.toString().contains(": warning: note call \"65\""), err.toString());
        assertEquals(Files.readString(Path.of("tei/memorandum.txt")), RoundTrip.edition().text(tei, PublishOptions.defaults()));
        assertEquals("", out.toString());
    }

    @Test
    void withoutOutputTheTeiGoesToStandardOutput() {
        assertEquals(0, run("encode", "src/test/resources/transcriptions/frus1944v03-d1140.txt"));
        assertTrue(out.toString().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI"), out.toString());
        assertTrue(out.toString().contains("<pb n=\"1218\" xml:id=\"pg_1218\"/>completed."));
        assertEquals("", err.toString());
    }

    @Test
    void aBrokenTranscriptionExitsOneAndWritesNothing() throws Exception {
        Path broken = folder.resolve("broken.txt");
        Files.writeString(broken, "Head\nA [Page 5] b.\nC [Page 4] d.\n", StandardCharsets.UTF_8);
        Path tei = folder.resolve("out.xml");
        assertEquals(1, run("encode", broken.toString(), "-o", tei.toString()));
        assertEquals(broken + ":3:3: error: page break \"4\" follows \"5\": pages out of order\n", err.toString());
        assertFalse(Files.exists(tei));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void anExistingOutputIsLeftAloneOnFailure() throws Exception {
        Path broken = folder.resolve("latin1.txt");
        Files.write(broken, "Head\nCaf\u00e9.".getBytes(StandardCharsets.ISO_8859_1));
        Path tei = folder.resolve("out.xml");
        Files.writeString(tei, "before");
        assertEquals(1, run("encode", broken.toString(), "-o", tei.toString()));
        assertEquals(broken + ":2:4: error: the file is not UTF-8: invalid byte 0xE9\n", err.toString());
        assertEquals("before", Files.readString(tei));
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertEquals(2, run("encode", folder.resolve("none.txt").toString()));
    }
}

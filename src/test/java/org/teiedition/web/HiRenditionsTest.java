// SPDX-License-Identifier: Apache-2.0
package org.teiedition.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;
import org.teiedition.print.Memorandum;

/** A phrase with several renditions at once is rendered with each of them. */
class HiRenditionsTest {
    @Test
    void aPhraseInSmallCapitalsAndUnderlinedIsRenderedWithBothClasses(@TempDir Path folder) throws Exception {
        Path tei = folder.resolve("memo.xml");
        Files.writeString(tei, Files.readString(Memorandum.TEI).replace("called to see me this afternoon",
                "called to see me <hi rend=\"smallcaps underline\">this afternoon</hi>"));
        Path site = folder.resolve("site");
        CliRun run = CliRun.run(Memorandum::edition, "html", tei.toString(), "-o", site.toString());
        assertEquals(0, run.status(), run.err());
        try (Stream<Path> pages = Files.walk(site)) {
            assertTrue(pages.filter(p -> p.toString().endsWith(".html")).anyMatch(p -> read(p).contains(
                    "<span class=\"hi-smallcaps hi-underline\">this afternoon</span>")), "the phrase keeps both renditions");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

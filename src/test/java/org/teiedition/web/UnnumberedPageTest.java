// SPDX-License-Identifier: Apache-2.0
package org.teiedition.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;
import org.teiedition.print.Memorandum;

/** A page the source left unnumbered is marked as such in the web edition, not with an empty number. */
class UnnumberedPageTest {
    @Test
    void anUnnumberedPageIsMarkedAsUnnumbered(@TempDir Path folder) throws Exception {
        Path tei = folder.resolve("memo.xml");
        Files.writeString(tei, Files.readString(Memorandum.TEI).replace("<pb n=\"523\" xml:id=\"pg_523\"/>",
                "<pb n=\"[]\" xml:id=\"pg_blank\"/><pb n=\"523\" xml:id=\"pg_523\"/>"));
        Path site = folder.resolve("site");
        CliRun run = CliRun.run(Memorandum::edition, "html", tei.toString(), "-o", site.toString(), "--validation", "warn");
        assertEquals(0, run.status(), run.err());
        String pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).map(UnnumberedPageTest::read).reduce("", String::concat);
        }
        assertFalse(pages.contains("[Page []]"), "no empty page number");
        assertTrue(pages.contains("aria-label=\"Unnumbered page\"") && pages.contains("[Unnumbered page]"), "the page is said to be unnumbered");
        assertTrue(pages.contains("[Page 523]"), "numbered pages as before");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;
import org.teiedition.print.Memorandum;

/** The web edition's text: a phrase with several renditions, a page the source left unnumbered. */
class WebTextTest {
    @Test
    void aPhraseInSmallCapitalsAndUnderlinedIsRenderedWithBothClasses(@TempDir Path folder) throws Exception {
        Path tei = folder.resolve("memo.xml");
        Files.writeString(tei, Files.readString(Memorandum.TEI).replace("called to see me this afternoon",
                "called to see me <hi rend=\"smallcaps underline\">this afternoon</hi>"));
        assertTrue(webPages(tei, folder).contains("<span class=\"hi-smallcaps hi-underline\">this afternoon</span>"),
                "the phrase keeps both renditions");
    }

    @Test
    void anUnnumberedPageIsMarkedAsUnnumbered(@TempDir Path folder) throws Exception {
        Path tei = folder.resolve("memo.xml");
        Files.writeString(tei, Files.readString(Memorandum.TEI).replace("<pb n=\"523\" xml:id=\"pg_523\"/>",
                "<pb n=\"[]\" xml:id=\"pg_blank\"/><pb n=\"523\" xml:id=\"pg_523\"/>"));
        String pages = webPages(tei, folder);
        assertFalse(pages.contains("[Page []]"), "no empty page number");
        assertTrue(pages.contains("aria-label=\"Unnumbered page\"") && pages.contains("[Unnumbered page]"), "the page is said to be unnumbered");
        assertTrue(pages.contains("[Page 523]"), "numbered pages as before");
    }

    @Test
    void aPageMarkerBetweenTwoWordsIsFollowedByASpaceAndOneInsideAWordIsNot(@TempDir Path folder) throws Exception {
        Path tei = folder.resolve("memo.xml");
        // the break before a name ("of <pb/><placeName>…"), and one inside a word, as a hyphenated word is broken
        Files.writeString(tei, Files.readString(Memorandum.TEI)
                .replace("<pb n=\"523\" xml:id=\"pg_523\"/>that kind", "<pb n=\"523\" xml:id=\"pg_523\"/><placeName>that</placeName> kind")
                .replace("government <pb n=\"524\" xml:id=\"pg_524\"/>which", "govern-<pb n=\"524\" xml:id=\"pg_524\"/>ment which"));
        String pages = webPages(tei, folder);
        assertTrue(pages.contains("[Page 523]</span></span> <span class=\"placeName\">that</span> kind"), "a space after the marker, before the name");
        assertTrue(pages.contains("govern-<span class=\"pb\"") && pages.contains("[Page 524]</span></span>ment which"),
                "the word broken by the page stays one word");
    }

    /** Every web page of the edition of {@code tei} (validation warn), one after the other. */
    private static String webPages(Path tei, Path folder) throws IOException {
        Path site = folder.resolve("site");
        CliRun run = CliRun.run(Memorandum::edition, "html", tei.toString(), "-o", site.toString(), "--validation", "warn");
        assertEquals(0, run.status(), run.err());
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(WebTextTest::read).reduce("", String::concat);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

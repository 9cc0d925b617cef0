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
        String pages = memorandumWith(folder, "called to see me this afternoon",
                "called to see me <hi rend=\"smallcaps underline\">this afternoon</hi>");
        assertTrue(pages.contains("<span class=\"hi-smallcaps hi-underline\">this afternoon</span>"), "the phrase keeps both renditions");
    }

    @Test
    void anUnnumberedPageIsMarkedAsUnnumbered(@TempDir Path folder) throws Exception {
        String pages = memorandumWith(folder, "<pb n=\"523\" xml:id=\"pg_523\"/>",
                "<pb n=\"[]\" xml:id=\"pg_blank\"/><pb n=\"523\" xml:id=\"pg_523\"/>");
        assertFalse(pages.contains("[Page []]"), "no empty page number");
        assertTrue(pages.contains("aria-label=\"Unnumbered page\"") && pages.contains("[Unnumbered page]"), "the page is said to be unnumbered");
        assertTrue(pages.contains("[Page 523]"), "numbered pages as before");
    }

    @Test
    void aPageMarkerBetweenTwoWordsIsFollowedByASpaceAndOneInsideAWordIsNot(@TempDir Path folder) throws Exception {
        // the break before a name ("of <pb/><placeName>…"), and one inside a word, as a hyphenated word is broken
        String pages = memorandumWith(folder,
                "<pb n=\"523\" xml:id=\"pg_523\"/>that kind", "<pb n=\"523\" xml:id=\"pg_523\"/><placeName>that</placeName> kind",
                "government <pb n=\"524\" xml:id=\"pg_524\"/>which", "govern-<pb n=\"524\" xml:id=\"pg_524\"/>ment which");
        assertTrue(pages.contains("[Page 523]</span></span> <span class=\"placeName\">that</span> kind"), "a space after the marker, before the name");
        assertTrue(pages.contains("govern-<span class=\"pb\"") && pages.contains("[Page 524]</span></span>ment which"),
                "the word broken by the page stays one word");
    }

    @Test
    void aSourceNoteIsReadOnceWhetherItSaysFileItselfOrNamesNoFile(@TempDir Path folder) throws Exception {
        // as the series prints them: "File No. …" above the heading, "[Telegram]" below it
        String pages = memorandumWith(folder,
                "<note rend=\"inline\" type=\"source\">711.61/891½</note>", "<note rend=\"inline\" type=\"source\">File No. 711.61/891½</note>",
                "</head>", "</head>\n<note rend=\"inline\" type=\"source\">[Telegram]</note>");
        assertTrue(pages.contains("<p class=\"source-note\">File No. 711.61/891½</p>"), "the note says it is a file: nothing hidden before it");
        assertTrue(pages.contains("<p class=\"source-note\">[Telegram]</p>"), "the note names no file: nothing hidden before it");
        assertFalse(pages.contains("Department of State file File"), "no file said twice");
        assertTrue(pages.contains("1943, file 711.61/891½, in"), "the citation names the file by its number");
    }

    @Test
    void anItemThatShowsItsOwnNumberHasNoBulletBesideIt(@TempDir Path folder) throws Exception {
        // the series' lists: printed labels before the items, numbers that open the items, and a plain list
        String pages = memorandumWith(folder, "<p>When the Ambassador left", """
                <list><label>(1)</label><item>Urgent payment;</item><label>(2)</label><item>For adjusting obligations.</item></list>
                <list><item>1. To consult;</item><item>2. To agree.</item></list>
                <list><item>Chile</item><item>Mexico</item></list>
                <p>When the Ambassador left""");
        assertTrue(pages.contains("<li class=\"labelled\"><span class=\"label\">(1)</span> Urgent payment;</li>"), "a printed label");
        assertTrue(pages.contains("<li class=\"labelled\">1. To consult;</li>"), "a number of its own");
        assertTrue(pages.contains("<li>Chile</li>"), "a plain list keeps its bullets");
    }

    @Test
    void aDocumentBeginningOnAnUnnumberedPageIsListedWithoutAnEmptyPageNumber(@TempDir Path folder) throws Exception {
        // the third document of a volume opens on a page the source left unnumbered
        String pages = teiWith(Path.of("src/test/resources/web/search-volume.xml"), folder,
                "<pb n=\"3\" xml:id=\"pg_3\"/>", "<pb n=\"[]\" xml:id=\"pg_3\"/>");
        assertFalse(pages.contains("p. []"), "no empty page number in the contents, the mentions of people or how to cite");
        assertTrue(pages.contains("Mentioned on an unnumbered page: "), "the people the page names");
        assertFalse(pages.contains("[Page []]"), "nor in the text");
        assertTrue(pages.contains("[Unnumbered page]"), "the page is said to be unnumbered");
        assertTrue(pages.contains("p. 4</span>"), "the numbered pages as before");
    }

    /** The web pages of the memorandum with each text given replaced by the one after it. */
    private static String memorandumWith(Path folder, String... replacements) throws IOException {
        return teiWith(Memorandum.TEI, folder, replacements);
    }

    /** The web pages of a TEI file with each text given replaced by the one after it. */
    private static String teiWith(Path source, Path folder, String... replacements) throws IOException {
        String text = Files.readString(source);
        for (int i = 0; i < replacements.length; i += 2) {
            assertTrue(text.contains(replacements[i]), source + " holds " + replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        Path tei = folder.resolve("memo.xml");
        Files.writeString(tei, text);
        return webPages(tei, folder);
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

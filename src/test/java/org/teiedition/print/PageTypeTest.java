// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** A page is set at a type scale by its page sequence's and its flow's absolute font sizes, and by nothing else. */
class PageTypeTest {
    private static final String FO = "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">"
            + "<fo:layout-master-set/>"
            + "<fo:page-sequence master-reference=\"m\" id=\"page-1\" font-size=\"10pt\" line-height=\"1.2\">"
            + "<fo:static-content flow-name=\"head\"><fo:block font-size=\"8pt\">Head font-size=\"8pt\"</fo:block></fo:static-content>"
            + "<fo:flow flow-name=\"xsl-region-body\"><fo:block font-size=\"1.15em\">Text</fo:block>"
            + "<?tei-edition-set-off?><fo:block font-size=\"0.9em\">Quoted</fo:block>"
            + "<fo:footnote><fo:inline>1</fo:inline><fo:footnote-body><fo:block font-size=\"7.505pt\" line-height=\"1.1\">Note</fo:block>"
            + "</fo:footnote-body></fo:footnote></fo:flow></fo:page-sequence>"
            + "<fo:page-sequence master-reference=\"m\" id=\"page-2\" font-size=\"10pt\"><fo:flow flow-name=\"b\"><fo:block>Two</fo:block></fo:flow></fo:page-sequence>"
            + "</fo:root>";

    private static FoPages.Fo cut() throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        FoPages pages = new FoPages();
        factory.newSAXParser().parse(new InputSource(new StringReader(FO)), pages);
        return pages.fo();
    }

    private static String text(FoPages.Sequence sequence) {
        return new String(sequence.fo(), StandardCharsets.UTF_8);
    }

    @Test
    void theTextAndTheNotesScaleTheRunningHeadsAndRelativeSizesDoNot() throws Exception {
        FoPages.Sequence page = cut().sequences().get(0);
        String scaled = text(page.at(97));
        assertEquals(text(page)
                .replace("id=\"page-1\" font-size=\"10pt\"", "id=\"page-1\" font-size=\"9.7pt\"")
                .replace("<fo:block font-size=\"7.505pt\"", "<fo:block font-size=\"7.27985pt\""), scaled);
    }

    /** A page whose notes hold most of it can have them set smaller and tighter (never below solid) alone; its text's leading opened leaves theirs. */
    @Test
    void aPagesNotesAreSetSmallerAloneAndKeepTheirLeadingWhenTheTextIsOpened() throws Exception {
        FoPages.Sequence page = cut().sequences().get(0);
        String note = "<fo:block font-size=\"7.505pt\" line-height=\"1.1\">";
        assertEquals(text(page).replace(note, "<fo:block font-size=\"6.7545pt\" line-height=\"1\">"), text(page.at(100, PageType.PLAIN, 90, PageType.AS_WRITTEN)));
        assertEquals(text(page).replace("line-height=\"1.2\"", "line-height=\"1.296\""), text(page.at(100, 1080, 100, PageType.AS_WRITTEN)));
    }

    /** Quoted matter set off from the text (marked before its block) can be set larger alone, never below its own size. */
    @Test
    void aPagesSetOffMatterIsSetLargerAloneAndNoOtherRelativeSize() throws Exception {
        FoPages.Sequence page = cut().sequences().get(0);
        String quoted = "<fo:block font-size=\"0.9em\">Quoted";
        assertEquals(true, page.type().hasSetOff());
        assertEquals(false, cut().sequences().get(1).type().hasSetOff());
        assertEquals(text(page).replace(quoted, "<fo:block font-size=\"1em\">Quoted"), text(page.at(100, PageType.PLAIN, 100, 1000)));
        assertEquals(text(page).replace(quoted, "<fo:block font-size=\"0.95em\">Quoted"), text(page.at(100, PageType.PLAIN, 100, 950)));
        assertEquals(text(page), text(page.at(100, PageType.PLAIN, 100, 850)));
        assertEquals(false, page.at(100, PageType.PLAIN, 100, 1000).layoutKey().equals(page.layoutKey()));
    }

    @Test
    void theDesignSizeIsTheStylesheetsOwnText() throws Exception {
        FoPages.Sequence page = cut().sequences().get(0);
        assertArrayEquals(page.fo(), page.at(100).fo());
    }

    @Test
    void aLayoutSetsEachPageAtItsScaleAndProbesOnlyThePagesAsked() throws Exception {
        FoPages.Fo fo = cut();
        FoPages.Fo volume = fo.at(95, Map.of(2, 90), List.of());
        assertEquals(2, volume.sequences().size());
        assertEquals(true, text(volume.sequences().get(0)).contains("font-size=\"9.5pt\""));
        assertEquals(true, text(volume.sequences().get(1)).contains("font-size=\"9pt\""));
        FoPages.Fo probe = fo.at(100, Map.of(2, 88), Set.of(2));
        assertEquals(List.of("page-2"), probe.sequences().stream().map(FoPages.Sequence::id).toList());
        assertEquals(true, text(probe.sequences().get(0)).contains("font-size=\"8.8pt\""));
        assertEquals(0, probe.outline().length);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.paginate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The places of a file's elements and text nodes, counted as a parser counts them. */
class SourceMarkupTest {
    private static final String XML = "<?xml version=\"1.0\"?>\r\n<!-- head -->\r\n<TEI a='x>y'>"
            + "<p>one &amp; two<!-- c --><![CDATA[<three>]]>&#x2014;four\r\nfive</p><lb/><?pi x?>six</TEI>\n";

    @Test
    void elementsAreCountedInDocumentOrderWithTheirStartTags() {
        SourceMarkup markup = SourceMarkup.of(XML);
        assertEquals(List.of("<TEI a='x>y'>", "<p>", "<lb/>"),
                markup.elements.stream().map(e -> XML.substring(e.start(), e.end())).toList());
        assertEquals(List.of(false, false, true), markup.elements.stream().map(SourceMarkup.Element::empty).toList());
    }

    @Test
    void aCommentOrProcessingInstructionEndsATextNodeAndCdataAndReferencesDoNot() {
        SourceMarkup markup = SourceMarkup.of(XML);
        assertEquals(List.of("one &amp; two", "<![CDATA[<three>]]>&#x2014;four\r\nfive", "six"),
                markup.texts.stream().map(t -> XML.substring(t.start(), t.end())).toList());
    }

    @Test
    void anOffsetInATextNodesValueIsFoundInTheFileAsTheParserDecodedIt() {
        SourceMarkup markup = SourceMarkup.of(XML);
        SourceMarkup.Text second = markup.texts.get(1);
        // "<three>—four\nfive": the dash is one character, the line end one
        assertEquals("four", XML.substring(markup.position(second, 8), markup.position(second, 12)));
        assertEquals("five", XML.substring(markup.position(second, 13), markup.position(second, 13) + 4));
        // inside a CDATA section markup cannot be written: a place there is told as such
        assertTrue(markup.inCdata(markup.position(second, 2)));
        assertFalse(markup.inCdata(markup.position(second, 7)));
        assertEquals("]]><pb/><![CDATA[", markup.insertable(markup.position(second, 2), "<pb/>"));
        assertEquals("<pb/>", markup.insertable(markup.position(second, 8), "<pb/>"));
        SourceMarkup.Text first = markup.texts.get(0);
        assertEquals("two", XML.substring(markup.position(first, 6), markup.position(first, 9)));
    }
}

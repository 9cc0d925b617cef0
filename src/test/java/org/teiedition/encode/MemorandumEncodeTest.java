// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nu.xom.Element;
import nu.xom.Nodes;
import nu.xom.XPathContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teiedition.encode.EncodeOptions;
import org.teiedition.diag.Diagnostic;

class MemorandumEncodeTest {
    private static final XPathContext TEI = new XPathContext("tei", Tei.NS);
    private static String transcription;
    private static Encoded encoded;

    @BeforeAll
    static void encode() throws Exception {
        transcription = Files.readString(Path.of("tei/memorandum.txt"));
        encoded = RoundTrip.encode(transcription, "tei/memorandum.txt", EncodeOptions.firstPage(522));
    }

    @Test
    void roundTripIsByteExact() throws Exception {
        assertEquals(transcription, RoundTrip.text(encoded));
        assertTrue(!transcription.endsWith("\n"));
    }

    @Test
    void firstPageBreakOpensTheDocument() {
        Element div = (Element) encoded.document().query("//tei:div[@type='document']", TEI).get(0);
        Element first = div.getChildElements().get(0);
        assertEquals("pb", first.getLocalName());
        assertEquals("522", first.getAttributeValue("n"));
        assertEquals("pg_522", first.getAttributeValue("id", "http://www.w3.org/XML/1998/namespace"));
    }

    @Test
    void pageBreaksStandWhereThePagesTurn() {
        assertEquals("that kind of understanding", following("523", 26));
        assertEquals("which we now saw in Germany", following("524", 27));
        assertTrue(preceding("523").endsWith("achievement of "));
    }

    @Test
    void note65FollowsUntil1939() {
        Nodes notes = encoded.document().query("//tei:note[@n='65']", TEI);
        assertEquals(1, notes.size());
        Element note = (Element) notes.get(0);
        assertTrue(note.getValue().startsWith("For correspondence concerning the replacement on May 3, 1939"));
        String before = note.getParent().getChild(note.getParent().indexOf(note) - 1).getValue();
        assertTrue(before.endsWith("until 1939"), before);
        assertEquals("d1fn65", note.getAttributeValue("id", "http://www.w3.org/XML/1998/namespace"));
    }

    @Test
    void theSplitOf193965IsAWarningWithItsPlace() {
        List<Diagnostic> warnings = encoded.warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        Diagnostic warning = warnings.get(0);
        assertEquals(4, warning.line());
        int column = transcription.split("\n")[3].indexOf("193965") + 5;
        assertEquals(column, warning.column());
        assertEquals("tei/memorandum.txt:4:" + column + ": warning: note call \"65\" read from \"193965\" as the year \"1939\" and note 65",
                warning.format());
    }

    @Test
    void headerCarriesTitleFileNumberAndPages() {
        assertEquals("Memorandum of Conversation, by the Under Secretary of State (Welles)",
                value("//tei:titleStmt/tei:title"));
        assertEquals("711.61/891½", value("//tei:sourceDesc/tei:bibl/tei:idno[@type='file']"));
        assertEquals("711.61/891½", value("//tei:div/tei:note[@type='source']"));
        Element scope = (Element) encoded.document().query("//tei:biblScope[@unit='page']", TEI).get(0);
        assertEquals("522", scope.getAttributeValue("from"));
        assertEquals("524", scope.getAttributeValue("to"));
        assertEquals("the Under Secretary of State (Welles)", value("//tei:titleStmt/tei:author"));
    }

    @Test
    void encodingIsReproducible() throws Exception {
        Encoded again = RoundTrip.encode(transcription, "tei/memorandum.txt", EncodeOptions.firstPage(522));
        assertEquals(encoded.toXml(), again.toXml());
    }

    private String value(String xpath) {
        return encoded.document().query(xpath, TEI).get(0).getValue();
    }

    private String following(String page, int length) {
        Element pb = (Element) encoded.document().query("//tei:pb[@n='" + page + "']", TEI).get(0);
        String after = pb.getParent().getChild(pb.getParent().indexOf(pb) + 1).getValue();
        return after.substring(0, length);
    }

    private String preceding(String page) {
        Element pb = (Element) encoded.document().query("//tei:pb[@n='" + page + "']", TEI).get(0);
        return pb.getParent().getChild(pb.getParent().indexOf(pb) - 1).getValue();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nu.xom.Builder;
import nu.xom.Document;
import nu.xom.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teiedition.encode.EncodeOptions;
import org.teiedition.encode.RoundTrip;
import org.teiedition.encode.TeiFacts;
import org.teiedition.xml.SafeXml;

/** The facts a correct encoding of the memorandum must show, in the edition {@code tei/memorandum.xml} and in the encoder's output. */
class MemorandumEditionTest {

    static Stream<Document> documents() throws Exception {
        Document edition = new Builder(SafeXml.newReader()).build(Path.of("tei/memorandum.xml").toFile());
        String text = java.nio.file.Files.readString(Path.of("tei/memorandum.txt"));
        Document encoded = RoundTrip.encode(text, "tei/memorandum.txt", EncodeOptions.firstPage(522)).document();
        return Stream.of(edition, encoded);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void pagesAndNote65StandWhereTheVolumePutsThem(Document document) {
        TeiFacts tei = new TeiFacts(document);
        Element first = tei.all("//tei:div[@type='document']/*").get(0);
        assertEquals("pb", first.getLocalName());
        assertEquals("522", first.getAttributeValue("n"));
        assertEquals(List.of("522", "523", "524"), tei.all("//tei:pb").stream().map(pb -> pb.getAttributeValue("n")).toList());
        assertTrue(after(tei, "523").startsWith("that kind of understanding"));
        assertTrue(after(tei, "524").startsWith("which we now saw in Germany"));
        Element note = tei.all("//tei:note[@n='65']").get(0);
        assertEquals("1939", TeiFacts.glued(note));
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < note.getParent().indexOf(note); i++) {
            before.append(TeiFacts.plain(note.getParent().getChild(i)));
        }
        assertTrue(before.toString().endsWith("with Stalin until 1939"), before.toString());
        assertTrue(note.getValue().startsWith("For correspondence concerning the replacement on May 3, 1939"));
        assertEquals("711.61/891½", tei.value("//tei:sourceDesc//tei:idno[@type='file']").orElseThrow());
        Element scope = tei.all("//tei:sourceDesc//tei:biblScope[@unit='page']").get(0);
        assertEquals("522", scope.getAttributeValue("from"));
        assertEquals("524", scope.getAttributeValue("to"));
    }

    private static String after(TeiFacts tei, String page) {
        Element pb = tei.all("//tei:pb[@n='" + page + "']").get(0);
        StringBuilder out = new StringBuilder();
        for (int i = pb.getParent().indexOf(pb) + 1; i < pb.getParent().getChildCount() && out.length() < 40; i++) {
            out.append(TeiFacts.plain(pb.getParent().getChild(i)));
        }
        return out.toString();
    }
}

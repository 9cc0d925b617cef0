// SPDX-License-Identifier: Apache-2.0
package org.teiedition.text;

import org.teiedition.print.Overflow;
import org.teiedition.validate.ValidationMode;
import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.encode.RoundTrip;

/** {@code xslt/text/edition-text.xsl} through {@code Edition.text}, on minimal TEI read with validation set to warn: each feature of the text form. */
class EditionTextTest {
    private static final String TEI = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body>"
            + "<div type=\"document\" xml:id=\"d1\">%s</div></body></text></TEI>%s";

    @TempDir
    Path folder;

    @Test
    void theMemorandumEditionRendersToItsTranscriptionByteForByte() throws Exception {
        byte[] expected = Files.readAllBytes(Path.of("tei/memorandum.txt"));
        String text = RoundTrip.edition().text(Path.of("tei/memorandum.xml"), PublishOptions.defaults());
        assertEquals(new String(expected, StandardCharsets.UTF_8), text);
    }

    @Test
    void enrichmentGivesItsTextAndChoiceGivesSic() throws Exception {
        assertEquals("H\nA <x> B organizaton 1939 Foreign Relations.", render(
                "<head>H</head><p><persName ref=\"#a\">A</persName> &lt;x&gt; <rs type=\"person\">B</rs> <choice><sic>organizaton</sic>"
                        + "<corr>organization</corr></choice> <date when=\"1939\">1939</date> <bibl><title>Foreign Relations</title></bibl>.</p>",
                ""));
    }

    @Test
    void theFirstPageIsNotShownOtherPagesAre() throws Exception {
        assertEquals("1/2\nH\nof [Page 6] that\n[Page 7]\nend [Page 8]", render(
                "<pb n=\"5\"/><note type=\"source\" rend=\"inline\">1/2</note><head>H</head><p>of <pb n=\"6\"/>that</p><pb n=\"7\"/>"
                        + "<p>end <pb n=\"8\"/></p>", ""));
    }

    @Test
    void anOpeningMarkerIsShownWhenTheFormSaysSo() throws Exception {
        assertEquals("[Page 5]\nH\n", render("<pb n=\"5\"/><head>H</head>",
                "<?tei-edition final-newline=\"yes\" opening-page-marker=\"yes\"?>"));
    }

    @Test
    void notesGiveTheirNumberAtTheCallAndTheirTextAtTheEnd() throws Exception {
        assertEquals("H1\nuntil 193965 and <b>.2\nS[umner] W[elles]\n- in head↩\n- A <i>note</i>.↩\n- second↩", render(
                "<head>H<note n=\"1\">in head</note></head><p>until 1939<note n=\"65\">A &lt;i&gt;<hi>note</hi>&lt;/i&gt;.</note> and &lt;b&gt;."
                        + "<note n=\"2\">second</note></p><closer><signed>S[umner] W[elles]</signed></closer>", ""));
    }

    @Test
    void participantsDatelinesAndSubheadsAreLines() throws Exception {
        assertEquals("H\nSecret\nMoscow, May 1, 1944.\n[Received May 2]\nParticipants:\nA\nB\nParticipants: C, D\nText.\n", render(
                "<head>H</head><head type=\"sub\">Secret</head><dateline>Moscow, May 1, 1944.</dateline><dateline>[Received May 2]</dateline>"
                        + "<list type=\"participants\"><head>Participants:</head><item>A</item><item>B</item></list>"
                        + "<list type=\"participants\" rend=\"run-in\"><head>Participants:</head><item>C, D</item></list><p>Text.</p>",
                "<?tei-edition final-newline=\"yes\"?>"));
    }

    @Test
    void textOutsideAnyLineIsAnErrorNamingTheElement() {
        org.teiedition.diag.InputException e = org.junit.jupiter.api.Assertions.assertThrows(org.teiedition.diag.InputException.class,
                () -> render("<head>H</head><table><row><cell>x</cell></row></table>", ""));
        // after the validation's warnings, as every output tells them
        String message = e.diagnostics().get(e.diagnostics().size() - 1).message();
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("text in \"cell\" at ") && message.contains("has no line in the text form"),
                message);
    }

    private String render(String div, String after) throws Exception {
        Path file = folder.resolve("t.xml");
        Files.writeString(file, String.format(TEI, div, after), StandardCharsets.UTF_8);
        // minimal TEI, not a valid edition: the stylesheet's rules are tested, validation only warns
        return RoundTrip.edition().text(file, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
    }
}

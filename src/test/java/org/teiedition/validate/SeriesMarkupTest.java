// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.teiedition.validate.Fixtures.memorandumWith;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.diag.Diagnostic;

/**
 * The FRUS series' own markup is accepted as TEI P5 models it (postscript, salute, opener, seg, del, gap, a
 * closer in a postscript), and no looser: a postscript still needs its paragraph, del and seg are phrases.
 */
class SeriesMarkupTest {
    /** Pages of four volumes with the series' markup, and one page written for what they lack. */
    static final Path FIXTURE = Path.of("src", "test", "resources", "validate", "series-markup.xml");
    private static final String END = "would be wholly successful.</p>";

    @TempDir
    Path folder;

    private List<Diagnostic> validate(String text) throws Exception {
        return Fixtures.validate(folder, text);
    }

    /** The memorandum with {@code from} replaced by {@code to} validates without a finding. */
    private void accepted(String from, String to) throws Exception {
        assertEquals(List.of(), validate(memorandumWith(from, to)));
    }

    /** One RELAX NG error, whose message begins with {@code begins}. */
    private void refused(String text, String begins) throws Exception {
        List<Diagnostic> found = validate(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals("rng.invalid", found.get(0).code());
        assertTrue(found.get(0).message().startsWith(begins), found.get(0).message());
    }

    @Test
    void theSeriesMarkupValidates() throws Exception {
        assertEquals(List.of(), Fixtures.validator().validate(FIXTURE).diagnostics());
    }

    @Test
    void aPostscriptFollowsTheCloserAndMayHoldItsOwnCloserAndAttachment() throws Exception {
        accepted(END, END
                + "<closer><salute>I am, my dear Mr. Secretary, faithfully yours,</salute><signed>Sumner Welles</signed></closer>"
                + "<postscript><p>Sworn and subscribed to before me this 13th day of April, 1897.</p>"
                + "<closer>[<hi rend=\"smallcaps\">seal.</hi>] <signed>Lewis Penwell</signed></closer>"
                + "<frus:attachment xmlns:frus=\"http://history.state.gov/frus/ns/1.0\"><p>The enclosure.</p></frus:attachment>"
                + "</postscript>");
    }

    @Test
    void anOpenerHoldsTheDatelineAndSalutation() throws Exception {
        accepted("<head>Memorandum of Conversation, by the Under Secretary of State (Welles)</head>",
                "<head>Memorandum of Conversation, by the Under Secretary of State (Welles)</head>"
                        + "<opener><dateline>Washington, July 7, 1943.</dateline><salute>Sir:</salute></opener>");
    }

    @Test
    void theSeriesPhrasesAreAcceptedInTheText() throws Exception {
        accepted("would be wholly successful.",
                "would be <del rend=\"strikethrough\">entirely</del> wholly <seg type=\"margin\">[seal]</seg> successful"
                        + "<gap reason=\"illegible\" quantity=\"1\" unit=\"words\"/>.<note n=\"66\" xml:id=\"d1fn66\">"
                        + "<bibl><title level=\"m\">Foreign Relations</title>, 1943, vol. III, p. 521</bibl>; "
                        + "the <att>rend</att> of the source.</note>");
    }

    @Test
    void aPostscriptNeedsAParagraphAsInTei() throws Exception {
        refused(memorandumWith(END, END + "<postscript><closer><signed>S. W.</signed></closer></postscript>"),
                "element \"closer\" not allowed");
    }

    @Test
    void delAndSegArePhrasesNotBlocks() throws Exception {
        refused(memorandumWith(END, END + "<del>A deleted paragraph.</del>"), "element \"del\" not allowed here");
    }
}

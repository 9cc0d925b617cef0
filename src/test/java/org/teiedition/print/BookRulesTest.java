// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;
import org.teiedition.cli.ExitCode;
import org.teiedition.verify.LineQuality;

/**
 * The common book rules of the print edition: an abbreviation stays on the line of the number it stands
 * before; no more than two lines in a row end in a hyphenation; a narrow table column is not hyphenated.
 */
class BookRulesTest {
    private static final String MEMORANDUM = "tei/memorandum.xml";
    private static final String PLACE = "He said that the way things were now going,";

    @Test
    void anAbbreviationIsJoinedToTheNumberItStandsBefore(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(MEMORANDUM)).replace(PLACE,
                "He paid Rs. 500 under No. 12 (see p. 34, pp. 35\u201336, Art. 3 of Vol. II). " + PLACE);
        XdmNode fo = ForcedBreakTest.fo(dir, text);
        String printed = ForcedBreakTest.xpath(fo).evaluate("string(//fo:block[contains(., 'He paid')][not(.//fo:block)])", fo)
                .toString();
        for (String joined : new String[] {"Rs.\u00a0500", "No.\u00a012", "p.\u00a034", "pp.\u00a035", "Art.\u00a03", "Vol.\u00a0II"}) {
            assertTrue(printed.contains(joined), joined + " in " + printed);
        }
        assertTrue(printed.contains("He paid Rs."), "a word before the abbreviation keeps its ordinary space: " + printed);
        String names = ForcedBreakTest.xpath(fo).evaluate("string-join(//text()[contains(., 'Litvinov')], '|')", fo).toString();
        assertTrue(names.contains("Mr. Litvinov") && !names.contains("Mr.\u00a0Litvinov"), "a name is no number: " + names);
    }

    @Test
    void noThreeLinesInARowEndInAHyphenation(@TempDir Path dir) throws Exception {
        // a narrow measure, where the memorandum's justified lines are hyphenated often
        Path pdf = dir.resolve("narrow.pdf");
        CliRun run = CliRun.run("pdf", MEMORANDUM, "--overflow", "shrink", "-p", "page-width=3in", "-o", pdf.toString());
        assertEquals(ExitCode.OK, run.status(), run.err());
        LineQuality.Report lines = LineQuality.read(pdf);
        assertTrue(lines.hyphenatedLines() >= 20, lines.describe());
        assertEquals(0, lines.hyphenRuns(), lines.describe());
    }

    @Test
    void aNarrowTableColumnIsNotHyphenated(@TempDir Path dir) throws Exception {
        String row = "<row><cell>Sweden</cell><cell>1,250</cell><cell>Representations of the Government concerning the"
                + " navigation of the Baltic and the neutrality of the Aland Islands</cell></row>";
        String text = Files.readString(Path.of(MEMORANDUM)).replace(PLACE,
                "He gave a table:</p><table>" + row.repeat(3) + "<row><cell>Denmark</cell><cell>980</cell><cell>The same</cell></row>"
                        + "</table><p>" + PLACE);
        XdmNode fo = ForcedBreakTest.fo(dir, text);
        XPathCompiler xpath = ForcedBreakTest.xpath(fo);
        String narrow = "//fo:table-cell[normalize-space() = ('Sweden', 'Denmark', '1,250', '980')]";
        assertEquals("8", xpath.evaluate("string(count(" + narrow + "))", fo).toString());
        assertEquals("false", xpath.evaluate("string-join(distinct-values(" + narrow + "/string(@hyphenate)), ' ')", fo).toString(),
                "names and numbers in narrow columns are not hyphenated");
        assertEquals("", xpath.evaluate("string((//fo:table-cell[contains(., 'Aland')])[1]/@hyphenate)", fo)
                .toString(), "a wide column is hyphenated as the text is");
    }
}

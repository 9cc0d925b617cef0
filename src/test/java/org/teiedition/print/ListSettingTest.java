// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.validate.ValidationMode;
import org.teiedition.verify.LineQuality;

/**
 * Lists, tables and closers on real pages of the series (src/test/resources/print): a numbered list of
 * paragraphs inside a paragraph that runs on over the page, a list of headings with one of two lines, a
 * narrow table of many rows, and a closer of names each with its rank, set as the series' printers set
 * them and read back from the PDF.
 */
class ListSettingTest {
    private static final Path PRINT = Path.of("src", "test", "resources", "print");
    private static final Edition EDITION = Edition.create();

    @Test
    void aListInsideARunningOnParagraphKeepsItsOwnLinesAndEachNumberOnItsParagraph(@TempDir Path dir) throws Exception {
        Path pdf = pdf(dir, "frus1919Parisv01-p330.xml");
        LineQuality.Report lines = LineQuality.read(pdf);
        // the running-on paragraph's justified last line is its own: a list inside it does not inherit it
        assertTrue(lines.looseLines() <= 1, lines.describe());
        List<PrintChecks.Word> words = PrintChecks.words(pdf, 2);
        for (String[] item : new String[][] {{"8.", "No"}, {"9.", "While"}, {"12.", "A"}}) {
            PrintChecks.Word number = word(words, item[0]);
            PrintChecks.Word first = words.get(words.indexOf(number) + 1);
            assertEquals(item[1], first.text(), "the paragraph's first word after its number " + item[0]);
            assertEquals(number.y(), first.y(), 0.1, "item " + item[0] + " on its paragraph's first line");
        }
    }

    @Test
    void aListOfShortHeadingsIsSetInColumnsTheOddLongOneRunningOver(@TempDir Path dir) throws Exception {
        Path pdf = pdf(dir, "frus1919Parisv01-p100.xml");
        PrintChecks.pagesMatch(EDITION, PRINT.resolve("frus1919Parisv01-p100.xml"), pdf);
        for (int page = 1; page <= 2; page++) {
            List<PrintChecks.Word> words = PrintChecks.words(pdf, page);
            // the first column's first heading and the second column's first, side by side
            String[] firsts = page == 1 ? new String[] {"Aborigines", "Diplomatic"} : new String[] {"Jurisdictional", "Prizes"};
            PrintChecks.Word left = word(words, firsts[0]);
            PrintChecks.Word right = word(words, firsts[1]);
            assertEquals(left.y(), right.y(), 0.1, "page " + page + ": the columns start on one line");
            assertTrue(right.x() > left.x() + 100, "page " + page + ": " + left + ", " + right);
        }
    }

    @Test
    void theLastItemOfAParagraphsListInColumnsTurnsOverBetweenItsWordsNotInsideOne(@TempDir Path dir) throws Exception {
        Path pdf = pdf(dir, "frus1919Parisv01-p305.xml");
        PrintChecks.pagesMatch(EDITION, PRINT.resolve("frus1919Parisv01-p305.xml"), pdf);
        List<PrintChecks.Word> words = PrintChecks.words(pdf, 1);
        // the paragraph's last words ("United States") are the end of a list set in columns, not of its last line
        int at = words.indexOf(word(words, "20."));
        assertEquals(List.of("20.", "United", "States"), words.subList(at, at + 3).stream().map(PrintChecks.Word::text).toList());
        assertTrue(words.get(at + 2).y() > words.get(at + 1).y() + 1, "the item turns over, on the line below: " + words.subList(at, at + 3));
        PrintChecks.noOverprinting(pdf);
    }

    @Test
    void aNarrowTableOfManyRowsIsSetInGroupsSideBySideReadInOrder(@TempDir Path dir) throws Exception {
        Path pdf = pdf(dir, "frus1919Parisv01-p94.xml");
        // the words read back from the PDF's structure are the page's, in the source's order: group after group
        PrintChecks.pagesMatch(EDITION, PRINT.resolve("frus1919Parisv01-p94.xml"), pdf);
        PrintChecks.noOverprinting(pdf);
        List<PrintChecks.Word> words = PrintChecks.words(pdf, 1);
        PrintChecks.Word first = word(words, "Baltic");
        // "Balkans (preliminary)" heads the second group; "Balkans (revised)" is in the first
        PrintChecks.Word second = words.stream().filter(w -> w.text().equals("Balkans")).max(Comparator.comparing(PrintChecks.Word::x)).orElseThrow();
        assertEquals(first.y(), second.y(), 0.1, "the second group starts on the first's line");
        assertTrue(second.x() > first.x() + 100, first + ", " + second);
        assertTrue(word(words, "Mediterranean").y() < word(words, "1:26,").y(), "the second group's last row above the first's (Africa, 1:26, 000, 000)");
    }

    @Test
    void aSignatureSharingItsLineWithARankIsSetInThatLine(@TempDir Path dir) throws Exception {
        Path pdf = pdf(dir, "frus1919Parisv01-p190.xml");
        List<PrintChecks.Word> words = PrintChecks.words(pdf, 2);
        PrintChecks.Word rank = word(words, "Dellschaft;");
        int at = words.indexOf(rank);
        assertEquals(List.of("Captain", "F.", "Dellschaft;"), words.subList(at - 2, at + 1).stream().map(PrintChecks.Word::text).toList());
        assertEquals(rank.y(), words.get(at - 2).y(), 0.1, "the rank on its name's line");
        float margin = words.get(0).x();
        for (String end : new String[] {"Dellschaft;", "Davison."}) {
            PrintChecks.Word line = words.get(words.indexOf(word(words, end)) - 2);
            assertTrue(line.x() > margin + 150, "set to the right, as a signature is: " + line + " against the margin at " + margin);
        }
    }

    private static Path pdf(Path dir, String fixture) throws Exception {
        Path pdf = dir.resolve(fixture.replace(".xml", ".pdf"));
        EDITION.pdf(PRINT.resolve(fixture), pdf, new PublishOptions(ValidationMode.WARN, Overflow.SHRINK));
        assertTrue(Files.size(pdf) > 0);
        return pdf;
    }

    private static PrintChecks.Word word(List<PrintChecks.Word> words, String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not printed"));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.validate.ValidationMode;

/**
 * Lists of short items set in columns, as the printers of the series set them: ninety ship names
 * (src/test/resources/columns/ships.xml) fit their source page only in columns, filled top to bottom in
 * the order of the list; a list of long items on the next page stays one item to a line, and a numbered
 * list of ports keeps each number on its item's line.
 */
class ColumnsTest {
    private static final Path TEI = Path.of("src", "test", "resources", "columns", "ships.xml");
    private static final Edition EDITION = Edition.create();
    private static Path pdf;
    private static String xml;

    /** The class's outputs, removed after its tests. */
    @TempDir
    static Path folder;

    @BeforeAll
    static void render() throws Exception {
        pdf = folder.resolve("ships.pdf");
        EDITION.pdf(TEI, pdf, new PublishOptions(ValidationMode.WARN, Overflow.SHRINK));
        xml = Files.readString(TEI);
    }

    @Test
    void eachSourcePageIsOnePdfPageReadBackInTheSourcesOrder() throws Exception {
        PrintChecks.pagesMatch(EDITION, TEI, pdf);
        PrintChecks.noOverprinting(pdf);
    }

    @Test
    void theListsInColumnsKeepThePdfAccessible() throws Exception {
        PdfStandardsTest.assertCompliant(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1);
    }

    @Test
    void shortNamesFillColumnsTopToBottomInTheirOrder() throws Exception {
        Map<String, PrintChecks.Word> ships = starts(PrintChecks.words(pdf, 1), items(xml, "<list>", 0));
        assertEquals(90, ships.size());
        assertColumns(ships, 3);
    }

    @Test
    void longItemsStayOneToALine() throws Exception {
        List<PrintChecks.Word> words = PrintChecks.words(pdf, 2);
        int second = xml.indexOf("<list>", xml.indexOf("<pb n=\"2\""));
        Map<String, PrintChecks.Word> rules = starts(words, items(xml, "<list>", second));
        assertEquals(6, rules.size());
        assertEquals(1, rules.values().stream().map(w -> Math.round(w.x())).distinct().count(), "all at one indent: " + rules);
        assertEquals(6, rules.values().stream().map(w -> Math.round(w.y())).distinct().count(), "each on a line of its own: " + rules);
        // the numbered ports: short, so in columns, each number on its port's line, where the item starts
        Map<String, PrintChecks.Word> ports = starts(words, items(xml, "<list>", xml.indexOf("<list>", second + 1)));
        assertEquals(12, ports.size());
        Map<String, PrintChecks.Word> numbers = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, PrintChecks.Word> port : ports.entrySet()) {
            PrintChecks.Word number = words.get(words.indexOf(port.getValue()) - 1);
            assertEquals(++n + ".", number.text(), port.getKey());
            assertEquals(number.y(), port.getValue().y(), 0.1, "the number on its item's line: " + port.getKey());
            numbers.put(port.getKey(), number);
        }
        assertColumns(numbers, 2);
    }

    /**
     * The items are set in at least {@code least} columns, filled top to bottom in order: each item is
     * below the one before in its column, or at the top of the next column to the right, and the columns
     * start on one line.
     */
    private static void assertColumns(Map<String, PrintChecks.Word> items, int least) {
        List<PrintChecks.Word> order = new ArrayList<>(items.values());
        List<PrintChecks.Word> tops = new ArrayList<>(List.of(order.get(0)));
        for (int i = 1; i < order.size(); i++) {
            PrintChecks.Word before = order.get(i - 1);
            PrintChecks.Word word = order.get(i);
            boolean below = Math.abs(word.x() - before.x()) < 1 && word.y() > before.y();
            boolean nextColumn = word.x() > before.x() + 20 && word.y() < before.y();
            assertTrue(below || nextColumn, before + " then " + word);
            if (nextColumn) {
                tops.add(word);
            }
        }
        assertTrue(tops.size() >= least, "columns: " + tops);
        TreeSet<Integer> topLines = new TreeSet<>();
        tops.forEach(t -> topLines.add(Math.round(t.y())));
        assertEquals(1, topLines.size(), "the columns start on one line: " + tops);
    }

    /** The texts of the items of the list that starts at or after {@code from}. */
    private static List<String> items(String xml, String list, int from) {
        int start = xml.indexOf(list, from);
        String body = xml.substring(start, xml.indexOf("</list>", start));
        Matcher item = Pattern.compile("<item>([^<]*)</item>").matcher(body);
        List<String> texts = new ArrayList<>();
        while (item.find()) {
            texts.add(item.group(1));
        }
        return texts;
    }

    /** Where each item's first word is printed: its first words found in the page's words in drawing order. */
    private static Map<String, PrintChecks.Word> starts(List<PrintChecks.Word> words, List<String> items) {
        Map<String, PrintChecks.Word> found = new LinkedHashMap<>();
        int at = 0;
        for (String item : items) {
            // the first words: a long item's later words may be hyphenated at a line's end
            List<String> all = List.of(item.split("\\s+"));
            List<String> expected = all.subList(0, Math.min(3, all.size()));
            int match = -1;
            for (int i = at; i + expected.size() <= words.size() && match < 0; i++) {
                boolean same = true;
                for (int k = 0; k < expected.size() && same; k++) {
                    same = words.get(i + k).text().equals(expected.get(k));
                }
                match = same ? i : -1;
            }
            assertTrue(match >= 0, "printed, after the item before: " + item);
            PrintChecks.Word first = words.get(match);
            assertNotNull(first);
            found.put(item, first);
            at = match + expected.size();
        }
        return found;
    }
}

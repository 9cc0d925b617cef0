// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.config.EditionConfig;
import org.teiedition.paginate.PageTexts;

/**
 * The series' markup (src/test/resources/validate/series-markup.xml: postscript, salute, opener, seg, del,
 * gap, att, bibl, a closer in a postscript) printed: every word on its page, as the PDF's verifier reads the
 * TEI; the words the source lines out (del) printed too. Every output has a rule for each element: the
 * edition fails on an element without one.
 */
class SeriesMarkupPrintTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "validate", "series-markup.xml");
    private static final Edition EDITION = new Edition(EditionConfig.defaults().withParameters(Map.of("on-unhandled-element", "fail")));

    private static Path pdf;

    @BeforeAll
    static void print(@TempDir Path folder) throws Exception {
        pdf = folder.resolve("series-markup.pdf");
        EDITION.pdf(FIXTURE, pdf, PublishOptions.defaults());
    }

    @Test
    void everyPageIsItsSourcePage() throws Exception {
        PrintChecks.pagesMatch(EDITION, FIXTURE, pdf);
    }

    @Test
    void theWordsOfTheSeriesMarkupPrintOnTheirPages() throws Exception {
        Map<String, String> pages = PageTexts.byLabel(pdf);
        Map<String, List<String>> expected = Map.of(
                "42", List.of("p. s. i have not, of course, talked with borah"),
                "111", List.of("sworn and subscribed to before me", "[seal.] lewis penwell"),
                "176", List.of("[seal] given under my hand", "by the president:"),
                "624", List.of("lined out as follows—words—the substitutions", "underlined as—letters."),
                "625", List.of("excellency:", "the term three years four years now stands", "[seal] of the department, whose last word the copy",
                        "accept, excellency, the renewed assurances", "the contract was signed on may 10, 1934.",
                        "contract between the united states of america and brazil.",
                        "foreign relations, 1934, vol. iv, p. 624; the redraft marks each change in its rend."));
        expected.forEach((folio, words) -> words.forEach(w -> assertTrue(pages.get(folio).contains(w),
                "page " + folio + " prints \"" + w + "\": " + pages.get(folio))));
    }

    @Test
    void theWebAndTextFormsShowItToo(@TempDir Path folder) throws Exception {
        Path site = folder.resolve("html");
        EDITION.html(List.of(FIXTURE), site, PublishOptions.defaults());
        String letter = Files.readString(site.resolve("d697.html"), StandardCharsets.UTF_8);
        for (String html : List.of("<div class=\"opener\">", "<p class=\"salute\">", "<del>three years</del>",
                "<span class=\"seg seg-margin\">", "<div class=\"postscript\">", "<span class=\"bibl\">", "<code>@rend</code>")) {
            assertTrue(letter.contains(html), "d697.html has " + html);
        }
        String text = EDITION.text(FIXTURE, PublishOptions.defaults());
        for (String line : List.of("\nP. S. I have not, of course", "\n[seal.] Lewis Penwell,", "\nBy the President:",
                "follows—words—the", "\nExcellency:\n", "\nAccept, Excellency, the renewed assurances of my highest consideration.\n")) {
            assertTrue(text.contains(line), "the text form has " + line.strip());
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.teiedition.Edition;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.print.Overflow;
import org.teiedition.transform.SaxonSetup;
import org.teiedition.transform.Stylesheets;
import org.teiedition.verify.PaginationReport;

/**
 * The rules in {@code xslt/common} that every output must share (which notes are footnotes, which page
 * breaks open pages, the page a break opens, the unhandled-element policy): called in each compiled output
 * stylesheet, and seen in the outputs themselves, where print, web and text must agree.
 */
class SharedRulesTest {
    private static final String F = "https://tei-edition.org/ns/functions";
    private static final Path MEMORANDUM = Path.of("tei/memorandum.xml");
    private static final Stylesheets STYLESHEETS = new Stylesheets(SaxonSetup.newProcessor(), Map.of());

    /** A text with an inline source note, two footnotes, a note within a note, and a break inside a note. */
    private static final String TEI = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><div type="document">
            <pb n="1"/><note rend="inline" type="source">file 1</note><p>One<note n="1">First<note n="x">inner</note></note>
            two.</p><pb n="2"/><p>Three<note n="2">Second <pb n="9"/>goes on</note>.</p><pb n="3"/><p>Four.</p>
            </div></body></text></TEI>""";

    /** The text stylesheet shares the rule too: checked below through its output. */
    @ParameterizedTest
    @EnumSource(value = Stylesheets.Output.class, names = {"FO", "HTML", "EPUB"})
    void everyOutputSharesTheFootnoteRule(Stylesheets.Output output) throws Exception {
        XdmNode tei = parse(TEI);
        Xslt30Transformer run = STYLESHEETS.get(output).load30();
        XdmValue notes = tei.select(net.sf.saxon.s9api.streams.Steps.descendant("http://www.tei-c.org/ns/1.0", "note")).asXdmValue();
        List<Boolean> footnote = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            footnote.add(Boolean.parseBoolean(run.callFunction(new QName(F, "is-footnote"), new XdmValue[] {notes.itemAt(i)}).toString()));
        }
        assertEquals(List.of(false, true, false, true), footnote, "source note, note 1, the note within it, note 2");
    }

    @ParameterizedTest
    @EnumSource(value = Stylesheets.Output.class, names = {"FO", "HTML", "EPUB"})
    void aBreakInsideANoteOpensNoPageAndBelongsToItsNotesPage(Stylesheets.Output output) throws Exception {
        XdmNode tei = parse(TEI);
        Xslt30Transformer run = STYLESHEETS.get(output).load30();
        XdmValue breaks = run.callFunction(new QName(F, "page-breaks"), new XdmValue[] {tei});
        assertEquals(3, breaks.size(), "pages 1, 2, 3: the break inside note 2 is not a page");
        XdmValue all = tei.select(net.sf.saxon.s9api.streams.Steps.descendant("http://www.tei-c.org/ns/1.0", "pb")).asXdmValue();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            pages.add(run.callFunction(new QName(F, "page-number"), new XdmValue[] {all.itemAt(i)}).toString());
        }
        assertEquals(List.of("1", "2", "2", "3"), pages, "the break inside note 2 is on page 2");
    }

    @Test
    void printWebAndTextAgreeOnPagesAndFootnotes(@TempDir Path dir) throws Exception {
        Edition edition = Edition.create();
        Path out = dir.resolve("out");
        PaginationReport print = edition.publish(List.of(MEMORANDUM), out, org.teiedition.publish.PublishOptions.defaults())
                .documents().get(0).pagination();
        assertTrue(print.matches(), print.toString());

        String page = Files.readString(out.resolve("html/index.html"));
        // every page marker of the web edition links to the PDF page whose label is its folio
        // a marker: <span class="pb" id="page-523" …><a href="NAME.pdf#page=2">[Page 523]</a></span>
        Matcher marker = Pattern.compile("id=\"page-([^\"]+)\"[^>]*>\\s*<a [^>]*href=\"[^\"#]*#page=(\\d+)\"[^>]*>\\[Page ").matcher(page);
        int markers = 0;
        while (marker.find()) {
            String folio = marker.group(1);
            PaginationReport.PageCheck check = print.pages().stream().filter(p -> p.folio().equals(folio)).findFirst().orElseThrow();
            assertEquals(check.pdfIndex(), Integer.parseInt(marker.group(2)), "page " + folio);
            markers++;
        }
        assertEquals(print.pages().size(), markers, "a marker for every page");

        List<String> printNotes = print.pages().stream().flatMap(p -> p.notes().stream()).toList();
        long textNotes = edition.text(MEMORANDUM).lines().filter(line -> line.startsWith("- ")).count();
        assertEquals(printNotes.size(), textNotes, "the text form has a line per footnote the PDF sets: " + printNotes);
        for (String note : printNotes) {
            assertTrue(page.contains("id=\"note-" + note + "\"") || page.contains("id=\"fn-" + note + "\"")
                    || page.contains("id=\"pop-" + note + "\""), "the web edition has note " + note);
        }
    }

    @Test
    void theUnhandledElementPolicyIsCheckedAndNamesTheElementInEveryOutput(@TempDir Path dir) throws Exception {
        Path odd = dir.resolve("odd.xml");
        Files.writeString(odd, Files.readString(MEMORANDUM).replace("<p>The Ambassador said", "<p><mystery>The</mystery> Ambassador said"));
        Edition failing = new Edition(org.teiedition.config.EditionConfig.defaults().withParameters(Map.of("on-unhandled-element", "fail")));
        var read = failing.read(odd, org.teiedition.validate.ValidationMode.WARN);
        int line = lineOf(odd, "<mystery>");
        InputException print = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> failing.pdf(read, dir.resolve("odd.pdf"), Overflow.FAIL));
        InputException web = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> failing.htmlOf(List.of(read), dir.resolve("html")));
        for (InputException e : List.of(print, web)) {
            Diagnostic last = e.diagnostics().get(e.diagnostics().size() - 1);
            assertEquals("xslt.unhandled-element", last.code(), last.toString());
            assertEquals(line, last.line(), last.toString());
        }
        var wrong = org.teiedition.config.EditionConfig.defaults().withParameters(Map.of("on-unhandled-element", "ignore"));
        var value = org.junit.jupiter.api.Assertions.assertThrows(org.teiedition.diag.UsageException.class, () -> new Edition(wrong));
        assertEquals("on-unhandled-element is one of render, warn, fail, not \"ignore\"", value.reason());
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static XdmNode parse(String xml) throws Exception {
        return STYLESHEETS.processor().newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
    }
}

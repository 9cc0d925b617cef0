// SPDX-License-Identifier: Apache-2.0
package org.teiedition.common;

import org.teiedition.validate.ValidationMode;
import org.teiedition.publish.PublishOptions;
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
import net.sf.saxon.s9api.XdmItem;
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
 * The rules in {@code xslt/common} that every output must share (which notes are footnotes and their
 * labels, which reading of a choice prints, which page breaks open pages, the page a break opens, the
 * unhandled-element policy): called in each compiled output stylesheet, and seen in the outputs themselves,
 * where print, web, EPUB and text must agree.
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

    /** Footnotes without their printed number, a source note, a note within a note and a note set in the line. */
    private static final String UNNUMBERED = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><div type="document">
            <pb n="1"/><note rend="inline" type="source">file 1</note><p>One<note>First<note>inner</note></note>
            two <note place="inline">(in the line)</note>.</p><pb n="2"/><p>Three<note>Second</note>.</p>
            </div></body></text></TEI>""";

    @ParameterizedTest
    @EnumSource(Stylesheets.Output.class)
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
    @EnumSource(Stylesheets.Output.class)
    void everyOutputLabelsAFootnoteWithoutANumberByItsPlace(Stylesheets.Output output) throws Exception {
        Xslt30Transformer run = STYLESHEETS.get(output).load30();
        List<String> labels = new ArrayList<>();
        for (XdmItem note : run.callFunction(new QName(F, "footnotes"), new XdmValue[] {parse(UNNUMBERED)})) {
            labels.add(run.callFunction(new QName(F, "note-label"), new XdmValue[] {note}).toString());
        }
        assertEquals(List.of("1", "2"), labels);
    }

    @ParameterizedTest
    @EnumSource(Stylesheets.Output.class)
    void everyOutputReadsAChoiceAsTheSourcePrintedIt(Stylesheets.Output output) throws Exception {
        XdmNode tei = parse("""
                <p xmlns="http://www.tei-c.org/ns/1.0"><choice><corr>organization</corr><sic>organizaton</sic></choice>
                <choice><reg>Mister</reg><orig>Mr.</orig></choice><choice><expan>Doctor</expan><abbr>Dr.</abbr></choice>
                <choice><corr>only one</corr></choice></p>""");
        Xslt30Transformer run = STYLESHEETS.get(output).load30();
        List<String> readings = new ArrayList<>();
        for (XdmNode choice : tei.select(net.sf.saxon.s9api.streams.Steps.descendant("http://www.tei-c.org/ns/1.0", "choice")).toList()) {
            readings.add(run.callFunction(new QName(F, "reading"), new XdmValue[] {choice}).itemAt(0).getStringValue());
        }
        assertEquals(List.of("organizaton", "Mr.", "Dr.", "only one"), readings);
    }

    /** Print and web read one vocabulary of hi/@rend, whatever spelling the encoding used, and drop the same space between blocks. */
    @ParameterizedTest
    @EnumSource(value = Stylesheets.Output.class, names = {"FO", "HTML", "EPUB"})
    void printAndWebShareTheRendVocabularyAndTheSpaceBetweenBlocks(Stylesheets.Output output) throws Exception {
        XdmNode tei = parse("""
                <p xmlns="http://www.tei-c.org/ns/1.0"><hi rend="i sc">a</hi><hi rend="b strong sup">b</hi><hi rend="italic x-odd">c</hi>\
                <lg> <l>d</l> </lg><titlePage> <docTitle>e</docTitle></titlePage> <hi rend="sub">f</hi></p>""");
        Xslt30Transformer run = STYLESHEETS.get(output).load30();
        List<String> rends = new ArrayList<>();
        for (XdmNode hi : tei.select(net.sf.saxon.s9api.streams.Steps.descendant("http://www.tei-c.org/ns/1.0", "hi")).toList()) {
            rends.add(String.join(" ", run.callFunction(new QName(F, "rend"), new XdmValue[] {hi}).stream().map(XdmItem::getStringValue).toList()));
        }
        assertEquals(List.of("italic smallcaps", "bold superscript", "italic x-odd", "subscript"), rends);
        List<Boolean> spaces = new ArrayList<>();
        for (XdmItem text : STYLESHEETS.processor().newXPathCompiler().evaluate("//text()[not(normalize-space())]", tei)) {
            spaces.add(Boolean.parseBoolean(run.callFunction(new QName(F, "is-block-space"), new XdmValue[] {text}).toString()));
        }
        assertEquals(List.of(true, true, true, false), spaces, "in the lg (twice), in the title page, between two phrases");
    }

    /** The schema asks a number of exactly the notes every output sets as footnotes. */
    @Test
    void theSchemaAsksANumberOfTheFootnotesEveryOutputSets(@TempDir Path dir) throws Exception {
        Path tei = dir.resolve("unnumbered.xml");
        // and, with no number either, a note within a footnote and a note set in the line: no footnotes
        Files.writeString(tei, unnumberedMemorandum().replace("Second note, without its number.", "Second note<note>within it</note>.")
                .replace("called to see me", "called <note place=\"inline\">(in the line)</note> to see me"));
        List<Integer> asked = new org.teiedition.validate.Validator(SaxonSetup.newProcessor(), java.util.Optional.empty()).validate(tei)
                .diagnostics().stream().filter(d -> d.code().endsWith("note-without-n")).map(Diagnostic::line).toList();
        assertEquals(List.of(lineOf(tei, "<note xml:id=\"d1fn65\">"), lineOf(tei, "<note>Second")), asked);
    }

    /** Footnotes without @n, in all four outputs: each labelled by its place among the document's footnotes. */
    @Test
    void printWebEpubAndTextLabelFootnotesWithoutANumberAlike(@TempDir Path dir) throws Exception {
        Path tei = dir.resolve("unnumbered.xml");
        Files.writeString(tei, unnumberedMemorandum());
        Edition edition = Edition.create();
        Path out = dir.resolve("out");
        var options = new org.teiedition.publish.PublishOptions(org.teiedition.validate.ValidationMode.WARN, Overflow.FAIL);
        PaginationReport print = edition.publish(List.of(tei), out, options).documents().get(0).pagination();
        assertTrue(print.matches(), print.toString());
        assertEquals(List.of("1", "2"), print.pages().stream().flatMap(p -> p.notes().stream()).toList(), "print");

        String web = Files.readString(out.resolve("html/index.html"));
        assertEquals(List.of("1", "2"), all(web, "<span class=\"note-number\">([^<]*)</span>"), "web");

        String epub = epubEntries(out.resolve("unnumbered.epub"));
        assertEquals(List.of("1", "2"), all(epub, "class=\"note-call\"[^>]*>([^<]*)</a>"), "EPUB calls");
        assertEquals(List.of("1", "2"), all(epub, "role=\"doc-backlink\" class=\"note-number\">([^<]*)</a>"), "EPUB notes");

        String text = edition.text(tei, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        assertTrue(text.contains("until 19391 was non-existent") && text.contains("Moscow2 where"), "text calls: " + text);
        assertEquals(2, text.lines().filter(line -> line.startsWith("- ")).count(), "text notes");
        // the reading the source printed, in every output
        assertTrue(text.contains("organizaton was conceivable"), "text reading");
        assertTrue(web.contains("<span class=\"sic\">organizaton</span>"), "web reading");
    }

    /** The memorandum with its footnote's number taken away and a second footnote, also without one. */
    private static String unnumberedMemorandum() throws Exception {
        return Files.readString(MEMORANDUM).replace("<note n=\"65\" xml:id=\"d1fn65\">", "<note xml:id=\"d1fn65\">")
                .replace("</placeName> where he intended", "</placeName><note>Second note, without its number.</note> where he intended");
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The content documents of an EPUB, one after the other. */
    private static String epubEntries(Path epub) throws Exception {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(epub.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml") && !entry.getName().endsWith("nav.xhtml")) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
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
        long textNotes = edition.text(MEMORANDUM, PublishOptions.defaults()).lines().filter(line -> line.startsWith("- ")).count();
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
        var warn = new PublishOptions(org.teiedition.validate.ValidationMode.WARN, Overflow.FAIL);
        int line = lineOf(odd, "<mystery>");
        InputException print = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> failing.pdf(odd, dir.resolve("odd.pdf"), warn));
        InputException web = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> failing.html(List.of(odd), dir.resolve("html"), warn));
        InputException epub = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> failing.epub(odd, dir.resolve("odd.epub"), warn));
        for (InputException e : List.of(print, web, epub)) {
            Diagnostic last = e.diagnostics().get(e.diagnostics().size() - 1);
            assertEquals("xslt.unhandled-element", last.code(), last.toString());
            assertEquals(line, last.line(), last.toString());
        }
        var wrong = org.teiedition.config.EditionConfig.defaults().withParameters(Map.of("on-unhandled-element", "ignore"));
        var value = org.junit.jupiter.api.Assertions.assertThrows(org.teiedition.diag.UsageException.class, () -> new Edition(wrong));
        assertEquals("on-unhandled-element is one of render, warn, fail, not \"ignore\"", value.reason());
    }

    /** Every error a stylesheet raises has its code in the registry, and the registry names none that no stylesheet raises. */
    @Test
    void everyErrorAStylesheetRaisesIsInTheRegistry() throws Exception {
        java.util.Set<String> registered = new java.util.TreeSet<>(all(Files.readString(Path.of("xslt/common/errors.xsl")), "\\n\\s*'([a-z-]+)': '"));
        java.util.Set<String> raised = new java.util.TreeSet<>();
        List<String> raw = new ArrayList<>();
        try (var files = Files.walk(Path.of("xslt"))) {
            for (Path xsl : files.filter(f -> f.toString().endsWith(".xsl")).toList()) {
                String text = Files.readString(xsl);
                raised.addAll(all(text, "f:error\\('([^']*)'"));
                raised.addAll(all(text, "error-code=\"err:([^\"]*)\""));
                if (!xsl.endsWith(Path.of("common/errors.xsl"))) {
                    all(text, "(?<![:\\w-])(error\\([^)]{0,40})").forEach(call -> raw.add(xsl + ": " + call));
                }
            }
        }
        assertEquals(registered, raised, "the codes registered and the codes raised");
        assertEquals(List.of(), raw, "errors raised past the registry");
        var unregistered = org.junit.jupiter.api.Assertions.assertThrows(net.sf.saxon.s9api.SaxonApiException.class,
                () -> STYLESHEETS.get(Stylesheets.Output.TEXT).load30().callFunction(new QName(F, "error"),
                        new XdmValue[] {new net.sf.saxon.s9api.XdmAtomicValue("nonsense"), new net.sf.saxon.s9api.XdmAtomicValue("x"), net.sf.saxon.s9api.XdmEmptySequence.getInstance()}));
        assertEquals("unregistered", unregistered.getErrorCode().getLocalName());
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

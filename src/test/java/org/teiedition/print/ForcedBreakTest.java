// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.transform.SaxonSetup;
import org.teiedition.transform.Stylesheets;
import org.teiedition.transform.TeiLoader;
import org.teiedition.transform.XsltRun;

/**
 * Lines at a break. A line that ends at a forced break (lb, as in a treaty's list of crimes) is set like a
 * paragraph's last line, flush left, also in a paragraph that runs on to the next page, whose last line on
 * the page is justified: only the text after the page's last lb is set so. A list item continued from the
 * page before starts at its text's indent, not out at its number's.
 */
class ForcedBreakTest {
    @Test
    void aListItemContinuedFromThePageBeforeStartsAtItsTextsIndent(@TempDir Path dir) throws Exception {
        String memorandum = Files.readString(Path.of("tei/memorandum.xml"));
        int start = memorandum.indexOf("<p><persName ref=\"#litvinov\">Mr. Litvinov</persName> then went on");
        int end = memorandum.indexOf("</p>", start) + 4;
        String item = memorandum.substring(start + 3, end - 4);
        XdmNode fo = fo(dir, memorandum.substring(0, start) + "<list><item>1. " + item + "</item></list>" + memorandum.substring(end));
        XPathCompiler xpath = xpath(fo);
        assertEquals("-1em 0em", xpath.evaluate("string-join(//fo:block[starts-with(normalize-space(), '1. Mr. Litvinov') "
                + "or starts-with(normalize-space(), 'that kind of understanding')][@start-indent]/@text-indent, ' ')", fo).toString(),
                "hanging on the page it starts, at the text's indent on the page it continues");
    }

    @Test
    void onlyThePagesLastLineOfARunningOnParagraphIsJustified(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("tei/memorandum.xml")).replace("He said that the way things were now going,",
                "He said:<lb/>11. Forgery or the utterance of forged papers.<lb/>12. The way things were now going,");
        XdmNode result = fo(dir, text);
        XPathCompiler xpath = xpath(result);
        String cut = "//fo:block[contains(., 'Forgery or the utterance')][not(.//fo:block[contains(., 'Forgery or the utterance')])]";
        assertEquals("", xpath.evaluate("string(" + cut + "/@text-align-last)", result).toString(),
                "the lines before the page's last forced break end as a paragraph's last line does");
        assertEquals("justify", xpath.evaluate("string(" + cut + "/fo:block[last()]/@text-align-last)", result).toString());
        assertEquals("true", xpath.evaluate("starts-with(normalize-space(" + cut + "/fo:block[last()]), '12. The way things')", result).toString());
    }

    /** The print stylesheet's FO of a variant of the memorandum. */
    static XdmNode fo(Path dir, String text) throws Exception {
        Path tei = Files.writeString(dir.resolve("variant.xml"), text);
        Processor processor = SaxonSetup.newProcessor();
        XdmNode source = new TeiLoader(processor).load(tei);
        XsltRun run = new XsltRun(new Stylesheets(processor, Map.of()), Stylesheets.Output.FO, source, Map.of());
        XdmDestination fo = new XdmDestination();
        run.transformer().applyTemplates(source, fo);
        return fo.getXdmNode();
    }

    static XPathCompiler xpath(XdmNode node) {
        XPathCompiler xpath = node.getProcessor().newXPathCompiler();
        xpath.declareNamespace("fo", "http://www.w3.org/1999/XSL/Format");
        return xpath;
    }
}

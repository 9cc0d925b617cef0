// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.streams.Steps;
import org.teiedition.diag.InputException;

/**
 * A TEI document's pages as {@code xslt/common} defines them: which page breaks open a page, which notes
 * are footnotes, the label each footnote is printed with, which reading of each {@code choice} prints, and which
 * heads are short titles that the text does not print. Java code that must agree with the outputs (the PDF's
 * verifier, the EPUB's) asks the compiled print stylesheet, run as every output runs it ({@link XsltRun}, with the
 * edition's parameters), so that there is one definition of each rule.
 *
 * @param pageBreaks     the {@code pb} elements that open a page
 * @param footnoteLabels each footnote with its printed label
 * @param crossReferences each cross-reference ({@code ptr}) with the words print completes it with ("p. 12")
 * @param readings       each {@code choice} with the reading the source printed (none for an empty choice)
 * @param shortHeads     the heads that give a title's short form for running heads, not printed in the text
 */
public record PageModel(Set<XdmNode> pageBreaks, Map<XdmNode, String> footnoteLabels, Map<XdmNode, String> crossReferences,
        Map<XdmNode, XdmNode> readings, Set<XdmNode> shortHeads) {
    private static final String F = "https://tei-edition.org/ns/functions";
    private static final String EF = "https://tei-edition.org/ns/fo";
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    /** The model of {@code document} as print sets it with the edition's {@code parameters}. */
    public static PageModel of(Stylesheets stylesheets, Map<String, String> parameters, XdmNode document) throws InputException {
        XsltRun run = new XsltRun(stylesheets, Stylesheets.Output.FO, document, parameters);
        try {
            // the rules read the text being printed as the stylesheet's global context
            Xslt30Transformer rules = run.transformer();
            Set<XdmNode> breaks = new HashSet<>();
            for (XdmItem pb : rules.callFunction(new QName(F, "page-breaks"), new XdmValue[] {document})) {
                breaks.add((XdmNode) pb);
            }
            Map<XdmNode, String> labels = new HashMap<>();
            for (XdmItem note : rules.callFunction(new QName(F, "footnotes"), new XdmValue[] {document})) {
                labels.put((XdmNode) note, rules.callFunction(new QName(F, "note-label"), new XdmValue[] {note}).toString());
            }
            Map<XdmNode, String> references = new HashMap<>();
            for (XdmNode ptr : document.select(Steps.descendant(TEI, "ptr")).toList()) {
                references.put(ptr, rules.callFunction(new QName(F, "cross-reference"), new XdmValue[] {ptr}).toString());
            }
            Map<XdmNode, XdmNode> readings = new HashMap<>();
            for (XdmNode choice : document.select(Steps.descendant(TEI, "choice")).toList()) {
                XdmValue reading = rules.callFunction(new QName(F, "reading"), new XdmValue[] {choice});
                if (!reading.isEmpty()) {
                    readings.put(choice, (XdmNode) reading.itemAt(0));
                }
            }
            Set<XdmNode> shortHeads = new HashSet<>();
            for (XdmNode head : document.select(Steps.descendant(TEI, "head").where(head -> head.attribute("type") != null)).toList()) {
                if (((XdmAtomicValue) rules.callFunction(new QName(EF, "is-short-head"), new XdmValue[] {head})).getBooleanValue()) {
                    shortHeads.add(head);
                }
            }
            return new PageModel(Set.copyOf(breaks), Map.copyOf(labels), Map.copyOf(references), Map.copyOf(readings), Set.copyOf(shortHeads));
        } catch (SaxonApiException e) {
            throw run.failure(e, "the page model cannot be read");
        }
    }
}

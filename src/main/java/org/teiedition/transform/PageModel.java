// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/**
 * A TEI document's pages as {@code xslt/common} defines them: which page breaks open a page, which notes
 * are footnotes, and the label each footnote is printed with. Java code that must agree with the outputs
 * (the PDF's verifier) asks the compiled print stylesheet, so that there is one definition of each rule.
 *
 * @param pageBreaks     the {@code pb} elements that open a page
 * @param footnoteLabels each footnote with its printed label
 * @param crossReferences each cross-reference ({@code ptr}) with the words print completes it with ("p. 12")
 */
public record PageModel(Set<XdmNode> pageBreaks, Map<XdmNode, String> footnoteLabels, Map<XdmNode, String> crossReferences) {
    private static final String F = "https://tei-edition.org/ns/functions";

    public static PageModel of(Stylesheets stylesheets, XdmNode document) throws InputException {
        Xslt30Transformer rules = stylesheets.get(Stylesheets.Output.FO).load30();
        try {
            // the rules read the text being printed as the stylesheet's global context
            rules.setGlobalContextItem(document);
            Set<XdmNode> breaks = new HashSet<>();
            for (XdmItem pb : rules.callFunction(new QName(F, "page-breaks"), new XdmValue[] {document})) {
                breaks.add((XdmNode) pb);
            }
            Map<XdmNode, String> labels = new HashMap<>();
            for (XdmItem note : rules.callFunction(new QName(F, "footnotes"), new XdmValue[] {document})) {
                labels.put((XdmNode) note, rules.callFunction(new QName(F, "note-label"), new XdmValue[] {note}).toString());
            }
            Map<XdmNode, String> references = new HashMap<>();
            for (XdmNode ptr : document.select(net.sf.saxon.s9api.streams.Steps.descendant("http://www.tei-c.org/ns/1.0", "ptr")).toList()) {
                references.put(ptr, rules.callFunction(new QName(F, "cross-reference"), new XdmValue[] {ptr}).toString());
            }
            return new PageModel(Set.copyOf(breaks), Map.copyOf(labels), Map.copyOf(references));
        } catch (SaxonApiException e) {
            throw new InputException(Diagnostic.error("xslt.page-model", "the page model cannot be read: " + e.getMessage(),
                    document.getDocumentURI() == null ? "" : document.getDocumentURI().toString(), 0, 0));
        }
    }
}

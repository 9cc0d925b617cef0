// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teiedition.transform.PageModel;

/**
 * The running text of a TEI document as the print edition prints it, walked in order: footnotes and what
 * print leaves out aside, a {@code choice} read as the source printed it, the page breaks, footnotes and short
 * titles the page model names (it names the reading of each {@code choice} too). The
 * pages the PDF must have ({@link SourcePages}) and the places where a first print's pages begin
 * ({@link PageStarts}) are both read through this walk.
 */
final class PrintedText {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** Elements whose edges separate words (blocks in print). */
    private static final Set<String> BLOCKS = Set.of("div", "p", "ab", "head", "note", "closer", "opener", "signed",
            "dateline", "salute", "list", "item", "label", "table", "row", "cell", "lg", "l", "lb", "titlePage",
            "docTitle", "titlePart", "byline", "docImprint", "docDate", "trailer", "postscript", "quote", "front",
            "body", "back", "attachment", "figure", "epigraph", "argument", "floatingText");
    /**
     * Elements the print edition does not print ({@code del} it prints, struck through, as the source shows it; a
     * {@code corr} or {@code reg} outside a {@code choice} is the text, and prints).
     */
    private static final Set<String> SKIPPED = Set.of("teiHeader", "figDesc", "graphic", "index", "fw", "facsimile", "sourceDoc");

    /** What the walk meets, in document order. */
    interface Reader {
        /** Printed text: {@code text} is the string value of the text node {@code node}. */
        void text(XdmNode node, String text);

        /** The edge of a block: words on either side are apart. */
        void edge();

        /** A page break that opens a page. */
        void pageBreak(XdmNode pb);

        /** A footnote, printed at the foot of its call's page with this label. */
        void footnote(XdmNode note, String label);

        /** The words print completes a cross-reference with ("p. 12"): text of the page, though not of the TEI. */
        default void crossReference(XdmNode ptr, String words) {
        }

        /** Where the print edition sets an apparatus it makes (a divGen: contents, list of documents, index). */
        default void apparatus(XdmNode divGen) {
        }
    }

    private final PageModel model;
    private final Reader reader;

    private PrintedText(PageModel model, Reader reader) {
        this.model = model;
        this.reader = reader;
    }

    static void walk(XdmNode tei, PageModel model, Reader reader) {
        new PrintedText(model, reader).visit(tei);
    }

    private void visit(XdmNode node) {
        if (node.getNodeKind() == XdmNodeKind.TEXT) {
            reader.text(node, node.getStringValue());
            return;
        }
        if (node.getNodeKind() == XdmNodeKind.DOCUMENT) {
            node.children().forEach(this::visit);
            return;
        }
        if (node.getNodeKind() != XdmNodeKind.ELEMENT) {
            return;
        }
        String name = node.getNodeName().getLocalName();
        boolean tei = TEI.equals(node.getNodeName().getNamespace());
        if (tei && SKIPPED.contains(name)) {
            return;
        }
        if (tei && name.equals("head") && model.shortHeads().contains(node)) {
            return;
        }
        if (tei && name.equals("pb")) {
            if (model.pageBreaks().contains(node)) {
                reader.pageBreak(node);
            }
            return;
        }
        if (tei && name.equals("note") && model.footnoteLabels().containsKey(node)) {
            reader.footnote(node, model.footnoteLabels().get(node));
            return;
        }
        if (tei && name.equals("ptr")) {
            String words = model.crossReferences().getOrDefault(node, "");
            if (!words.isEmpty()) {
                reader.crossReference(node, words);
            }
            return;
        }
        if (tei && name.equals("divGen")) {
            reader.apparatus(node);
            return;
        }
        if (tei && name.equals("choice")) {
            XdmNode reading = model.readings().get(node);
            if (reading != null) {
                reading.children().forEach(this::visit);
            }
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (block) {
            reader.edge();
        }
        node.children().forEach(this::visit);
        if (block) {
            reader.edge();
        }
    }
}

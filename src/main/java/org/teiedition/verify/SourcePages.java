// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teiedition.transform.PageModel;

/**
 * The pages the TEI says the PDF must have: the text split at every page break (not those inside
 * notes), with footnotes and the editor's readings ({@code corr}, {@code reg}, {@code expan}) left out,
 * as the print edition prints it.
 */
final class SourcePages {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** Elements whose edges separate words (blocks in print). */
    private static final Set<String> BLOCKS = Set.of("div", "p", "ab", "head", "note", "closer", "opener", "signed",
            "dateline", "salute", "list", "item", "label", "table", "row", "cell", "lg", "l", "lb", "titlePage",
            "docTitle", "titlePart", "byline", "docImprint", "docDate", "trailer", "postscript", "quote", "front",
            "body", "back", "attachment", "figure", "epigraph", "argument", "floatingText");
    /** Elements the print edition does not print. */
    private static final Set<String> SKIPPED = Set.of("teiHeader", "corr", "reg", "expan", "del", "figDesc", "graphic",
            "index", "fw", "facsimile", "sourceDoc");

    /** Types of {@code head} that give a title's short form for running heads (xslt/fo's short-head-types). */
    private static final Set<String> SHORT_HEADS = Set.of("running", "short");

    /**
     * @param folio {@code pb/@n}
     * @param line  the pb's line in the TEI
     * @param words the printed words of the page, in order
     * @param notes the labels of the page's footnotes
     */
    record SourcePage(String folio, int line, List<String> words, List<String> notes) {
    }

    private final List<SourcePage> pages = new ArrayList<>();
    private final PageModel model;
    private StringBuilder text = new StringBuilder();
    private List<String> notes = new ArrayList<>();
    private String folio;
    private int line;

    private SourcePages(PageModel model) {
        this.model = model;
    }

    /** The pages of a document, with page breaks and footnotes as {@code xslt/common} defines them. */
    static List<SourcePage> of(XdmNode tei, PageModel model) {
        SourcePages walk = new SourcePages(model);
        walk.visit(tei);
        if (walk.folio != null) {
            walk.close();
        }
        return walk.pages;
    }

    private void visit(XdmNode node) {
        if (node.getNodeKind() == XdmNodeKind.TEXT) {
            text.append(node.getStringValue());
            return;
        }
        if (node.getNodeKind() == XdmNodeKind.ELEMENT) {
            String name = node.getNodeName().getLocalName();
            boolean tei = TEI.equals(node.getNodeName().getNamespace());
            if (tei && SKIPPED.contains(name)) {
                return;
            }
            if (tei && name.equals("head") && SHORT_HEADS.contains(String.valueOf(node.attribute("type")))) {
                return;
            }
            if (tei && name.equals("pb")) {
                if (model.pageBreaks().contains(node)) {
                    pageBreak(node);
                }
                return;
            }
            if (tei && name.equals("note") && model.footnoteLabels().containsKey(node)) {
                notes.add(model.footnoteLabels().get(node));
                return;
            }
            if (tei && name.equals("choice")) {
                firstReading(node);
                return;
            }
            boolean block = BLOCKS.contains(name);
            if (block) {
                text.append(' ');
            }
            for (XdmNode child : node.children()) {
                visit(child);
            }
            if (block) {
                text.append(' ');
            }
            return;
        }
        if (node.getNodeKind() == XdmNodeKind.DOCUMENT) {
            for (XdmNode child : node.children()) {
                visit(child);
            }
        }
    }

    private void pageBreak(XdmNode pb) {
        if (folio != null) {
            close();
        } else {
            // text before the first break is printed on the first page
            notes = new ArrayList<>(notes);
        }
        String n = pb.attribute("n");
        folio = n == null ? "" : n.strip();
        line = Math.max(0, pb.getLineNumber());
    }

    private void close() {
        pages.add(new SourcePage(folio, line, PdfPages.words(text.toString()), List.copyOf(notes)));
        text = new StringBuilder();
        notes = new ArrayList<>();
    }

    private void firstReading(XdmNode choice) {
        for (String preferred : List.of("sic", "orig", "abbr")) {
            for (XdmNode child : choice.children()) {
                if (child.getNodeKind() == XdmNodeKind.ELEMENT && preferred.equals(child.getNodeName().getLocalName())) {
                    for (XdmNode grandchild : child.children()) {
                        visit(grandchild);
                    }
                    return;
                }
            }
        }
        for (XdmNode child : choice.children(n -> n.getNodeKind() == XdmNodeKind.ELEMENT)) {
            for (XdmNode grandchild : child.children()) {
                visit(grandchild);
            }
            return;
        }
    }
}

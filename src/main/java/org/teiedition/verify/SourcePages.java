// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.transform.PageModel;

/**
 * The pages the TEI says the PDF must have: the printed text ({@link PrintedText}) split at every page
 * break (not those inside notes).
 */
final class SourcePages implements PrintedText.Reader {
    /**
     * @param folio {@code pb/@n}
     * @param line  the pb's line in the TEI
     * @param words the printed words of the page, in order
     * @param notes the labels of the page's footnotes
     * @param apparatus whether the page opens an apparatus the edition makes, which runs on to the pages it takes
     */
    record SourcePage(String folio, int line, List<String> words, List<String> notes, boolean apparatus) {
    }

    private final List<SourcePage> pages = new ArrayList<>();
    private StringBuilder text = new StringBuilder();
    private List<String> notes = new ArrayList<>();
    private String folio;
    private int line;
    private boolean apparatus;

    private SourcePages() {
    }

    /** The pages of a document, with page breaks and footnotes as {@code xslt/common} defines them. */
    static List<SourcePage> of(XdmNode tei, PageModel model) {
        SourcePages walk = new SourcePages();
        PrintedText.walk(tei, model, walk);
        if (walk.folio != null) {
            walk.close();
        }
        return walk.pages;
    }

    @Override
    public void text(XdmNode node, String value) {
        text.append(value);
    }

    @Override
    public void crossReference(XdmNode ptr, String words) {
        text.append(words);
    }

    @Override
    public void edge() {
        text.append(' ');
    }

    @Override
    public void footnote(XdmNode note, String label) {
        notes.add(label);
    }

    @Override
    public void apparatus(XdmNode divGen) {
        apparatus = true;
    }

    @Override
    public void pageBreak(XdmNode pb) {
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
        pages.add(new SourcePage(folio, line, PdfPages.words(text.toString()), List.copyOf(notes), apparatus));
        text = new StringBuilder();
        notes = new ArrayList<>();
        apparatus = false;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * The source pages of a TEI text, as {@code xslt/common/pages.xsl} counts them: every {@code pb} of the
 * text that is not inside a note, in document order; page index {@code i} is the i-th of them.
 */
public final class PageBreaks {
    /** The same selection as f:page-breaks in xslt/common/pages.xsl. */
    public static final String XPATH = "/tei:TEI/tei:text//tei:pb[not(ancestor::tei:note)]";

    /**
     * @param index 1-based
     * @param folio {@code pb/@n} as written ("" when absent)
     * @param line  the pb's line in the TEI, 0 when unknown
     */
    public record Break(int index, String folio, int line, XdmNode node) {
    }

    private PageBreaks() {
    }

    /**
     * The label of a PDF page that a source page continues on when it fits one page at no allowed size (a
     * page break lost in encoding): the renderer labels such pages so and the verifier reads them back so.
     */
    public static String continuation(String folio) {
        return folio + " (continued)";
    }

    public static List<Break> of(XdmNode tei) {
        Processor processor = tei.getProcessor();
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        List<Break> breaks = new ArrayList<>();
        try {
            int index = 0;
            for (XdmItem item : xpath.evaluate(XPATH, tei)) {
                XdmNode pb = (XdmNode) item;
                String n = pb.attribute("n");
                breaks.add(new Break(++index, n == null ? "" : n.strip(), Math.max(0, pb.getLineNumber()), pb));
            }
        } catch (SaxonApiException e) {
            throw new IllegalStateException("page break selection failed: " + e.getMessage(), e);
        }
        return breaks;
    }
}

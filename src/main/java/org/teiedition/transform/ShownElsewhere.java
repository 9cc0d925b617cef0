// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.teiedition.diag.InputException;

/**
 * The TEI elements whose words a file of one document shows of the other documents, as the output's own
 * stylesheet declares them ({@code f:shown-elsewhere}, {@code xslt/common/shown.xsl}): what the edition's frame
 * keeps of the documents' running text when a file of a single document is kept between renderings. Asked of
 * the stylesheet, so that a template that shows more and declares it there is heeded at once.
 */
public final class ShownElsewhere {
    private static final QName FUNCTION = new QName("https://tei-edition.org/ns/functions", "shown-elsewhere");

    private ShownElsewhere() {
    }

    /** The elements' local names, read from {@code output}'s stylesheet run as every output runs it, over {@code document}. */
    public static Set<String> of(Stylesheets stylesheets, Stylesheets.Output output, XdmNode document) throws InputException {
        XsltRun run = new XsltRun(stylesheets, output, document, Map.of());
        try {
            Set<String> names = new TreeSet<>();
            for (XdmItem name : run.transformer().callFunction(FUNCTION, new XdmValue[0])) {
                names.add(name.getStringValue());
            }
            return Set.copyOf(names);
        } catch (SaxonApiException e) {
            throw run.failure(e, "the elements shown elsewhere cannot be read");
        }
    }
}

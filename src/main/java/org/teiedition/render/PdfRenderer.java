// SPDX-License-Identifier: Apache-2.0
package org.teiedition.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.Overflow;
import org.teiedition.diag.InputException;
import org.teiedition.transform.Stylesheets;

/** TEI to XSL-FO (xslt/fo) to PDF (FOP), streamed, one page sequence per source page. */
public final class PdfRenderer {
    private final Stylesheets stylesheets;
    private final Map<String, String> parameters;

    public PdfRenderer(Stylesheets stylesheets, Map<String, String> parameters) {
        this.stylesheets = stylesheets;
        this.parameters = parameters;
    }

    public PdfResult render(XdmNode tei, OutputStream out, Overflow overflow) throws InputException, IOException {
        throw new UnsupportedOperationException("pdf: issue 4");
    }
}

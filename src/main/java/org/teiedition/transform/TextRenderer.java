// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import java.io.StringWriter;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/** Renders TEI back to the transcription form with {@code xslt/text/}. */
public final class TextRenderer {
    private final Stylesheets stylesheets;

    public TextRenderer(Stylesheets stylesheets) {
        this.stylesheets = stylesheets;
    }

    public String render(XdmNode tei) throws InputException {
        Xslt30Transformer transformer = stylesheets.transformerFor(Stylesheets.Output.TEXT, tei);
        StringWriter out = new StringWriter();
        Serializer serializer = stylesheets.processor().newSerializer(out);
        try {
            transformer.applyTemplates(tei, serializer);
        } catch (SaxonApiException e) {
            throw new InputException(Diagnostic.error("text.failed", e.getMessage(),
                    tei.getDocumentURI() == null ? "" : tei.getDocumentURI().toString(), 0, 0));
        }
        return out.toString();
    }
}

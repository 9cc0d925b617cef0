// SPDX-License-Identifier: Apache-2.0
package org.teiedition.text;

import java.io.StringWriter;
import java.util.Map;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.diag.InputException;
import org.teiedition.transform.Stylesheets;
import org.teiedition.transform.XsltRun;

/** Renders TEI back to the transcription form with {@code xslt/text/}. */
public final class TextRenderer {
    private final Stylesheets stylesheets;

    public TextRenderer(Stylesheets stylesheets) {
        this.stylesheets = stylesheets;
    }

    public String render(XdmNode tei) throws InputException {
        XsltRun run = new XsltRun(stylesheets, Stylesheets.Output.TEXT, tei, Map.of());
        StringWriter out = new StringWriter();
        try {
            run.transformer().applyTemplates(tei, stylesheets.processor().newSerializer(out));
        } catch (SaxonApiException e) {
            throw run.failure(e, "the text cannot be made");
        }
        return out.toString();
    }
}

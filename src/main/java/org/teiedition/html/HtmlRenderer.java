// SPDX-License-Identifier: Apache-2.0
package org.teiedition.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.diag.InputException;
import org.teiedition.transform.Stylesheets;

/** TEI to the static web edition (xslt/html), written into a folder with its assets. */
public final class HtmlRenderer {
    private final Stylesheets stylesheets;
    private final Map<String, String> parameters;

    public HtmlRenderer(Stylesheets stylesheets, Map<String, String> parameters) {
        this.stylesheets = stylesheets;
        this.parameters = parameters;
    }

    /**
     * @param documents the TEI documents of the edition
     * @param folder    an empty folder to fill: {@code index.html} and assets
     */
    public void render(List<XdmNode> documents, Path folder) throws InputException, IOException {
        throw new UnsupportedOperationException("html: issue 5");
    }
}

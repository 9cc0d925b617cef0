// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.teiedition.publish.Selection;

/**
 * Validates the TEI files, then writes the page-faithful PDF of each, {@code NAME.pdf}, into the output folder.
 * A PDF whose inputs (TEI, print stylesheet and its imports, fonts, parameters, options, toolkit) are unchanged is
 * not made again; one made again lays out only the pages whose layout inputs changed, taking the others from
 * the pages its last build kept in its store beside the output folder ({@code .tei-edition-cache/}).
 *
 * @since 0.1.0
 */
@Mojo(name = "pdf", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class PdfMojo extends AbstractRenderMojo {
    @Override
    Selection selection() {
        return Selection.PDF;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.teiedition.publish.Selection;

/**
 * Validates the TEI files, then writes the static web edition of all of them into {@code html/} in the output
 * folder, unless its inputs (every TEI file, web stylesheet and its imports, fonts, parameters, toolkit) are unchanged.
 *
 * @since 0.1.0
 */
@Mojo(name = "html", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class HtmlMojo extends AbstractRenderMojo {
    @Override
    Selection selection() {
        return Selection.HTML;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.teiedition.publish.Selection;

/**
 * Validates the TEI files, then writes the EPUB 3 of each, {@code NAME.epub}, into the output folder: the text
 * with the printed page numbers (page markers and a page-list), checked with EPUBCheck; an EPUBCheck error fails
 * the build. An EPUB whose inputs are unchanged is not made again.
 *
 * @since 0.1.0
 */
@Mojo(name = "epub", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class EpubMojo extends AbstractRenderMojo {
    @Override
    Selection selection() {
        return Selection.EPUB;
    }
}

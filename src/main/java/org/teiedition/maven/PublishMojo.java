// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.teiedition.publish.Selection;

/**
 * Publishes the edition: validates the TEI files, then writes per document the validated TEI and the
 * page-faithful PDF, verified against the TEI, then the web edition and {@code report.json}. Only what depends on a
 * changed input is made again.
 *
 * @since 0.1.0
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class PublishMojo extends AbstractRenderMojo {
    @Override
    Selection selection() {
        return Selection.EDITION;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.teiedition.publish.Selection;

/**
 * Validates the edition's TEI files against the schema (RELAX NG and Schematron). Invalid TEI fails the build
 * with every problem as {@code file:line:column: error: message}. A document unchanged since it last passed, with
 * the same schema, is not validated again.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractEditionMojo {
    @Override
    Selection selection() {
        return Selection.VALIDATION;
    }
}

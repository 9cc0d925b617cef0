// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import java.util.List;
import org.teiedition.diag.Diagnostic;

/**
 * What a successful build did.
 *
 * @param built       the units built now, such as {@code memorandum.pdf} or {@code html/}
 * @param upToDate    the units left as they were
 * @param diagnostics the warnings (and, with validation {@code warn}, the validation errors), in document order
 */
public record BuildResult(List<String> built, List<String> upToDate, List<Diagnostic> diagnostics) {
    public BuildResult {
        built = List.copyOf(built);
        upToDate = List.copyOf(upToDate);
        diagnostics = List.copyOf(diagnostics);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import java.util.List;
import org.teiedition.diag.Diagnostic;

/** Every problem the parser, RELAX NG and Schematron found in one file. */
public record ValidationReport(String file, List<Diagnostic> diagnostics) {
    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.render;

import java.util.List;
import org.teiedition.diag.Diagnostic;

/** What rendering a PDF found: its page count and anything worth telling (overflow handled, for one). */
public record PdfResult(int pageCount, List<Diagnostic> diagnostics) {
    public PdfResult {
        diagnostics = List.copyOf(diagnostics);
    }
}

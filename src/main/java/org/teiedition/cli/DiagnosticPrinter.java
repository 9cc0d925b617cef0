// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.io.PrintWriter;
import java.util.List;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.Json;

/** Prints diagnostics as {@code path:line:column: severity: message} or as JSON. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic diagnostic : diagnostics) {
            err.println(diagnostic.format());
        }
        err.flush();
    }

    static void printJson(Object value, PrintWriter out) {
        out.print(Json.write(value));
        out.flush();
    }
}

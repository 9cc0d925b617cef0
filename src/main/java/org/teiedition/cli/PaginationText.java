// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.io.PrintWriter;
import org.teiedition.verify.PaginationReport;

/** The pagination report as a table a person reads. */
final class PaginationText {
    private PaginationText() {
    }

    static void print(PaginationReport report, PrintWriter out) {
        out.printf("%-6s %-4s %-6s %-5s %-30s %-30s %s%n", "folio", "pdf", "label", "ok", "first words", "last words", "notes");
        for (PaginationReport.PageCheck page : report.pages()) {
            out.printf("%-6s %-4d %-6s %-5s %-30s %-30s %s%n", page.folio(), page.pdfIndex(), page.label(),
                    page.ok() ? "yes" : "NO", clip(page.firstWords()), clip(page.lastWords()), String.join(" ", page.notes()));
            if (!page.ok()) {
                out.println("       " + page.verdict());
            }
        }
        report.problems().forEach(p -> out.println("problem: " + p));
        out.println(report.matches() ? "pagination matches the source" : "pagination DOES NOT match the source");
        out.flush();
    }

    private static String clip(String words) {
        return words.length() <= 30 ? words : words.substring(0, 27) + "...";
    }
}

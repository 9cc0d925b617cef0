// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import org.teiedition.print.PdfFor;
import picocli.CommandLine.Option;

/** The option shared by the commands that make the PDF (pdf, publish): whom it is for. */
final class PdfForOption {
    @Option(names = "--for", defaultValue = "reader", paramLabel = "reader|press",
            description = "whom the PDF is for: reader (default; the trimmed page, PDF/A-2b and PDF/UA-1) or press"
                    + " (bleed and crop marks, PDF/X-4 and PDF/UA-1)")
    PdfFor pdfFor;
}

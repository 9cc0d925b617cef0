// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import org.teiedition.verify.PaginationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Read a PDF (or an EPUB's page-list) back and check its pagination against the TEI, page by page.")
final class VerifyCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE.pdf|FILE.epub", description = "the PDF, or the EPUB (by its extension)")
    Path pdf;

    @Option(names = "--tei", required = true, paramLabel = "FILE.xml", description = "the TEI it was made from")
    Path tei;

    @Option(names = "--format", defaultValue = "text", description = "text or json (${COMPLETION-CANDIDATES})")
    Format format;

    VerifyCommand(Cli cli) {
        super(cli);
    }

    @Override
    public Integer call() throws Exception {
        PaginationReport report = pdf.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".epub")
                ? cli.edition().verifyEpub(pdf, tei) : cli.edition().verify(pdf, tei);
        if (format == Format.json) {
            DiagnosticPrinter.printJson(report, cli.out());
        } else {
            PaginationText.print(report, cli.out());
        }
        return report.matches() ? ExitCode.OK : ExitCode.INPUT;
    }
}

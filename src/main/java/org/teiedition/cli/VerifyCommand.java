// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.verify.PaginationReport;
import org.teiedition.Edition;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Read a PDF back and check its pagination against the TEI, page by page.")
final class VerifyCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE.pdf", description = "the PDF")
    Path pdf;

    @Option(names = "--tei", required = true, paramLabel = "FILE.xml", description = "the TEI it was made from")
    Path tei;

    @Option(names = "--format", defaultValue = "text", description = "text or json (${COMPLETION-CANDIDATES})")
    Format format;

    @Mixin
    ValidationOption validation;

    VerifyCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return List.of(pdf, tei);
    }

    @Override
    public Integer call() throws Exception {
        Edition edition = cli.edition();
        PaginationReport report = edition.verify(pdf, validation.read(edition, tei, cli));
        if (format == Format.json) {
            DiagnosticPrinter.printJson(report, cli.out());
        } else {
            PaginationText.print(report, cli.out());
        }
        return report.matches() ? ExitCode.OK : ExitCode.INPUT;
    }
}

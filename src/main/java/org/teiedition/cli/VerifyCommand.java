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
import org.teiedition.validate.Validator;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Read a PDF (or an EPUB's page-list) back and check its pagination against the TEI, page by page.")
final class VerifyCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE.pdf|FILE.epub", description = "the PDF, or the EPUB (by its extension)")
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
        Validator.Checked source = validation.read(edition, tei, cli);
        boolean epub = pdf.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".epub");
        PaginationReport report = epub ? edition.verifyEpub(pdf, source) : edition.verify(pdf, source);
        if (format == Format.json) {
            DiagnosticPrinter.printJson(report, cli.out());
        } else {
            PaginationText.print(report, cli.out());
            // the set lines, told for a person to judge: they do not decide the exit status
            if (!epub) {
                cli.out().println("lines: " + edition.lines(pdf).describe());
                cli.out().flush();
            }
        }
        return report.matches() ? ExitCode.OK : ExitCode.INPUT;
    }
}

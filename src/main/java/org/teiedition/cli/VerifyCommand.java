// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.publish.Made;
import org.teiedition.publish.ReadBack;
import org.teiedition.publish.Selection;
import org.teiedition.publish.Target;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ValidationOption validation;

    /** The parameters the output was made with: print's decide, for one, which heads it prints. */
    @Mixin
    ParameterOptions parameters;

    VerifyCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return List.of(pdf, tei);
    }

    @Override
    public Integer call() throws Exception {
        Made made = cli.edition(parameters.parameters).make(Selection.VERIFICATION, List.of(tei), Target.exactly(pdf), validation.options());
        DiagnosticPrinter.print(made.diagnostics(), cli.err());
        ReadBack read = made.readBack().get(0);
        if (format == Format.json) {
            DiagnosticPrinter.printJson(read.pagination(), cli.out());
        } else {
            PaginationText.print(read.pagination(), cli.out());
            // the set lines, told for a person to judge: they do not decide the exit status
            if (read.lines().isPresent()) {
                cli.out().println("lines: " + read.lines().get().describe());
                cli.out().flush();
            }
        }
        return read.pagination().matches() ? ExitCode.OK : ExitCode.INPUT;
    }
}

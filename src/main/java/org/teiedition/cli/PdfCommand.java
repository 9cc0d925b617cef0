// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.print.Overflow;
import org.teiedition.print.PdfResult;
import org.teiedition.Edition;
import org.teiedition.publish.OutputLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "pdf", mixinStandardHelpOptions = true, description = "Render the page-faithful print PDF.")
final class PdfCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE.xml", description = "the TEI file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf",
            description = "where to write the PDF (default: target/edition/NAME.pdf)")
    Path output;

    @Option(names = "--overflow", defaultValue = "fail", paramLabel = "fail|shrink",
            description = "when a source page does not fit one PDF page: fail (default) or shrink that page")
    Overflow overflow;

    @Mixin
    ValidationOption validation;

    @Mixin
    PdfForOption pdfFor;

    @Mixin
    ParameterOptions parameters;


    PdfCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return List.of(file);
    }

    @Override
    public Integer call() throws Exception {
        Path target = output != null ? output : Defaults.outputFolder().resolve(OutputLayout.pdf(file));
        Edition edition = cli.edition(parameters.parameters, pdfFor.pdfFor);
        PdfResult result = edition.pdf(validation.read(edition, file, cli), target, overflow);
        DiagnosticPrinter.print(result.diagnostics(), cli.err());
        return ExitCode.OK;
    }
}

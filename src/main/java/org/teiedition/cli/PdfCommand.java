// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.publish.Made;
import org.teiedition.publish.OutputLayout;
import org.teiedition.publish.Selection;
import org.teiedition.publish.Target;
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

    @Mixin
    PublicationOptions publishing;

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
        Made made = cli.edition(parameters.parameters, pdfFor.pdfFor).make(Selection.PDF, List.of(file), Target.exactly(target), publishing.options());
        DiagnosticPrinter.print(made.diagnostics(), cli.err());
        return ExitCode.OK;
    }
}

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

@Command(name = "epub", mixinStandardHelpOptions = true,
        description = "Make the EPUB 3 with the printed page numbers, checked with EPUBCheck.")
final class EpubCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE.xml", description = "the TEI file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.epub",
            description = "where to write the EPUB (default: target/edition/NAME.epub)")
    Path output;

    @Mixin
    ValidationOption validation;

    @Mixin
    ParameterOptions parameters;


    EpubCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return List.of(file);
    }

    @Override
    public Integer call() throws Exception {
        Path target = output != null ? output : Defaults.outputFolder().resolve(OutputLayout.epub(file));
        Made made = cli.edition(parameters.parameters).make(Selection.EPUB, List.of(file), Target.exactly(target), validation.options());
        DiagnosticPrinter.print(made.diagnostics(), cli.err());
        return ExitCode.OK;
    }
}

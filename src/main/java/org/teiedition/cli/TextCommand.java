// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.publish.Made;
import org.teiedition.publish.OutputLayout;
import org.teiedition.publish.Selection;
import org.teiedition.publish.Target;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Render TEI back to the transcription form (to standard output, or to -o).")
final class TextCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE.xml", description = "the TEI file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.txt", description = "where to write the text")
    Path output;

    @Mixin
    ValidationOption validation;

    TextCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return List.of(file);
    }

    @Override
    public Integer call() throws Exception {
        Made made = cli.edition().make(Selection.TEXT, List.of(file), output == null ? Target.nowhere() : Target.exactly(output),
                validation.options());
        DiagnosticPrinter.print(made.diagnostics(), cli.err());
        if (output == null) {
            // the exact bytes, with no line ending added: the round trip is byte for byte
            System.out.flush();
            cli.out().print(made.texts().get(OutputLayout.text(file)));
            cli.out().flush();
        }
        return ExitCode.OK;
    }
}

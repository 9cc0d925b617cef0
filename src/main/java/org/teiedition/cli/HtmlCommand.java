// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.publish.Made;
import org.teiedition.publish.Selection;
import org.teiedition.publish.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "html", mixinStandardHelpOptions = true, description = "Render the static web edition into a folder.")
final class HtmlCommand extends CliCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE.xml", description = "the TEI files")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "the folder (default: target/edition/html)")
    Path output;

    @Mixin
    ValidationOption validation;

    @Mixin
    ParameterOptions parameters;


    HtmlCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return files;
    }

    @Override
    public Integer call() throws Exception {
        Path site = output != null ? output : Defaults.outputFolder().resolve("html");
        Made made = cli.edition(parameters.parameters).make(Selection.HTML, files, Target.exactly(site), validation.options());
        DiagnosticPrinter.print(made.diagnostics(), cli.err());
        return ExitCode.OK;
    }
}

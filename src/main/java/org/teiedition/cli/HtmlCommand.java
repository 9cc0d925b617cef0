// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.Edition;
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
        Edition edition = cli.edition(parameters.parameters);
        edition.htmlOf(validation.read(edition, files, cli), output != null ? output : Defaults.outputFolder().resolve("html"));
        return ExitCode.OK;
    }
}

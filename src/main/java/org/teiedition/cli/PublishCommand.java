// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.Overflow;
import org.teiedition.PublishOptions;
import org.teiedition.ValidationMode;
import org.teiedition.publish.PublishReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Validate, render the PDF and the web edition, verify the pagination, write report.json.")
final class PublishCommand extends CliCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE.xml", description = "the TEI files")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "the folder (default: target/edition)")
    Path output;

    @Option(names = "--validation", defaultValue = "strict", paramLabel = "strict|warn",
            description = "strict (default): validation errors stop the publication; warn: publish anyway and list them")
    ValidationMode validation;

    @Option(names = "--overflow", defaultValue = "fail", paramLabel = "fail|shrink",
            description = "when a source page does not fit one PDF page: fail (default) or shrink that page")
    Overflow overflow;

    PublishCommand(Cli cli) {
        super(cli);
    }

    @Override
    public Integer call() throws Exception {
        Path folder = output != null ? output : Defaults.outputFolder();
        PublishReport report = cli.edition().publish(files, folder, new PublishOptions(validation, overflow));
        report.documents().forEach(d -> Diagnostics.print(d.validation().diagnostics(), cli.err()));
        return ExitCode.OK;
    }
}

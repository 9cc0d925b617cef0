// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.Edition;
import org.teiedition.config.EditionConfig;
import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
import org.teiedition.publish.Selection;
import org.teiedition.publish.Target;
import org.teiedition.validate.ValidationMode;
import org.teiedition.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check TEI files against RELAX NG and Schematron; report every problem.")
final class ValidateCommand extends CliCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE.xml", description = "the TEI files")
    List<Path> files;

    @Option(names = "--schema", paramLabel = "edition|PATH", defaultValue = EditionConfig.DEFAULT_SCHEMA,
            description = "the toolkit's customization (edition, the default) or a .rng, .rnc or .sch file")
    String schema;

    @Option(names = "--format", defaultValue = "text", description = "text or json (${COMPLETION-CANDIDATES})")
    Format format;

    ValidateCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return files;
    }

    @Override
    public Integer call() throws Exception {
        Edition edition = EditionConfig.DEFAULT_SCHEMA.equals(schema) ? cli.edition()
                : new Edition(cli.edition().config().withSchema(schema));
        // every problem is told, none stops the run
        List<ValidationReport> reports = edition.make(Selection.VALIDATION, files, Target.nowhere(),
                new PublishOptions(ValidationMode.WARN, Overflow.FAIL)).validations();
        if (format == Format.json) {
            DiagnosticPrinter.printJson(reports, cli.out());
        } else {
            reports.forEach(r -> DiagnosticPrinter.print(r.diagnostics(), cli.err()));
        }
        return reports.stream().allMatch(ValidationReport::isValid) ? ExitCode.OK : ExitCode.INPUT;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.paginate.Pagination;
import org.teiedition.print.Overflow;
import org.teiedition.publish.Made;
import org.teiedition.publish.PublishOptions;
import org.teiedition.publish.Selection;
import org.teiedition.publish.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "paginate", mixinStandardHelpOptions = true,
        description = "Write the pages of a first print into the TEI: a pb where each page begins, nothing else changed.")
final class PaginateCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE.xml", description = "the TEI file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.xml", required = true,
            description = "where to write the paginated TEI (never the input)")
    Path output;

    @Option(names = "--pagination", defaultValue = "auto", paramLabel = "auto|new",
            description = "auto (default): a text without page breaks gets new pages, one with page breaks is kept as it is;"
                    + " new: the text's page breaks are replaced by a new first print's")
    String pagination;

    @Mixin
    ValidationOption validation;

    @Mixin
    ParameterOptions parameters;

    @Spec
    CommandSpec spec;

    PaginateCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return List.of(file);
    }

    @Override
    public Integer call() throws Exception {
        Pagination mode = switch (pagination) {
            case "auto" -> Pagination.AUTO;
            case "new" -> Pagination.NEW;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--pagination must be auto or new, not \"" + pagination + "\"");
        };
        PublishOptions options = new PublishOptions(validation.validation, Overflow.FAIL, mode);
        Made made = cli.edition(parameters.parameters).make(Selection.PAGINATED_TEI, List.of(file), Target.exactly(output), options);
        DiagnosticPrinter.print(made.diagnostics(), cli.err());
        for (List<String> folios : made.firstPrints().values()) {
            cli.err().println(file + ": " + folios.size() + " pages, " + folios.get(0) + "–" + folios.get(folios.size() - 1)
                    + ", written into " + output);
        }
        return ExitCode.OK;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.publish.ProgressListener;
import org.teiedition.publish.Publication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Validate, render the PDF and the web edition, verify the pagination, write report.json "
                + "(the same bytes for the same input) and timings.json (time per stage, peak heap).",
                "Prints a summary and the timings on stderr; on a terminal, shows progress."})
final class PublishCommand extends CliCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE.xml", description = "the TEI files")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "the folder (default: target/edition)")
    Path output;


    @Mixin
    PublicationOptions publishing;

    @Option(names = {"-q", "--quiet"}, description = "no progress and no summary; problems are still reported on stderr")
    boolean quiet;

    @Mixin
    PdfForOption pdfFor;

    @Mixin
    ParameterOptions parameters;


    PublishCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return files;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = output != null ? output : Defaults.outputFolder();
        var edition = cli.edition(parameters.parameters, pdfFor.pdfFor);
        Publication publication;
        try (TerminalProgress progress = cli.progress("publish", quiet)) {
            publication = edition.publish(files, folder, publishing.options(),
                    progress != null ? progress : ProgressListener.NONE);
        }
        printProblems(publication, cli);
        if (!quiet) {
            cli.err().println("published " + folder + " (report.json, timings.json):");
            publication.report().summary().describe().forEach(cli.err()::println);
            publication.why().forEach((unit, why) -> cli.err().println("  built " + unit + " (" + why + ")"));
            if (!publication.reused().isEmpty()) {
                cli.err().println("  unchanged since the last publication: " + String.join(", ", publication.reused()));
            }
            publication.timings().describe().forEach(cli.err()::println);
            cli.err().flush();
        }
        return ExitCode.OK;
    }

    /** What validation and rendering found in a publication that went through. */
    static void printProblems(Publication publication, Cli cli) {
        publication.report().documents().forEach(d -> {
            DiagnosticPrinter.print(d.validation().diagnostics(), cli.err());
            DiagnosticPrinter.print(d.rendering().diagnostics(), cli.err());
        });
    }
}

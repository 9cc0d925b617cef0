// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.bench.Bench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Publish the TEI files several times in one JVM after warm-up runs (into temporary folders, "
                + "deleted) and print the median wall time per stage, pages per second and the peak heap."})
final class BenchCommand extends CliCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE.xml", description = "the TEI files (a volume, for example)")
    List<Path> files;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "measured runs (default: 3)")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "W", description = "warm-up runs, not measured (default: 1)")
    int warmup;


    @Mixin
    PublicationOptions publishing;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text (default, on stdout) or json (on stdout)")
    Format format;

    @Option(names = {"-q", "--quiet"}, description = "no progress")
    boolean quiet;

    @Mixin
    ParameterOptions parameters;

    @Spec
    CommandSpec spec;

    BenchCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return files;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be 1 or more and --warmup 0 or more");
        }
        var edition = cli.edition(parameters.parameters(spec.commandLine()));
        Bench.BenchResult result;
        try (TerminalProgress progress = cli.progress("bench", quiet)) {
            result = new Bench(edition).run(files, warmup, runs, publishing.options(),
                    run -> {
                        if (progress != null) {
                            progress.show(run);
                        }
                    });
        }
        if (format == Format.json) {
            DiagnosticPrinter.printJson(result, cli.out());
        } else {
            result.describe().forEach(cli.out()::println);
            cli.out().flush();
        }
        return ExitCode.OK;
    }
}

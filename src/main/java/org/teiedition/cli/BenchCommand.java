// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.Edition;
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


    @Option(names = "--threads", split = ",", paramLabel = "N[,N...]",
            description = "page layouts run at once on each file: one benchmark per value (default: the machine's processors)")
    List<Integer> threads;

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
        if (threads != null && threads.stream().anyMatch(n -> n < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more");
        }
        var edition = cli.edition(parameters.parameters);
        List<Integer> counts = threads == null ? List.of(Runtime.getRuntime().availableProcessors()) : threads;
        List<Bench.BenchResult> results = new java.util.ArrayList<>();
        for (int count : counts) {
            Edition threaded = new Edition(edition.config().withThreads(count));
            try (TerminalProgress progress = cli.progress("bench", quiet)) {
                results.add(new Bench(threaded).run(files, warmup, runs, publishing.options(),
                        run -> {
                            if (progress != null) {
                                progress.show(count + " layout threads, " + run);
                            }
                        }));
            }
        }
        if (format == Format.json) {
            DiagnosticPrinter.printJson(results.size() == 1 ? results.get(0) : results, cli.out());
        } else {
            for (int i = 0; i < results.size(); i++) {
                if (threads != null) {
                    cli.out().println("layout threads: " + counts.get(i));
                }
                results.get(i).describe().forEach(cli.out()::println);
            }
            cli.out().flush();
        }
        return ExitCode.OK;
    }
}

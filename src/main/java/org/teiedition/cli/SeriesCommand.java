// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.series.SeriesSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"Assemble a series site from volumes already published (folders written by publish), publishing "
                + "none again: each volume copied under its folder's name, a landing page, a search across the volumes."})
final class SeriesCommand extends CliCommand {
    @Parameters(arity = "1..*", paramLabel = "VOLUME_DIR", description = "the publication folders, in the order of the series")
    List<Path> volumes;

    @Option(names = {"-o", "--output"}, paramLabel = "SITE", required = true, description = "the site's folder")
    Path output;

    @Option(names = "--title", paramLabel = "TITLE", description = "the series' title (default: ${DEFAULT-VALUE})")
    String title = SeriesSite.DEFAULT_TITLE;

    SeriesCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return volumes;
    }

    @Override
    public Integer call() throws Exception {
        SeriesSite.assemble(volumes, output, title);
        return ExitCode.OK;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import org.teiedition.encode.EncodeOptions;
import java.util.List;
import org.teiedition.encode.Encoded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Turn a transcription into TEI (to standard output, or to -o).")
final class EncodeCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "TRANSCRIPTION.txt", description = "the transcription, UTF-8")
    Path transcription;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.xml", description = "where to write the TEI")
    Path output;

    @Option(names = "--first-page", paramLabel = "N",
            description = "the printed folio of the first page (default: from the first [Page N] marker)")
    Integer firstPage;

    EncodeCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return List.of(transcription);
    }

    @Override
    public Integer call() throws Exception {
        EncodeOptions options = firstPage == null ? EncodeOptions.defaults() : EncodeOptions.firstPage(firstPage);
        Encoded encoded = output == null
                ? cli.edition().encode(transcription, options)
                : cli.edition().encode(transcription, output, options);
        DiagnosticPrinter.print(encoded.warnings(), cli.err());
        if (output == null) {
            cli.out().print(encoded.toXml());
            cli.out().flush();
        }
        return ExitCode.OK;
    }
}

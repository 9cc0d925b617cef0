// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import org.teiedition.io.AtomicOutput;
import org.teiedition.io.InputFiles;
import org.teiedition.Edition;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Render TEI back to the transcription form (to standard output, or to -o).")
final class TextCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE.xml", description = "the TEI file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.txt", description = "where to write the text")
    Path output;

    @Mixin
    ValidationOption validation;

    TextCommand(Cli cli) {
        super(cli);
    }

    @Override
    List<Path> inputs() {
        return List.of(file);
    }

    @Override
    public Integer call() throws Exception {
        if (output != null) {
            InputFiles.requireNotInput(output, List.of(file));
        }
        Edition edition = cli.edition();
        String text = edition.text(validation.read(edition, file, cli));
        if (output == null) {
            // the exact bytes, with no line ending added: the round trip is byte for byte
            System.out.flush();
            cli.out().print(text);
            cli.out().flush();
        } else {
            AtomicOutput.writeString(output, text);
        }
        return ExitCode.OK;
    }
}

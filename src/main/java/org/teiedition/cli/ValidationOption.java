// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.teiedition.Edition;
import org.teiedition.diag.InputException;
import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationMode;
import org.teiedition.validate.Validator;
import picocli.CommandLine.Option;

/**
 * {@code --validation}, for every command that reads TEI: each validates its input first. Strict (the
 * default) stops at validation errors with exit 1; warn prints them and goes on.
 */
final class ValidationOption {
    @Option(names = "--validation", defaultValue = "strict", paramLabel = "strict|warn",
            description = "strict (default): validation errors stop the command; warn: go on and print them")
    ValidationMode validation;

    /** Reads and validates a TEI file, printing what validation found when the command goes on. */
    Validator.Checked read(Edition edition, Path tei, Cli cli) throws InputException, IOException {
        Validator.Checked checked = edition.read(tei, validation);
        DiagnosticPrinter.print(checked.report().diagnostics(), cli.err());
        return checked;
    }

    /** The options of a command that makes one kind of output. */
    PublishOptions options() {
        return new PublishOptions(validation, Overflow.FAIL);
    }
}

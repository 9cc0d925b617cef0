// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationMode;
import picocli.CommandLine.Option;

/**
 * {@code --validation}, for every command that reads TEI: each validates its input first. Strict (the
 * default) stops at validation errors with exit 1; warn prints them and goes on.
 */
final class ValidationOption {
    @Option(names = "--validation", defaultValue = "strict", paramLabel = "strict|warn",
            description = "strict (default): validation errors stop the command; warn: go on and print them")
    ValidationMode validation;

    /** The options of a command that makes one kind of output. */
    PublishOptions options() {
        return new PublishOptions(validation, Overflow.FAIL);
    }
}

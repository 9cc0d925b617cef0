// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import org.teiedition.render.Overflow;
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationMode;
import picocli.CommandLine.Option;

/** The options shared by the commands that publish (publish, bench). */
final class PublicationOptions {
    @Option(names = "--validation", defaultValue = "strict", paramLabel = "strict|warn",
            description = "strict (default): validation errors stop the publication; warn: publish anyway and list them")
    ValidationMode validation;

    @Option(names = "--overflow", defaultValue = "fail", paramLabel = "fail|shrink",
            description = "when a source page does not fit one PDF page: fail (default) or shrink that page")
    Overflow overflow;

    PublishOptions options() {
        return new PublishOptions(validation, overflow);
    }
}

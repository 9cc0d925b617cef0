// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options shared by the commands that lay out pages (publish, watch, bench, pdf). */
final class PublicationOptions {
    @Mixin
    ValidationOption validation;

    @Option(names = "--overflow", defaultValue = "fail", paramLabel = "fail|shrink",
            description = "when a source page does not fit one PDF page: fail (default) or shrink that page")
    Overflow overflow;

    PublishOptions options() {
        return new PublishOptions(validation.validation, overflow);
    }
}

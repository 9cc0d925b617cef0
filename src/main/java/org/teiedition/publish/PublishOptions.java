// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.util.Objects;
import org.teiedition.print.Overflow;
import org.teiedition.validate.ValidationMode;

/** Options of one publication. */
public record PublishOptions(ValidationMode validation, Overflow overflow) {
    public PublishOptions {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(overflow, "overflow");
    }

    public static PublishOptions defaults() {
        return new PublishOptions(ValidationMode.STRICT, Overflow.FAIL);
    }
}

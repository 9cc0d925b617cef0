// SPDX-License-Identifier: Apache-2.0
package org.teiedition.diag;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How bad a {@link Diagnostic} is. Errors make a command fail; warnings do not, unless asked to. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in {@code path:line:column: severity: message}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

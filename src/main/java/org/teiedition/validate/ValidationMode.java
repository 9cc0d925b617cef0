// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

/** How {@code publish} treats validation errors. */
public enum ValidationMode {
    /** Validation errors stop the publication (the default). */
    STRICT,
    /** Validation errors are reported and listed in the report, and publication goes on. */
    WARN
}

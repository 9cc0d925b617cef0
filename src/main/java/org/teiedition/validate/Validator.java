// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import java.nio.file.Path;

/** RELAX NG (Jing) and Schematron (SchXslt2 on Saxon) against the edition's customization. */
public final class Validator {
    private final net.sf.saxon.s9api.Processor processor;
    private final java.util.Optional<Path> schema;

    /** @param schema a schema file of the user's, or empty for the toolkit's own customization */
    public Validator(net.sf.saxon.s9api.Processor processor, java.util.Optional<Path> schema) {
        this.processor = processor;
        this.schema = schema;
    }

    public ValidationReport validate(Path file) {
        throw new UnsupportedOperationException("validator: issue 3");
    }
}

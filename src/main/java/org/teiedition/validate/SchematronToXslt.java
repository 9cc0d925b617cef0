// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import org.teiedition.diag.Diagnostic;

/**
 * Run by the build: transpiles the toolkit's Schematron schema to the XSLT that validation compiles, so
 * that no run compiles SchXslt2's transpiler and transpiles the schema again. The schema's source stays
 * the one definition; a test checks that the XSLT in the toolkit is what its schema transpiles to.
 *
 * <p>Usage: {@code SchematronToXslt SCHEMA.sch OUT.xsl}
 */
public final class SchematronToXslt {
    private SchematronToXslt() {
    }

    public static void main(String[] args) throws IOException, SaxonApiException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SchematronToXslt SCHEMA.sch OUT.xsl");
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, xslt(new Processor(false), Path.of(args[0]).toUri().toString()));
    }

    /** The transpiled schema, serialized. */
    static String xslt(Processor processor, String schemaSystemId) throws IOException, SaxonApiException {
        List<Diagnostic> problems = new ArrayList<>();
        String text = processor.newSerializer().serializeNodeToString(Schematron.transpile(processor, schemaSystemId, problems));
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            throw new IllegalStateException("the schema does not transpile: " + problems);
        }
        return text;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.teiedition.print.PdfFor;
import org.teiedition.transform.Stylesheets;

/**
 * What an {@link Edition} is built with: fixed for its lifetime, so that compiled resources can be reused.
 *
 * @param schema          {@code edition} (the toolkit's customization) or the path of a {@code .rng},
 *                        {@code .rnc} or {@code .sch} file
 * @param customizations  per output, an editor's XSLT that imports the toolkit's stylesheet
 * @param parameters      stylesheet parameters by name, passed to every output
 * @param pdfFor          whom the PDF is made for: the reader (the default) or the printer
 * @param threads         how many threads lay out a PDF's pages and read them back; 0 (the default): as many as
 *                        the machine has processors. The outputs are the same whatever the number.
 */
public record EditionConfig(String schema, Map<Stylesheets.Output, Path> customizations, Map<String, String> parameters,
        PdfFor pdfFor, int threads) {
    public static final String DEFAULT_SCHEMA = "edition";

    public EditionConfig {
        Objects.requireNonNull(schema, "schema");
        customizations = Map.copyOf(customizations);
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(pdfFor, "pdfFor");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (the processors') or more, not " + threads);
        }
    }

    /** An edition whose PDF is the reader's. */
    public EditionConfig(String schema, Map<Stylesheets.Output, Path> customizations, Map<String, String> parameters) {
        this(schema, customizations, parameters, PdfFor.READER, 0);
    }

    public static EditionConfig defaults() {
        return new EditionConfig(DEFAULT_SCHEMA, Map.of(), Map.of());
    }

    public EditionConfig withSchema(String newSchema) {
        return new EditionConfig(newSchema, customizations, parameters, pdfFor, threads);
    }

    public EditionConfig withCustomization(Stylesheets.Output output, Path stylesheet) {
        var copy = new java.util.EnumMap<Stylesheets.Output, Path>(Stylesheets.Output.class);
        copy.putAll(customizations);
        copy.put(output, stylesheet);
        return new EditionConfig(schema, copy, parameters, pdfFor, threads);
    }

    public EditionConfig withParameters(Map<String, String> newParameters) {
        return new EditionConfig(schema, customizations, newParameters, pdfFor, threads);
    }

    /** The same edition with its PDF made for {@code newPdfFor}. */
    public EditionConfig withPdfFor(PdfFor newPdfFor) {
        return new EditionConfig(schema, customizations, parameters, newPdfFor, threads);
    }

    /** The same edition laying out and reading back a PDF's pages on {@code newThreads} threads (0: the processors'). */
    public EditionConfig withThreads(int newThreads) {
        return new EditionConfig(schema, customizations, parameters, pdfFor, newThreads);
    }

    /** The schema file, when one other than the toolkit's own was chosen. */
    public Optional<Path> schemaFile() {
        return DEFAULT_SCHEMA.equals(schema) ? Optional.empty() : Optional.of(Path.of(schema));
    }
}

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
 */
public record EditionConfig(String schema, Map<Stylesheets.Output, Path> customizations, Map<String, String> parameters,
        PdfFor pdfFor) {
    public static final String DEFAULT_SCHEMA = "edition";

    public EditionConfig {
        Objects.requireNonNull(schema, "schema");
        customizations = Map.copyOf(customizations);
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(pdfFor, "pdfFor");
    }

    /** An edition whose PDF is the reader's. */
    public EditionConfig(String schema, Map<Stylesheets.Output, Path> customizations, Map<String, String> parameters) {
        this(schema, customizations, parameters, PdfFor.READER);
    }

    public static EditionConfig defaults() {
        return new EditionConfig(DEFAULT_SCHEMA, Map.of(), Map.of());
    }

    public EditionConfig withSchema(String newSchema) {
        return new EditionConfig(newSchema, customizations, parameters, pdfFor);
    }

    public EditionConfig withCustomization(Stylesheets.Output output, Path stylesheet) {
        var copy = new java.util.EnumMap<Stylesheets.Output, Path>(Stylesheets.Output.class);
        copy.putAll(customizations);
        copy.put(output, stylesheet);
        return new EditionConfig(schema, copy, parameters, pdfFor);
    }

    public EditionConfig withParameters(Map<String, String> newParameters) {
        return new EditionConfig(schema, customizations, newParameters, pdfFor);
    }

    /** The same edition with its PDF made for {@code newPdfFor}. */
    public EditionConfig withPdfFor(PdfFor newPdfFor) {
        return new EditionConfig(schema, customizations, parameters, newPdfFor);
    }

    /** The schema file, when one other than the toolkit's own was chosen. */
    public Optional<Path> schemaFile() {
        return DEFAULT_SCHEMA.equals(schema) ? Optional.empty() : Optional.of(Path.of(schema));
    }
}

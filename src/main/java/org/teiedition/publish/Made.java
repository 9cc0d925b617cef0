// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teiedition.diag.Diagnostic;
import org.teiedition.print.PdfResult;
import org.teiedition.validate.ValidationReport;

/**
 * What a run of the {@link Publisher} made, for a driver to tell: the units it built with why
 * ({@code first build}, {@code TEI file memorandum.xml changed}, …), those it took unchanged from its store,
 * how the built ones were made ({@code memorandum.pdf: laid out 1 of 3 pages, reused 2}), the warnings
 * (with validation {@code warn}, the validation errors too), in document order, each TEI file's validation,
 * and, by the output's name: the folios of the first print each paginated TEI file without pages of its own was
 * given, the transcription of each TEI file a text run to nowhere made, and what rendering each PDF laid out in
 * this run found; last, what a verification read back.
 */
public record Made(Map<String, String> built, List<String> upToDate, List<String> how, List<Diagnostic> diagnostics,
        List<ValidationReport> validations, Map<String, List<String>> firstPrints, Map<String, String> texts,
        Map<String, PdfResult> pdfs, List<ReadBack> readBack) {
    public Made {
        built = Collections.unmodifiableMap(new LinkedHashMap<>(built));
        upToDate = List.copyOf(upToDate);
        how = List.copyOf(how);
        diagnostics = List.copyOf(diagnostics);
        validations = List.copyOf(validations);
        firstPrints = Collections.unmodifiableMap(new LinkedHashMap<>(firstPrints));
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        pdfs = Collections.unmodifiableMap(new LinkedHashMap<>(pdfs));
        readBack = List.copyOf(readBack);
    }

    /** A whole publication's units, and the problems its report lists. */
    static Made of(Publication publication) {
        List<Diagnostic> problems = new java.util.ArrayList<>();
        List<ValidationReport> validations = new java.util.ArrayList<>();
        publication.report().documents().forEach(document -> {
            validations.add(document.validation());
            problems.addAll(document.validation().diagnostics());
            problems.addAll(document.rendering().diagnostics());
        });
        return new Made(publication.why(), publication.reused(), List.of(), problems, validations, Map.of(), Map.of(), Map.of(), List.of());
    }
}

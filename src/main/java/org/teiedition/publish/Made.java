// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teiedition.diag.Diagnostic;

/**
 * What a run of the {@link Publisher} made, for a driver to tell: the units it built with why
 * ({@code first build}, {@code TEI file memorandum.xml changed}, …), those it took unchanged from its store,
 * how the built ones were made ({@code memorandum.pdf: laid out 1 of 3 pages, reused 2}), and the warnings
 * (with validation {@code warn}, the validation errors too), in document order.
 */
public record Made(Map<String, String> built, List<String> upToDate, List<String> how, List<Diagnostic> diagnostics) {
    public Made {
        built = Collections.unmodifiableMap(new LinkedHashMap<>(built));
        upToDate = List.copyOf(upToDate);
        how = List.copyOf(how);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A whole publication's units, and the problems its report lists. */
    static Made of(Publication publication) {
        List<Diagnostic> problems = new java.util.ArrayList<>();
        publication.report().documents().forEach(document -> {
            problems.addAll(document.validation().diagnostics());
            problems.addAll(document.rendering().diagnostics());
        });
        return new Made(publication.why(), publication.reused(), List.of(), problems);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.teiedition.Edition;
import org.teiedition.Overflow;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.diag.Json;
import org.teiedition.publish.PublishReport;
import org.teiedition.publish.Publisher;
import org.teiedition.render.PdfResult;
import org.teiedition.validate.ValidationReport;

/** The units of work a build hands out, each done by the facade; tests put simpler work in its place. */
interface Work {
    ValidationReport validate(Path tei) throws IOException;

    /** Writes the PDF; gives its diagnostics. */
    List<Diagnostic> pdf(Path tei, Path pdf, Overflow overflow) throws InputException, IOException;

    void html(List<Path> teiFiles, Path folder) throws InputException, IOException;

    /** Writes the EPUB, checked with EPUBCheck; gives its warnings. */
    List<Diagnostic> epub(Path tei, Path epub) throws InputException, IOException;

    /** Writes {@code NAME.pdf} and {@code NAME.xml} into the folder; gives the document's part of the report. */
    Published publish(Path tei, ValidationReport validation, Path folder, Overflow overflow) throws InputException, IOException;

    record Published(JsonNode report, List<Diagnostic> diagnostics) {
        public Published {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    static Work of(Edition edition) {
        Publisher publisher = new Publisher(edition);
        return new Work() {
            @Override
            public ValidationReport validate(Path tei) throws IOException {
                return edition.validate(tei);
            }

            @Override
            public List<Diagnostic> pdf(Path tei, Path pdf, Overflow overflow) throws InputException, IOException {
                PdfResult result = edition.pdf(tei, pdf, overflow);
                return result.diagnostics();
            }

            @Override
            public void html(List<Path> teiFiles, Path folder) throws InputException, IOException {
                edition.html(teiFiles, folder);
            }

            @Override
            public List<Diagnostic> epub(Path tei, Path epub) throws InputException, IOException {
                return edition.epub(tei, epub);
            }

            @Override
            public Published publish(Path tei, ValidationReport validation, Path folder, Overflow overflow)
                    throws InputException, IOException {
                PublishReport.DocumentReport document = publisher.publishDocument(tei, validation, folder, overflow);
                return new Published(BuildState.mapper().readTree(Json.write(document)), document.rendering().diagnostics());
            }
        };
    }
}

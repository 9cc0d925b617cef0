// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.teiedition.Edition;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.print.PageStore;
import org.teiedition.print.PdfResult;
import org.teiedition.validate.ValidationMode;
import org.teiedition.validate.ValidationReport;
import org.teiedition.publish.PublishOptions;
import org.teiedition.publish.Publication;
import org.teiedition.publish.ProgressListener;

/** The units of work a build hands out, each done by the facade; tests put simpler work in its place. */
interface Work {
    ValidationReport validate(Path tei) throws IOException;

    /**
     * Writes the PDF, the TEI validated as {@code options} say, taking the pages laid out before from
     * {@code pages} and keeping there those it lays out.
     */
    PdfResult pdf(Path tei, Path pdf, PublishOptions options, PageStore pages) throws InputException, IOException;

    void html(List<Path> teiFiles, Path folder) throws InputException, IOException;

    /** The publication engine's whole publication into the folder. */
    Publication publish(List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException;

    /** Writes the EPUB, checked with EPUBCheck; gives its warnings. */
    List<Diagnostic> epub(Path tei, Path epub, ValidationMode validation) throws InputException, IOException;

    static Work of(Edition edition) {
        return new Work() {
            @Override
            public ValidationReport validate(Path tei) throws IOException {
                return edition.validate(tei);
            }

            @Override
            public PdfResult pdf(Path tei, Path pdf, PublishOptions options, PageStore pages) throws InputException, IOException {
                return edition.pdf(tei, pdf, options, pages);
            }

            @Override
            public void html(List<Path> teiFiles, Path folder) throws InputException, IOException {
                edition.html(teiFiles, folder);
            }

            @Override
            public Publication publish(List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException {
                return edition.publish(teiFiles, folder, options, ProgressListener.NONE);
            }

            @Override
            public List<Diagnostic> epub(Path tei, Path epub, ValidationMode validation) throws InputException, IOException {
                return edition.epub(tei, epub, validation);
            }
        };
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.teiedition.Edition;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.print.Overflow;
import org.teiedition.print.PageStore;
import org.teiedition.print.PdfResult;
import org.teiedition.publish.ProgressListener;
import org.teiedition.publish.Publication;
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationReport;

/**
 * The units of work a build hands out, each done by the facade; tests put simpler work in its place. A
 * build validates every source first (or knows it valid from its earlier build), so the outputs read the
 * files without validating them again.
 */
interface Work {
    ValidationReport validate(Path tei) throws IOException;

    /** Writes the PDF, taking the pages laid out before from {@code pages} and keeping there those it lays out. */
    PdfResult pdf(Path tei, Path pdf, Overflow overflow, PageStore pages) throws InputException, IOException;

    /** Writes the web edition, taking the pages of unchanged documents from {@code kept} and keeping there those it makes. */
    void html(List<Path> teiFiles, Path folder, PageStore kept) throws InputException, IOException;

    /** The publication engine's whole publication into the folder. */
    Publication publish(List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException;

    /** Writes the EPUB, checked with EPUBCheck, its content documents kept as the web edition's pages are; gives its warnings. */
    List<Diagnostic> epub(Path tei, Path epub, PageStore kept) throws InputException, IOException;

    static Work of(Edition edition) {
        return new Work() {
            @Override
            public ValidationReport validate(Path tei) throws IOException {
                return edition.validate(tei);
            }

            @Override
            public PdfResult pdf(Path tei, Path pdf, Overflow overflow, PageStore pages) throws InputException, IOException {
                return edition.pdf(edition.loadValidated(tei), pdf, overflow, pages);
            }

            @Override
            public void html(List<Path> teiFiles, Path folder, PageStore kept) throws InputException, IOException {
                List<org.teiedition.validate.Validator.Checked> read = new java.util.ArrayList<>();
                for (Path tei : teiFiles) {
                    read.add(edition.loadValidated(tei));
                }
                edition.htmlOf(read, folder, kept);
            }

            @Override
            public Publication publish(List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException {
                return edition.publish(teiFiles, folder, options, ProgressListener.NONE);
            }

            @Override
            public List<Diagnostic> epub(Path tei, Path epub, PageStore kept) throws InputException, IOException {
                return edition.epub(edition.loadValidated(tei), epub, kept);
            }
        };
    }
}

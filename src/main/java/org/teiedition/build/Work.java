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
import org.teiedition.io.AtomicOutput;
import org.teiedition.paginate.Pagination;
import org.teiedition.paginate.Paginator;
import org.teiedition.publish.ProgressListener;
import org.teiedition.publish.Publication;
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationReport;
import org.teiedition.validate.Validator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.XdmNode;

/**
 * The units of work a build hands out, each done by the facade; tests put simpler work in its place. A
 * build validates every source first (or knows it valid from its earlier build), so the outputs read the
 * files without validating them again, from the trees the validations read when they ran in the same build.
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

    /** Writes the TEI with its pages (a first print's where it has none); gives the first print's folios, or none. */
    List<String> paginate(Path tei, Path out) throws InputException, IOException;

    static Work of(Edition edition) {
        return new Work() {
            /** The trees this build's validations read, which its outputs take instead of parsing the files again. */
            private final Map<Path, XdmNode> read = new ConcurrentHashMap<>();

            @Override
            public ValidationReport validate(Path tei) throws IOException {
                Validator.Checked checked = edition.check(tei);
                if (checked.tree() != null) {
                    read.put(tei, checked.tree());
                }
                return checked.report();
            }

            /** The file's tree: the one its validation in this build read, else the file parsed (known valid from an earlier build). */
            private Validator.Checked loaded(Path tei) throws InputException, IOException {
                XdmNode tree = read.get(tei);
                return tree == null ? edition.loadValidated(tei) : new Validator.Checked(new ValidationReport(tei.toString(), List.of()), tree);
            }

            @Override
            public PdfResult pdf(Path tei, Path pdf, Overflow overflow, PageStore pages) throws InputException, IOException {
                return edition.pdf(loaded(tei), pdf, overflow, pages);
            }

            @Override
            public void html(List<Path> teiFiles, Path folder, PageStore kept) throws InputException, IOException {
                List<Validator.Checked> trees = new java.util.ArrayList<>();
                for (Path tei : teiFiles) {
                    trees.add(loaded(tei));
                }
                edition.htmlOf(trees, folder, kept);
            }

            @Override
            public Publication publish(List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException {
                return edition.publish(teiFiles, folder, options, ProgressListener.NONE);
            }

            @Override
            public List<String> paginate(Path tei, Path out) throws InputException, IOException {
                Paginator.Paginated paginated = edition.paginated(loaded(tei), Pagination.AUTO);
                AtomicOutput.writeFile(out, stream -> stream.write(paginated.contents()));
                return paginated.folios();
            }

            @Override
            public List<Diagnostic> epub(Path tei, Path epub, PageStore kept) throws InputException, IOException {
                return edition.epub(loaded(tei), epub, kept);
            }
        };
    }
}

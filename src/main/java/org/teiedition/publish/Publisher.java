// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.teiedition.Edition;
import org.teiedition.Overflow;
import org.teiedition.PublishOptions;
import org.teiedition.ValidationMode;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.Diagnostics;
import org.teiedition.diag.InputException;
import org.teiedition.diag.Json;
import org.teiedition.io.AtomicOutput;
import org.teiedition.render.PdfResult;
import org.teiedition.validate.ValidationReport;
import org.teiedition.verify.PaginationReport;

/**
 * validate → PDF → verify → EPUB → web edition → report, into one folder that appears only when all of it
 * succeeded. Layout: {@code NAME.xml}, {@code NAME.pdf}, {@code NAME.epub} per document, {@code html/}, {@code report.json}
 * (reproducible: the same bytes for the same input) and {@code timings.json} (time per stage, peak heap).
 *
 * <p>With {@link ValidationMode#WARN} validation errors do not stop the publication (they are in the
 * report); a file that is not well-formed still does, as does a page that does not fit with
 * {@link Overflow#FAIL} or a PDF whose pagination does not match the source's.
 */
public final class Publisher {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private final Edition edition;

    public Publisher(Edition edition) {
        this.edition = edition;
    }

    public PublishReport publish(List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException {
        return publish(teiFiles, folder, options, ProgressListener.NONE).report();
    }

    /** The same, telling {@code progress} how far it has got, and measuring each stage. */
    public Publication publish(List<Path> teiFiles, Path folder, PublishOptions options, ProgressListener progress)
            throws InputException, IOException {
        HeapPeak.reset();
        Clock clock = new Clock();
        List<ValidationReport> validations = new ArrayList<>();
        Diagnostics problems = new Diagnostics();
        int files = teiFiles.size();
        progress.progress(new ProgressListener.Progress(PublishTimings.PARSE_VALIDATE, 0, files, "files", 0, 0));
        for (Path tei : teiFiles) {
            ValidationReport report = clock.time(PublishTimings.PARSE_VALIDATE, () -> edition.validate(tei));
            validations.add(report);
            problems.addAll(report.diagnostics());
            progress.progress(new ProgressListener.Progress(PublishTimings.PARSE_VALIDATE, validations.size(), files, "files", 0, 0));
        }
        if (options.validation() == ValidationMode.STRICT) {
            problems.throwIfErrors();
        }
        Publication[] result = new Publication[1];
        AtomicOutput.writeFolder(folder, fresh -> result[0] = publishInto(teiFiles, validations, fresh, options, progress, clock));
        return result[0];
    }

    private Publication publishInto(List<Path> teiFiles, List<ValidationReport> validations, Path folder,
            PublishOptions options, ProgressListener progress, Clock clock) throws InputException, IOException {
        List<XdmNode> trees = new ArrayList<>();
        List<Integer> sourcePages = new ArrayList<>();
        for (Path tei : teiFiles) {
            XdmNode tree = clock.time(PublishTimings.PARSE_VALIDATE, () -> edition.load(tei));
            trees.add(tree);
            sourcePages.add(count(tree, "pb"));
        }
        int allPages = sourcePages.stream().mapToInt(Integer::intValue).sum();
        List<PublishReport.DocumentReport> documents = new ArrayList<>();
        Diagnostics mismatches = new Diagnostics();
        Path site = Files.createDirectory(folder.resolve("html"));
        // the web edition needs the TEI only: it is made on a second core while the PDFs are laid out
        WebStage web = WebStage.start(edition.htmlRenderer(), trees, site);
        try {
            int pagesDone = 0;
            for (int i = 0; i < teiFiles.size(); i++) {
                try {
                    documents.add(publishDocument(teiFiles.get(i), trees.get(i), validations.get(i), folder, options.overflow(),
                            clock, new DocumentProgress(progress, i, teiFiles.size(), pagesDone, sourcePages.get(i), allPages)));
                } catch (InputException e) {
                    mismatches.addAll(e.diagnostics());
                }
                pagesDone += sourcePages.get(i);
            }
            mismatches.throwIfErrors();
            progress.progress(new ProgressListener.Progress(PublishTimings.HTML, 0, teiFiles.size(), "files", 0, 0));
            clock.add(PublishTimings.HTML, web.await());
        } finally {
            web.stop();
        }
        clock.time(PublishTimings.WRITE, () -> {
            for (Path tei : teiFiles) {
                for (String download : List.of(baseName(tei) + ".pdf", baseName(tei) + ".epub")) {
                    Files.copy(folder.resolve(download), site.resolve(download));
                }
            }
            return null;
        });
        progress.progress(new ProgressListener.Progress(PublishTimings.HTML, teiFiles.size(), teiFiles.size(), "files", 0, 0));
        PublishReport report = new PublishReport(documents);
        clock.time(PublishTimings.WRITE, () -> Files.writeString(folder.resolve("report.json"), Json.write(report)));
        PublishTimings timings = clock.timings(report.summary().pages(), HeapPeak.bytes());
        Files.writeString(folder.resolve("timings.json"), Json.write(timings));
        return new Publication(report, timings);
    }

    /**
     * One document's part of a publication, into a folder that may hold other documents' outputs:
     * {@code NAME.pdf}, rendered and verified, {@code NAME.epub}, checked with EPUBCheck, and {@code NAME.xml}, each replacing an earlier one only when
     * the whole document succeeded. A PDF whose pages do not match the source's is an input problem.
     */
    public PublishReport.DocumentReport publishDocument(Path tei, ValidationReport validation, Path folder, Overflow overflow)
            throws InputException, IOException {
        return publishDocument(tei, edition.load(tei), validation, folder, overflow, new Clock(), DocumentProgress.NONE);
    }

    private PublishReport.DocumentReport publishDocument(Path tei, XdmNode tree, ValidationReport validation, Path folder,
            Overflow overflow, Clock clock, DocumentProgress stages) throws InputException, IOException {
        String name = baseName(tei);
        Files.createDirectories(folder);
        Path pdf = folder.resolve(name + ".pdf");
        Path draft = Files.createTempFile(folder, "." + name, ".pdf.part");
        try {
            stages.started(PublishTimings.PDF);
            long started = System.nanoTime();
            PdfResult rendering;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(draft))) {
                rendering = edition.pdfRenderer().render(tree, out, overflow);
            }
            clock.addPdf(System.nanoTime() - started, rendering.millis());
            stages.finished(PublishTimings.PDF);
            stages.started(PublishTimings.VERIFY);
            PaginationReport pagination = clock.time(PublishTimings.VERIFY, () -> edition.verifier().verify(draft, tree));
            stages.finished(PublishTimings.VERIFY);
            if (!pagination.matches()) {
                throw new InputException(Diagnostic.error("pdf.pagination",
                        "the PDF's pages do not match the source's: " + String.join("; ", problemsOf(pagination)), tei.toString(), 0, 0));
            }
            // ---- EPUB (org.teiedition.epub): from the same tree; an EPUBCheck error fails the document here ----
            stages.started(PublishTimings.EPUB);
            List<Diagnostic> epubWarnings = clock.time(PublishTimings.EPUB,
                    () -> edition.epubBook().write(tree, name, folder.resolve(name + ".epub")));
            stages.finished(PublishTimings.EPUB);
            // ---- end EPUB ----
            clock.time(PublishTimings.WRITE, () -> {
                AtomicOutput.writeFile(pdf, out -> Files.copy(draft, out));
                AtomicOutput.writeFile(folder.resolve(name + ".xml"), out -> Files.copy(tei, out));
                return null;
            });
            List<Diagnostic> renderingProblems = new ArrayList<>(rendering.diagnostics());
            renderingProblems.addAll(epubWarnings);
            return new PublishReport.DocumentReport(name + ".xml", name + ".pdf", countDocuments(tree), validation,
                    new PublishReport.Rendering(rendering.pageCount(), renderingProblems), relativize(pagination, name));
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static int countDocuments(XdmNode tree) {
        return (int) tree.select(Steps.descendant(TEI, "div").where(div -> "document".equals(div.attribute("type")))).count();
    }

    private static int count(XdmNode tree, String element) {
        return (int) tree.select(Steps.descendant(TEI, element)).count();
    }

    private static List<String> problemsOf(PaginationReport pagination) {
        List<String> all = new ArrayList<>(pagination.problems());
        pagination.pages().stream().filter(p -> !p.ok()).forEach(p -> all.add("page " + p.folio() + ": " + p.verdict()));
        return all;
    }

    /** The report names outputs relative to the folder, so that it is the same wherever it was written. */
    private static PaginationReport relativize(PaginationReport pagination, String name) {
        return new PaginationReport(name + ".pdf", name + ".xml", pagination.pages(), pagination.problems());
    }

    /** The name a TEI file publishes under: its file name without the extension. */
    public static String baseName(Path tei) {
        String file = tei.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** Wall time per stage, summed over documents, in the order stages first ran. */
    private static final class Clock {
        private final long start = System.nanoTime();
        private final Map<String, Long> nanos = new LinkedHashMap<>();

        interface Step<T> {
            T run() throws InputException, IOException;
        }

        <T> T time(String stage, Step<T> step) throws InputException, IOException {
            long started = System.nanoTime();
            try {
                return step.run();
            } finally {
                add(stage, System.nanoTime() - started);
            }
        }

        void add(String stage, long elapsed) {
            nanos.merge(stage, elapsed, Long::sum);
        }

        /**
         * The PDF's time, split into the renderer's own stages ({@code pdf transform+layout}, {@code pdf shrink},
         * {@code pdf finish}) when it tells them; what it does not account for (writing the file) goes to the first.
         */
        void addPdf(long elapsed, Map<String, Long> parts) {
            if (parts.isEmpty()) {
                add(PublishTimings.PDF, elapsed);
                return;
            }
            long rest = elapsed - parts.values().stream().mapToLong(millis -> millis * 1_000_000).sum();
            boolean first = true;
            for (Map.Entry<String, Long> part : parts.entrySet()) {
                add(PublishTimings.PDF + " " + part.getKey(), part.getValue() * 1_000_000 + (first ? Math.max(0, rest) : 0));
                first = false;
            }
        }

        PublishTimings timings(int pages, long peakHeap) {
            List<PublishTimings.Stage> stages = new ArrayList<>();
            nanos.forEach((stage, elapsed) -> stages.add(new PublishTimings.Stage(stage, elapsed / 1_000_000)));
            return new PublishTimings(stages, (System.nanoTime() - start) / 1_000_000, pages, peakHeap);
        }
    }

    /** Progress of one document's stages: files done and pages done, across the publication. */
    private record DocumentProgress(ProgressListener listener, int index, int files, int pagesBefore, int pagesHere, int pages) {
        static final DocumentProgress NONE = new DocumentProgress(ProgressListener.NONE, 0, 1, 0, 0, 0);

        void started(String stage) {
            listener.progress(new ProgressListener.Progress(stage, index, files, "files", pagesBefore, pages));
        }

        /** The renderer and the verifier give no finer steps: a document's pages are done when its stage ends. */
        void finished(String stage) {
            listener.progress(new ProgressListener.Progress(stage, index + 1, files, "files", pagesBefore + pagesHere, pages));
        }
    }
}

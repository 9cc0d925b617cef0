// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.teiedition.store.Fingerprint;
import org.teiedition.inputs.Inputs;
import org.teiedition.store.FolderStore;
import org.teiedition.store.UnitStore;
import org.teiedition.concurrent.SideTask;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.Diagnostics;
import org.teiedition.diag.InputException;
import org.teiedition.diag.Json;
import org.teiedition.epub.EpubBook;
import org.teiedition.epub.EpubVerifier;
import org.teiedition.web.HtmlRenderer;
import org.teiedition.io.AtomicOutput;
import org.teiedition.io.OutputErrors;
import org.teiedition.paginate.Pagination;
import org.teiedition.paginate.Paginator;
import org.teiedition.print.PdfRenderer;
import org.teiedition.print.PdfResult;
import org.teiedition.transform.Stylesheets;
import org.teiedition.text.TextRenderer;
import org.teiedition.transform.TeiLoader;
import org.teiedition.validate.ValidationMode;
import org.teiedition.validate.ValidationReport;
import org.teiedition.validate.Validator;
import org.teiedition.verify.LineQuality;
import org.teiedition.verify.PaginationReport;
import org.teiedition.verify.PaginationVerifier;

/**
 * The publication engine behind {@code publish} on the command line, {@code Edition.publish}, {@code watch}
 * and the Maven plugin: validate → per TEI file a verified PDF and an EPUB checked with EPUBCheck → the web
 * edition → {@code report.json}, into one folder laid out as {@link OutputLayout} says, which appears only
 * when all of it succeeded.
 *
 * <p>A publication is made of units: one per TEI file (its PDF, verified, its EPUB and its part of the
 * report) and the web edition of all of them. A file's EPUB is made on a second thread while its PDF is
 * laid out, as the web edition is. A unit whose inputs (the {@link Inputs fingerprint}: the TEI, the
 * stylesheets, schema, fonts, parameters, options and the toolkit's version) are those of a unit in the
 * publication the folder held before is taken from that publication's {@link UnitStore} instead of being
 * built: the outputs are the same bytes either way. A document built again lays out only the pages
 * whose layout inputs changed, the others are taken from the earlier publication's {@link FolderStore}, and
 * reads back only the pages whose verdict that cache does not hold (a page drawn anew, or whose source text
 * changed); the web edition and an EPUB made again take each single document's page or content document
 * from the earlier publication when nothing it shows changed ({@link org.teiedition.store.UnitFiles}).
 *
 * <p>With {@link ValidationMode#WARN} validation errors do not stop the publication (they are in the
 * report); a file that is not well-formed still does, as does a page that does not fit with
 * {@code --overflow fail} or a PDF whose pagination does not match the source's. The Schematron rules run
 * on a thread of their own beside the outputs being made (they read the tree the outputs are made from);
 * a strict publication stops at the first check after they found an error, and keeps nothing.
 */
public final class Publisher {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String DOCUMENT_UNIT = "document";
    private static final String WEB_UNIT = "web";
    private static final String PART = "report-part.json";
    /** In a document's cache entry: the laid-out pages it used, carried on when the entry is reused. */
    private static final String PAGES = "pages.txt";
    /** In a unit's cache entry: the files of single documents it used (web pages, EPUB content documents), carried on likewise. */
    private static final String FILES = "files.txt";
    /**
     * In a document's cache entry: its EPUB was written without EPUBCheck, by a publication of an edition being
     * edited; a publication that takes the entry checks the book unless it is one too.
     */
    private static final String UNCHECKED = "epub-unchecked";
    /**
     * Made when first read: making a Jackson mapper is a tenth of a second of a fresh JVM's start, which a run
     * that reads no earlier report (a command's output, a first build) does not pay.
     */
    static final class Reports {
        static final ObjectMapper READER = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private final Stages stages;
    private final Inputs inputs;

    /** The stages that make the outputs and read them back, built once by the facade. */
    public record Stages(Validator validator, TeiLoader loader, Paginator paginator, PdfRenderer pdf, EpubBook epub, HtmlRenderer html,
            TextRenderer text, PaginationVerifier pdfVerifier, EpubVerifier epubVerifier) {
    }

    /** The engine over the stages it runs; {@code inputs} fingerprints the units for the cache. */
    public Publisher(Stages stages, Inputs inputs) {
        this.stages = stages;
        this.inputs = inputs;
    }

    /**
     * Makes the selected units of every TEI file into the target: the whole edition into a folder, as
     * {@link #publish} does, or one kind of output, into a folder beside what else it holds (its units kept in a
     * store of their own) or to the one path a command names, or reads the output at that path back.
     */
    public Made make(Selection selection, List<Path> teiFiles, Target target, PublishOptions options) throws InputException, IOException {
        if (selection == Selection.EDITION) {
            return Made.of(publish(teiFiles, target.path().orElseThrow(), options, ProgressListener.NONE));
        }
        if (!target.keeps()) {
            return new OutputRun(stages, selection, target, options, inputs.forRun(), Optional.empty()).run(teiFiles);
        }
        Path store = UnitStore.storeOf(target.path().orElseThrow(), selection.store());
        try (AtomicOutput.Staged next = AtomicOutput.stage(store)) {
            Made made = new OutputRun(stages, selection, target, options, inputs.forRun(), Optional.of(UnitStore.between(store, next.folder())))
                    .run(teiFiles);
            next.put();
            return made;
        }
    }

    /** Publishes, telling {@code progress} how far it has got and measuring each stage. */
    public Publication publish(List<Path> teiFiles, Path folder, PublishOptions options, ProgressListener progress)
            throws InputException, IOException {
        HeapPeak.reset();
        // what the units will need is made ready on the other core while the files are validated
        // (EPUBCheck's schemas, which take longest, on a thread of their own)
        inputs.prepare();
        stages.pdf().prepare();
        stages.epub().prepare();
        stages.html().prepare();
        Clock clock = new Clock();
        List<Validator.Pending> validations = new ArrayList<>();
        int files = teiFiles.size();
        progress.progress(new ProgressListener.Progress(PublishTimings.PARSE_VALIDATE, 0, files, "files", 0, 0));
        for (Path tei : teiFiles) {
            validations.add(clock.time(PublishTimings.PARSE_VALIDATE, () -> stages.validator().start(tei)));
            progress.progress(new ProgressListener.Progress(PublishTimings.PARSE_VALIDATE, validations.size(), files, "files", 0, 0));
        }
        boolean strict = options.validation() == ValidationMode.STRICT;
        // a file without a tree (not well-formed) cannot be published, whatever the validation mode; a
        // grammar error stops a strict publication before anything is made
        if (validations.stream().anyMatch(v -> v.tree().isEmpty()) || strict && validations.stream().anyMatch(Validator.Pending::failedSoFar)) {
            validationProblems(validations, clock).throwIfErrors();
        }
        // otherwise the Schematron rules run beside the outputs being made, and a strict publication stops
        // as soon as they have found an error (or at the end, before anything is kept)
        Publication[] result = new Publication[1];
        Path store = UnitStore.storeOf(folder);
        try (AtomicOutput.Staged nextStore = AtomicOutput.stage(store)) {
            AtomicOutput.writeFolder(folder, fresh -> result[0] = new Run(teiFiles, validations, fresh, folder, options, progress,
                    clock, UnitStore.between(store, nextStore.folder())).publish());
            try {
                nextStore.put();
            } catch (IOException e) {
                // the edition is in place; the next publication builds again what it cannot reuse
            }
        } catch (InputException e) {
            Diagnostics problems = validationProblems(validations, clock);
            if (problems.list().isEmpty()) {
                throw e;
            }
            if (strict) {
                problems.throwIfErrors(); // the validation failed: that is the error, whatever stopped the run
            }
            List<Diagnostic> all = new ArrayList<>(problems.list());
            all.addAll(e.diagnostics());
            throw new InputException(all);
        } catch (IOException e) {
            // the validation problems let through (validation warn) are still the user's to see
            List<Diagnostic> problems = problemsAfter(e, validations, clock);
            if (!problems.isEmpty()) {
                e.addSuppressed(new InputException(problems));
            }
            throw e;
        }
        return result[0];
    }

    /** Every file's validation problems, in order, waiting for the rules still running. */
    private static Diagnostics validationProblems(List<Validator.Pending> validations, Clock clock) throws IOException {
        Diagnostics problems = new Diagnostics();
        for (Validator.Pending validation : validations) {
            problems.addAll(checked(validation, clock).report().diagnostics());
        }
        return problems;
    }

    /**
     * The validation problems to tell after an I/O failure: all of them, waiting for rules still running,
     * unless the run was interrupted (then those known by now: waiting would hold up the stop).
     */
    private static List<Diagnostic> problemsAfter(IOException failure, List<Validator.Pending> validations, Clock clock) {
        if (!(failure instanceof java.io.InterruptedIOException) && !Thread.currentThread().isInterrupted()) {
            try {
                return validationProblems(validations, clock).list();
            } catch (IOException interrupted) {
                // interrupted while waiting: what is known by now
            }
        }
        return validations.stream().flatMap(v -> v.ended().stream()).flatMap(checked -> checked.report().diagnostics().stream()).toList();
    }

    /**
     * Runs EPUBCheck on a book an edition being edited holds unchecked ({@link Publication#unchecked()}), as the
     * edition's last step. A book that passes without a message is marked checked in the store, so that the next
     * publication that takes it from there need not check it again; any other keeps its mark, and a publication
     * that is not an edit's checks it, with the outcome a publication that makes the book has.
     *
     * @return EPUBCheck's warnings
     * @throws InputException with every message, when it found an error
     */
    public List<Diagnostic> check(Publication.UncheckedBook book) throws InputException, IOException {
        List<Diagnostic> warnings = stages.epub().check(book.book(), book.book());
        if (warnings.isEmpty()) {
            Files.deleteIfExists(book.entry().resolve(UNCHECKED));
        }
        return warnings;
    }

    /** A file's whole validation; the rules' time on their own thread counts in the validation's stage. */
    private static Validator.Checked checked(Validator.Pending validation, Clock clock) throws IOException {
        Validator.Checked checked = validation.checked();
        clock.add(PublishTimings.PARSE_VALIDATE, validation.takeRulesNanos());
        return checked;
    }

    /** One publication into a fresh folder. */
    private final class Run {
        private final List<Path> teiFiles;
        private final List<Validator.Pending> validations;
        private final Path folder;
        /** Where the folder will be once complete: what messages name. */
        private final Path published;
        private final PublishOptions options;
        private final ProgressListener progress;
        private final Clock clock;
        private final UnitStore cache;
        /** The inputs of this run: each TEI file is read and hashed once, whatever keys need it. */
        private final Inputs inputs = Publisher.this.inputs.forRun();
        private final java.util.Map<String, String> built = new java.util.LinkedHashMap<>();
        private final List<String> reused = new ArrayList<>();
        /** The paginated text of each file printed for the first time. */
        private final java.util.Map<Path, byte[]> firstPrints = new java.util.HashMap<>();
        private final java.util.Map<String, List<String>> laidOut = new java.util.LinkedHashMap<>();
        private final List<Publication.UncheckedBook> unchecked = new ArrayList<>();
        /** The work held back until the first PDF is made, when the PDF comes first ({@link PublishOptions#editing}). */
        private final List<Runnable> afterPdf = new ArrayList<>();
        private boolean pdfMade;
        private int pagesReadBack;
        private int verdictsRemembered;
        private int filesMade;
        private int filesKept;

        Run(List<Path> teiFiles, List<Validator.Pending> validations, Path folder, Path published, PublishOptions options,
                ProgressListener progress, Clock clock, UnitStore cache) {
            this.teiFiles = teiFiles;
            this.validations = validations;
            this.folder = folder;
            this.published = published;
            this.options = options;
            this.progress = progress;
            this.clock = clock;
            this.cache = cache;
        }

        Publication publish() throws InputException, IOException {
            List<XdmNode> trees = new ArrayList<>();
            for (int i = 0; i < teiFiles.size(); i++) {
                trees.add(printed(teiFiles.get(i), validations.get(i).tree().orElseThrow()));
            }
            List<Integer> sourcePages = trees.stream().map(tree -> count(tree, "pb")).toList();
            int allPages = sourcePages.stream().mapToInt(Integer::intValue).sum();
            Path site = folder.resolve(OutputLayout.SITE);
            Web web = startWeb(trees, site);
            List<PublishReport.DocumentReport> documents = new ArrayList<>();
            Diagnostics mismatches = new Diagnostics();
            try {
                int pagesDone = 0;
                for (int i = 0; i < teiFiles.size(); i++) {
                    DocumentProgress stages = new DocumentProgress(progress, i, teiFiles.size(), pagesDone, sourcePages.get(i), allPages);
                    try {
                        documents.add(document(teiFiles.get(i), trees.get(i), validations.get(i), stages));
                        pdfReady(); // a PDF taken whole from the earlier publication
                    } catch (InputException e) {
                        mismatches.addAll(e.diagnostics());
                    }
                    pagesDone += sourcePages.get(i);
                }
                for (Validator.Pending validation : validations) {
                    stopIfInvalid(validation, true); // the rules of files taken whole from an earlier publication too
                }
                mismatches.throwIfErrors();
                progress.progress(new ProgressListener.Progress(PublishTimings.HTML, 0, teiFiles.size(), "files", 0, 0));
                web.finish();
            } finally {
                web.stop();
            }
            clock.time(PublishTimings.WRITE, () -> {
                // the web edition offers the downloads of this publication, never an earlier one's
                for (Path tei : teiFiles) {
                    for (String download : List.of(OutputLayout.pdf(tei), OutputLayout.epub(tei))) {
                        Files.copy(folder.resolve(download), site.resolve(download));
                    }
                }
                return null;
            });
            progress.progress(new ProgressListener.Progress(PublishTimings.HTML, teiFiles.size(), teiFiles.size(), "files", 0, 0));
            PublishReport report = new PublishReport(documents);
            clock.time(PublishTimings.WRITE, () -> Files.writeString(folder.resolve(OutputLayout.REPORT), Json.write(report)));
            PublishTimings timings = clock.timings(report.summary().pages(), pagesReadBack, verdictsRemembered, filesMade, filesKept,
                    HeapPeak.bytes());
            Files.writeString(folder.resolve(OutputLayout.TIMINGS), Json.write(timings));
            return new Publication(report, timings, built, reused, laidOut, unchecked);
        }

        /** Starts {@code work} now, or once the first PDF is made when the PDF comes first. */
        private void afterPdf(Runnable work) {
            if (pdfMade || !options.editing()) {
                work.run();
            } else {
                afterPdf.add(work);
            }
        }

        /** A PDF is made: the work held back for it starts. */
        private void pdfReady() {
            pdfMade = true;
            afterPdf.forEach(Runnable::run);
            afterPdf.clear();
        }

        /** One TEI file's unit: {@code NAME.pdf}, verified, {@code NAME.epub}, {@code NAME.xml}, and its part of the report. */
        private PublishReport.DocumentReport document(Path tei, XdmNode tree, Validator.Pending validation, DocumentProgress stages)
                throws InputException, IOException {
            String pdfName = OutputLayout.pdf(tei);
            String epubName = OutputLayout.epub(tei);
            Path pdf = folder.resolve(pdfName);
            // the report names the TEI file as given, and diagnostics relative to the working folder
            Fingerprint key = new Fingerprint.Builder().putAll(inputs.publish(tei, options.overflow(), options.validation()))
                    .put("option:tei-as-given", tei.toString()).put("option:working-folder", Path.of("").toAbsolutePath().toString()).build();
            Optional<Path> earlier = cache.reuse(DOCUMENT_UNIT, key);
            PublishReport.DocumentReport part;
            if (earlier.isPresent()) {
                stages.started(PublishTimings.REUSED);
                part = clock.time(PublishTimings.REUSED, () -> {
                    Files.copy(earlier.get().resolve(pdfName), pdf);
                    Files.copy(earlier.get().resolve(epubName), folder.resolve(epubName));
                    Path pages = earlier.get().resolve(PAGES);
                    if (Files.isRegularFile(pages)) {
                        cache.pages(inputs.layout()).carry(Files.readAllLines(pages));
                    }
                    carryFiles(earlier.get(), Stylesheets.Output.EPUB);
                    return Reports.READER.readValue(earlier.get().resolve(PART).toFile(), PublishReport.DocumentReport.class);
                });
                stages.finished(PublishTimings.REUSED);
                if (Files.exists(earlier.get().resolve(UNCHECKED))) {
                    part = uncheckedBook(earlier.get(), epubName, part, stages);
                }
                reused.add(pdfName);
            } else {
                built.put(pdfName, cache.whyBuilt(DOCUMENT_UNIT, pdfName, key));
                FolderStore pages = cache.pages(inputs.layout());
                FolderStore files = cache.files(inputs.rendering(Stylesheets.Output.EPUB));
                part = render(tei, tree, validation, pdf, stages, pages, files);
                Path entry = cache.create(DOCUMENT_UNIT, pdfName, key);
                Files.copy(pdf, entry.resolve(pdfName));
                Files.copy(folder.resolve(epubName), entry.resolve(epubName));
                Files.write(entry.resolve(PAGES), pages.used());
                Files.write(entry.resolve(FILES), files.used());
                countFiles(files);
                Files.writeString(entry.resolve(PART), Json.write(part));
                if (options.editing()) {
                    Files.createFile(entry.resolve(UNCHECKED));
                    unchecked.add(new Publication.UncheckedBook(published.resolve(epubName), cache.placed(entry)));
                }
            }
            byte[] paginated = firstPrints.get(tei);
            clock.time(PublishTimings.WRITE, () -> paginated == null ? Files.copy(tei, folder.resolve(OutputLayout.xml(tei)))
                    : Files.write(folder.resolve(OutputLayout.xml(tei)), paginated));
            return part;
        }

        /**
         * A unit taken from the store whose book EPUBCheck has not passed: an edit's publication leaves it to be
         * checked at its end, as the book it made; any other checks it now, as if it had made it.
         */
        private PublishReport.DocumentReport uncheckedBook(Path entry, String epubName, PublishReport.DocumentReport part,
                DocumentProgress stages) throws InputException, IOException {
            if (options.editing()) {
                unchecked.add(new Publication.UncheckedBook(published.resolve(epubName), cache.placed(entry)));
                return part;
            }
            stages.started(PublishTimings.EPUB);
            List<Diagnostic> warnings = clock.time(PublishTimings.EPUB,
                    () -> Publisher.this.stages.epub().check(folder.resolve(epubName), published.resolve(epubName)));
            stages.finished(PublishTimings.EPUB);
            if (warnings.isEmpty()) {
                Files.delete(entry.resolve(UNCHECKED));
                return part;
            }
            return part.with(warnings);
        }

        /**
         * The tree every output is made from: a text without page breaks with its first print's pages
         * written in, the publication's copy of the TEI being that paginated text.
         */
        private XdmNode printed(Path tei, XdmNode tree) throws InputException, IOException {
            Optional<Paginator.Paginated> first = clock.time(PublishTimings.PDF, () -> stages.paginator().paginate(tei, tree, Pagination.AUTO));
            if (first.isEmpty()) {
                return tree;
            }
            firstPrints.put(tei, first.get().contents());
            return first.get().tree();
        }

        /**
         * The file's validation, waiting for its rules when {@code wait} says so (else {@code null} while they
         * run); a strict publication stops at an error found by then.
         */
        private ValidationReport stopIfInvalid(Validator.Pending validation, boolean wait) throws InputException, IOException {
            if (!wait && !validation.failedSoFar()) {
                return null;
            }
            Validator.Checked checked = checked(validation, clock);
            ValidationReport report = checked.report();
            // a file whose rules could not be compiled has nothing to publish, whatever the validation mode
            if (!report.isValid() && (options.validation() == ValidationMode.STRICT || checked.tree().isEmpty())) {
                throw new InputException(report.diagnostics());
            }
            return report;
        }

        private void countFiles(FolderStore files) {
            filesMade += files.stored();
            filesKept += files.found();
        }

        /** Carries on the files of single documents an earlier publication's unit used, for the unit taken whole. */
        private void carryFiles(Path entry, Stylesheets.Output output) throws IOException {
            Path files = entry.resolve(FILES);
            if (Files.isRegularFile(files)) {
                cache.files(inputs.rendering(output)).carry(Files.readAllLines(files));
            }
        }

        private PublishReport.DocumentReport render(Path tei, XdmNode tree, Validator.Pending validation, Path pdf,
                DocumentProgress stages, FolderStore pages, FolderStore files) throws InputException, IOException {
            String name = OutputLayout.baseName(tei);
            // the EPUB needs the tree only: it is made beside the PDF (or after it, when the PDF comes first); an
            // EPUBCheck error fails the document; an edit's publication leaves EPUBCheck to its end
            Path book = folder.resolve(OutputLayout.epub(tei));
            EpubBook books = Publisher.this.stages.epub();
            java.util.concurrent.atomic.AtomicReference<SideTask<List<Diagnostic>>> epub = new java.util.concurrent.atomic.AtomicReference<>();
            afterPdf(() -> epub.set(SideTask.start("tei-edition-epub", () -> {
                if (!options.editing()) {
                    return books.write(tree, name, book, published.resolve(OutputLayout.epub(tei)), files);
                }
                books.writeUnchecked(tree, name, book, files);
                return List.of();
            })));
            try {
                return renderWith(tei, tree, validation, pdf, stages, pages, epub);
            } finally {
                if (epub.get() != null) {
                    epub.get().stop();
                }
            }
        }

        private PublishReport.DocumentReport renderWith(Path tei, XdmNode tree, Validator.Pending validation, Path pdf,
                DocumentProgress stages, FolderStore pages, java.util.concurrent.atomic.AtomicReference<SideTask<List<Diagnostic>>> epub)
                throws InputException, IOException {
            stages.started(PublishTimings.PDF);
            long started = System.nanoTime();
            PdfResult rendering;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
                rendering = Publisher.this.stages.pdf().render(tree, out, options.overflow(), pages, options.editing());
            } catch (IOException e) {
                throw OutputErrors.about(pdf, e);
            }
            clock.addPdf(System.nanoTime() - started, rendering.millis());
            stopIfInvalid(validation, false);
            laidOut.put(pdf.getFileName().toString(), rendering.laidOut());
            stages.finished(PublishTimings.PDF);
            stages.started(PublishTimings.VERIFY);
            PaginationVerifier.Verification verification = clock.time(PublishTimings.VERIFY,
                    () -> Publisher.this.stages.pdfVerifier().verify(pdf, tree, rendering.pageKeys(), pages));
            pagesReadBack += verification.pagesReadBack();
            verdictsRemembered += verification.verdictsRemembered();
            PaginationReport pagination = verification.report();
            LineQuality.Report lines = clock.time(PublishTimings.VERIFY, () -> LineQuality.read(pdf, rendering.pageKeys(), pages.forVerdicts()));
            stages.finished(PublishTimings.VERIFY);
            // a page the renderer continued on further pages (it fits at no allowed size) is a deviation it reported, not a failure
            if (!pagination.problems().isEmpty()
                    || pagination.pages().stream().anyMatch(page -> !page.ok() && !rendering.continued().contains(page.folio()))) {
                throw new InputException(Diagnostic.error("pdf.pagination",
                        "the PDF's pages do not match the source's: " + String.join("; ", problemsOf(pagination)), tei.toString(), 0, 0));
            }
            // verified, and valid as far as the publication asks: the PDF the publication will hold when it succeeds
            if (options.validation() == ValidationMode.WARN || validation.ended().map(checked -> checked.report().isValid()).orElse(false)) {
                progress.ready(pdf, pdf.getFileName().toString());
            }
            pdfReady();
            stages.started(PublishTimings.EPUB);
            SideTask.Timed<List<Diagnostic>> epubWarnings = epub.get().await();
            clock.add(PublishTimings.EPUB, epubWarnings.nanos());
            stages.finished(PublishTimings.EPUB);
            ValidationReport validated = stopIfInvalid(validation, true);
            String name = OutputLayout.baseName(tei);
            // the report names outputs relative to the folder, so that it is the same wherever it was written
            PaginationReport relative = new PaginationReport(name + ".pdf", name + ".xml", pagination.pages(), pagination.problems());
            List<Diagnostic> problems = new ArrayList<>(rendering.diagnostics());
            problems.addAll(epubWarnings.value());
            return new PublishReport.DocumentReport(name + ".xml", name + ".pdf", countDocuments(tree), validated,
                    new PublishReport.Rendering(rendering.pageCount(), rendering.design(), rendering.scale(), rendering.shrunk(), rendering.fill(), problems), relative, lines);
        }

        /** The web edition: taken from the cache, or made on a second core while the PDFs are laid out. */
        private Web startWeb(List<XdmNode> trees, Path site) throws IOException {
            Fingerprint key = inputs.html(teiFiles);
            Optional<Path> earlier = cache.reuse(WEB_UNIT, key);
            if (earlier.isPresent()) {
                long started = System.nanoTime();
                UnitStore.copyTree(earlier.get().resolve(OutputLayout.SITE), site);
                carryFiles(earlier.get(), Stylesheets.Output.HTML);
                clock.add(PublishTimings.REUSED, System.nanoTime() - started);
                reused.add(OutputLayout.SITE + "/");
                return Web.DONE;
            }
            String unit = OutputLayout.SITE + "/";
            built.put(unit, cache.whyBuilt(WEB_UNIT, unit, key));
            Files.createDirectory(site);
            FolderStore files = cache.files(inputs.rendering(Stylesheets.Output.HTML));
            java.util.concurrent.atomic.AtomicReference<SideTask<Void>> stage = new java.util.concurrent.atomic.AtomicReference<>();
            afterPdf(() -> stage.set(SideTask.start("tei-edition-web", () -> {
                stages.html().render(trees, site, true, files);
                return null;
            })));
            return new Web() {
                @Override
                public void finish() throws InputException, IOException {
                    pdfReady();
                    clock.add(PublishTimings.HTML, stage.get().await().nanos());
                    // stored before the PDFs are copied in: they are their own units' outputs
                    Path entry = cache.create(WEB_UNIT, unit, key);
                    UnitStore.copyTree(site, entry.resolve(OutputLayout.SITE));
                    Files.write(entry.resolve(FILES), files.used());
                    countFiles(files);
                }

                @Override
                public void stop() {
                    if (stage.get() != null) {
                        stage.get().stop();
                    }
                }
            };
        }
    }

    /** The web edition's unit while the PDFs are made. */
    private interface Web {
        Web DONE = new Web() {
            @Override
            public void finish() {
            }

            @Override
            public void stop() {
            }
        };

        void finish() throws InputException, IOException;

        void stop();
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
}

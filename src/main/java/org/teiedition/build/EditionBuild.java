// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.teiedition.Edition;
import org.teiedition.validate.ValidationMode;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.publish.OutputLayout;
import org.teiedition.publish.Publication;
import org.teiedition.validate.ValidationReport;
import org.teiedition.cache.Fingerprint;
import org.teiedition.cache.Inputs;
import org.teiedition.cache.PageCache;
import org.teiedition.print.Overflow;
import org.teiedition.print.PdfResult;
import org.teiedition.transform.Stylesheets;

/**
 * An incremental, parallel build of an edition into an output folder, for build tools (the Maven
 * plugin): the work is cut into units — each document's validation, each document's PDF (or published
 * PDF and TEI), the web edition of all documents, {@code report.json} — and a unit whose inputs (see
 * {@link Inputs}) and outputs are unchanged since the last build is not done again. The decisions are
 * made in document order and logged; the documents' units then run on {@link BuildRequest#threads()}
 * threads. Each output depends only on its own inputs, so the outputs are the same whatever the number of
 * threads. A PDF made again lays out only the pages whose layout inputs changed ({@link PageFolders}).
 *
 * <p>Invalid documents, with validation {@code strict}, stop the build before anything is written: the
 * {@link InputException} carries every document's problems. A unit that fails leaves its earlier outputs
 * as they were; the units that succeeded are remembered.
 */
public final class EditionBuild {
    private final Work work;
    private final BuildRequest request;
    private final BuildLog log;
    private final Inputs inputs;
    private final List<String> built = new ArrayList<>();
    private final List<String> upToDate = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private BuildState state;

    public EditionBuild(Edition edition, BuildRequest request, BuildLog log) {
        this(Work.of(edition), request, log, new Inputs(edition.config()));
    }

    EditionBuild(Work work, BuildRequest request, BuildLog log, Inputs inputs) {
        this.work = work;
        this.request = request;
        this.log = log;
        this.inputs = inputs;
    }

    /** Builds what the goal makes; an {@code EditionBuild} runs once. */
    public BuildResult run(Goal goal) throws InputException, IOException {
        if (state != null) {
            throw new IllegalStateException("an edition build runs once");
        }
        state = BuildState.load(request.stateFile());
        if (request.sources().isEmpty()) {
            log.info("tei-edition: no TEI files in " + request.sourceDirectory());
            return result();
        }
        try {
            if (goal == Goal.PUBLISH) {
                publish();
            } else {
                validate(goal == Goal.VALIDATE);
                switch (goal) {
                    case PDF -> {
                        PageFolders pages = new PageFolders(PageFolders.beside(request.stateFile()), inputs.layout());
                        pdfs(pages);
                        for (Path pdf : removeStale("pdf ")) {
                            pages.remove(pdf);
                        }
                    }
                    case HTML -> html(kept(Stylesheets.Output.HTML));
                    case PAGINATE -> paginate();
                    case EPUB -> {
                        PageFolders kept = kept(Stylesheets.Output.EPUB);
                        epubs(kept);
                        for (Path epub : removeStale("epub ")) {
                            kept.remove(epub);
                        }
                    }
                    default -> { }
                }
            }
            log.info("tei-edition: " + built.size() + " built, " + upToDate.size() + " up to date");
            return result();
        } finally {
            state.save();
        }
    }

    /** Every document's TEI with its pages, into the output folder under its own name. */
    private void paginate() throws InputException, IOException {
        List<Parallel.Task<Void>> tasks = new ArrayList<>();
        for (Path tei : request.sources()) {
            Path out = request.outputDirectory().resolve(OutputLayout.xml(tei));
            built.add(name(tei));
            tasks.add(() -> {
                List<String> folios = work.paginate(tei, out);
                log.info("tei-edition: " + name(tei) + (folios.isEmpty() ? ": its own page breaks kept" : ": first print of "
                        + folios.size() + " pages, " + folios.get(0) + "–" + folios.get(folios.size() - 1)) + ", written to " + out);
                return null;
            });
        }
        Files.createDirectories(request.outputDirectory());
        Parallel.run(request.threads(), tasks);
    }

    private BuildResult result() {
        return new BuildResult(built, upToDate, diagnostics);
    }

    // validation: every document, then stop on errors when strict

    private List<ValidationReport> validate(boolean isGoal) throws InputException, IOException {
        List<Parallel.Task<ValidationReport>> tasks = new ArrayList<>();
        for (Path tei : request.sources()) {
            String unit = "validate " + absolute(tei);
            Fingerprint fingerprint = inputs.validation(tei);
            BuildState.Check check = state.check(unit, fingerprint);
            if (check.upToDate()) {
                BuildState.Entry entry = check.earlier().orElseThrow();
                String file = entry.report() != null ? entry.report().asText() : tei.toString();
                ValidationReport cached = new ValidationReport(file, entry.problems());
                say(isGoal, name(tei) + " is up to date");
                if (isGoal) {
                    upToDate.add(name(tei));
                }
                tasks.add(() -> cached);
            } else {
                say(isGoal, "validating " + name(tei) + " (" + check.reason() + ")");
                if (isGoal) {
                    built.add(name(tei));
                }
                tasks.add(() -> {
                    ValidationReport report = work.validate(tei);
                    if (report.isValid()) {
                        state.record(unit, fingerprint, List.of(), report.diagnostics(), TextNode.valueOf(report.file()));
                    } else {
                        state.forget(unit);
                    }
                    return report;
                });
            }
        }
        List<ValidationReport> reports = Parallel.run(request.threads(), tasks);
        List<Diagnostic> all = reports.stream().flatMap(r -> r.diagnostics().stream()).toList();
        if (request.options().validation() == ValidationMode.STRICT && all.stream().anyMatch(Diagnostic::isError)) {
            throw new InputException(all);
        }
        diagnostics.addAll(all);
        return reports;
    }

    private void say(boolean info, String message) {
        if (info) {
            log.info("tei-edition: " + message);
        } else {
            log.debug("tei-edition: " + message);
        }
    }

    // the pdf goal: one PDF per document, laying out only the pages that changed

    private void pdfs(PageFolders pages) throws InputException, IOException {
        Overflow overflow = request.options().overflow();
        perDocument("pdf", ".pdf", tei -> inputs.pdf(tei, overflow), (tei, pdf) -> {
            PdfResult result = pages.keep(pdf, store -> work.pdf(tei, pdf, overflow, store));
            return new Written(result.diagnostics(), Optional.of(pdf.getFileName() + ": laid out " + result.laidOut().size() + " of "
                    + result.pageCount() + " pages, reused " + (result.pageCount() - result.laidOut().size())));
        });
    }

    /** What a per-document goal does to one document: writes its output, gives what it found. */
    @FunctionalInterface
    private interface Output {
        Written write(Path tei, Path output) throws InputException, IOException;
    }

    /** What writing one output found: its diagnostics, and how it was made, to be logged. */
    private record Written(List<Diagnostic> diagnostics, Optional<String> how) {
    }

    /** What a per-document goal's output is made from. */
    @FunctionalInterface
    private interface Made {
        Fingerprint of(Path tei) throws IOException;
    }

    /** A goal with one output per document ({@code NAME.pdf}, {@code NAME.epub}), each rebuilt only when its inputs changed. */
    private void perDocument(String kind, String extension, Made made, Output output) throws InputException, IOException {
        List<Parallel.Task<Written>> tasks = new ArrayList<>();
        for (Path tei : request.sources()) {
            Path file = request.outputDirectory().resolve(OutputLayout.baseName(tei) + extension);
            String unit = kind + " " + absolute(file);
            Fingerprint fingerprint = made.of(tei);
            BuildState.Check check = check(unit, fingerprint, tei, file);
            if (check.upToDate()) {
                Written earlier = new Written(check.earlier().orElseThrow().problems(), Optional.empty());
                tasks.add(() -> earlier);
            } else {
                tasks.add(() -> {
                    Written found = output.write(tei, file);
                    state.record(unit, fingerprint, List.of(file), found.diagnostics(), null);
                    return found;
                });
            }
        }
        for (Written written : Parallel.run(request.threads(), tasks)) {
            written.how().ifPresent(how -> log.info("tei-edition: " + how));
            diagnostics.addAll(written.diagnostics());
        }
    }

    // the publish goal: the publication engine, with its own cache of units in the output folder

    private void publish() throws InputException, IOException {
        Publication publication = work.publish(request.sources(), request.outputDirectory(), request.options());
        publication.why().forEach((unit, why) -> log.info("tei-edition: building " + unit + " (" + why + ")"));
        publication.reused().forEach(unit -> log.info("tei-edition: " + unit + " is up to date"));
        built.addAll(publication.built());
        upToDate.addAll(publication.reused());
        publication.report().documents().forEach(document -> {
            diagnostics.addAll(document.validation().diagnostics());
            diagnostics.addAll(document.rendering().diagnostics());
        });
    }

    // the epub goal: one EPUB per document, checked with EPUBCheck

    private void epubs(PageFolders kept) throws InputException, IOException {
        perDocument("epub", ".epub", inputs::epub, (tei, epub) -> kept.keep(epub, store ->
                new Written(work.epub(tei, epub, store), Optional.of(epub.getFileName() + ": " + made(store)))));
    }

    /** What a goal made of the files of single documents and what it took from its last build. */
    private static String made(PageCache store) {
        return "made " + store.stored() + " of " + (store.stored() + store.found()) + " document files, kept " + store.found();
    }

    private PageFolders kept(Stylesheets.Output output) throws IOException {
        return new PageFolders(PageFolders.beside(request.stateFile()), inputs.rendering(output));
    }

    private BuildState.Check check(String unit, Fingerprint fingerprint, Path tei, Path output) throws IOException {
        BuildState.Check check = state.check(unit, fingerprint);
        if (check.upToDate()) {
            log.info("tei-edition: " + name(tei) + " is up to date");
            upToDate.add(output.getFileName().toString());
        } else {
            log.info("tei-edition: building " + output.getFileName() + " (" + check.reason() + ")");
            built.add(output.getFileName().toString());
        }
        return check;
    }

    // the web edition, made of all documents

    private void html(PageFolders kept) throws InputException, IOException {
        Path folder = request.outputDirectory().resolve("html");
        String unit = "html " + absolute(folder);
        Fingerprint fingerprint = inputs.html(request.sources());
        BuildState.Check check = state.check(unit, fingerprint);
        if (check.upToDate()) {
            log.info("tei-edition: the web edition html/ is up to date");
            upToDate.add("html/");
            return;
        }
        log.info("tei-edition: building the web edition html/ (" + check.reason() + ")");
        String made = kept.keep(folder, store -> {
            work.html(request.sources(), folder, store);
            return made(store);
        });
        log.info("tei-edition: html/: " + made);
        state.record(unit, fingerprint, List.of(folder), List.of(), null);
        built.add("html/");
    }

    /** Removes the outputs of documents that are no longer among the sources; gives the outputs removed. */
    private List<Path> removeStale(String kind) throws IOException {
        List<Path> removed = new ArrayList<>();
        Path folder = absolute(request.outputDirectory());
        Set<String> current = request.sources().stream().map(OutputLayout::baseName).collect(Collectors.toSet());
        for (String unit : state.units(kind + folder + java.io.File.separator)) {
            Path output = Path.of(unit.substring(kind.length()));
            String name = OutputLayout.baseName(output);
            if (output.getParent().equals(folder) && !current.contains(name)) {
                Files.deleteIfExists(output);
                removed.add(output);
                state.forget(unit);
                log.info("tei-edition: removed the outputs of " + name + " (no longer among the sources)");
            }
        }
        return removed;
    }

    private String name(Path tei) {
        Path relative = absolute(request.sourceDirectory()).relativize(absolute(tei));
        return relative.startsWith("..") ? tei.getFileName().toString() : relative.toString().replace('\\', '/');
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}

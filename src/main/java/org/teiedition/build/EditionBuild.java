// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.teiedition.Edition;
import org.teiedition.ValidationMode;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.diag.Json;
import org.teiedition.io.AtomicOutput;
import org.teiedition.publish.Publisher;
import org.teiedition.validate.ValidationReport;

/**
 * An incremental, parallel build of an edition into an output folder, for build tools (the Maven
 * plugin): the work is cut into units — each document's validation, each document's PDF (or published
 * PDF and TEI), the web edition of all documents, {@code report.json} — and a unit whose inputs (see
 * {@link Inputs}) and outputs are unchanged since the last build is not done again. The decisions are
 * made in document order and logged; the documents' units then run on {@link BuildRequest#threads()}
 * threads. Each output depends only on its own inputs, so the outputs are the same whatever the number of
 * threads.
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
            List<ValidationReport> validations = validate(goal == Goal.VALIDATE);
            switch (goal) {
                case VALIDATE -> { }
                case PDF -> {
                    pdfs();
                    removeStale("pdf ", Set.of(".pdf"));
                }
                case HTML -> html();
                case EPUB -> {
                    epubs();
                    removeStale("epub ", Set.of(".epub"));
                }
                case PUBLISH -> {
                    List<JsonNode> documents = publish(validations);
                    html();
                    report(documents);
                    removeStale("publish ", Set.of(".pdf", ".xml", ".epub"));
                }
            }
            log.info("tei-edition: " + built.size() + " built, " + upToDate.size() + " up to date");
            return result();
        } finally {
            state.save();
        }
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

    // the pdf goal: one PDF per document

    private void pdfs() throws InputException, IOException {
        List<Parallel.Task<List<Diagnostic>>> tasks = new ArrayList<>();
        for (Path tei : request.sources()) {
            Path pdf = request.outputDirectory().resolve(baseName(tei) + ".pdf");
            String unit = "pdf " + absolute(pdf);
            Fingerprint fingerprint = inputs.pdf(tei, request.options().overflow());
            BuildState.Check check = check(unit, fingerprint, tei, pdf);
            if (check.upToDate()) {
                List<Diagnostic> earlier = check.earlier().orElseThrow().problems();
                tasks.add(() -> earlier);
            } else {
                tasks.add(() -> {
                    List<Diagnostic> found = work.pdf(tei, pdf, request.options().overflow());
                    state.record(unit, fingerprint, List.of(pdf), found, null);
                    return found;
                });
            }
        }
        Parallel.run(request.threads(), tasks).forEach(diagnostics::addAll);
    }

    // the epub goal: one EPUB per document (org.teiedition.epub)

    private void epubs() throws InputException, IOException {
        List<Parallel.Task<List<Diagnostic>>> tasks = new ArrayList<>();
        for (Path tei : request.sources()) {
            Path epub = request.outputDirectory().resolve(baseName(tei) + ".epub");
            String unit = "epub " + absolute(epub);
            Fingerprint fingerprint = inputs.epub(tei);
            BuildState.Check check = check(unit, fingerprint, tei, epub);
            if (check.upToDate()) {
                List<Diagnostic> earlier = check.earlier().orElseThrow().problems();
                tasks.add(() -> earlier);
            } else {
                tasks.add(() -> {
                    List<Diagnostic> found = work.epub(tei, epub);
                    state.record(unit, fingerprint, List.of(epub), found, null);
                    return found;
                });
            }
        }
        Parallel.run(request.threads(), tasks).forEach(diagnostics::addAll);
    }

    // the publish goal: per document, the verified PDF and the TEI, with its part of the report

    private List<JsonNode> publish(List<ValidationReport> validations) throws InputException, IOException {
        List<Parallel.Task<BuildState.Entry>> tasks = new ArrayList<>();
        for (int i = 0; i < request.sources().size(); i++) {
            Path tei = request.sources().get(i);
            ValidationReport validation = validations.get(i);
            Path pdf = request.outputDirectory().resolve(baseName(tei) + ".pdf");
            Path xml = request.outputDirectory().resolve(baseName(tei) + ".xml");
            String unit = "publish " + absolute(pdf);
            Fingerprint fingerprint = inputs.publish(tei, request.options().overflow(), request.options().validation());
            BuildState.Check check = check(unit, fingerprint, tei, pdf);
            if (check.upToDate() && check.earlier().orElseThrow().report() != null) {
                BuildState.Entry earlier = check.earlier().orElseThrow();
                tasks.add(() -> earlier);
            } else {
                tasks.add(() -> {
                    Work.Published published = work.publish(tei, validation, request.outputDirectory(), request.options().overflow());
                    Path epub = request.outputDirectory().resolve(baseName(tei) + ".epub");
                    state.record(unit, fingerprint, List.of(pdf, xml, epub), published.diagnostics(), published.report());
                    return new BuildState.Entry(fingerprint.inputs(), java.util.Map.of(),
                            published.diagnostics().stream().map(BuildState.Problem::of).toList(), published.report());
                });
            }
        }
        List<JsonNode> reports = new ArrayList<>();
        for (BuildState.Entry entry : Parallel.run(request.threads(), tasks)) {
            diagnostics.addAll(entry.problems());
            reports.add(entry.report());
        }
        return reports;
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

    private void html() throws InputException, IOException {
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
        work.html(request.sources(), folder);
        state.record(unit, fingerprint, List.of(folder), List.of(), null);
        built.add("html/");
    }

    /** {@code report.json} from the documents' parts, written when its content changes. */
    private void report(List<JsonNode> documents) throws IOException {
        ObjectNode root = BuildState.mapper().createObjectNode();
        ArrayNode array = root.putArray("documents");
        documents.forEach(array::add);
        String text = Json.write(root);
        Path file = request.outputDirectory().resolve("report.json");
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            AtomicOutput.writeString(file, text);
        }
    }

    /** Removes the outputs of documents that are no longer among the sources. */
    private void removeStale(String kind, Set<String> extensions) throws IOException {
        Path folder = absolute(request.outputDirectory());
        Set<String> current = request.sources().stream().map(EditionBuild::baseName).collect(Collectors.toSet());
        for (String unit : state.units(kind + folder + java.io.File.separator)) {
            Path pdf = Path.of(unit.substring(kind.length()));
            String name = baseName(pdf);
            if (pdf.getParent().equals(folder) && !current.contains(name)) {
                for (String extension : extensions) {
                    Files.deleteIfExists(folder.resolve(name + extension));
                }
                state.forget(unit);
                log.info("tei-edition: removed the outputs of " + name + " (no longer among the sources)");
            }
        }
    }

    private String name(Path tei) {
        Path relative = absolute(request.sourceDirectory()).relativize(absolute(tei));
        return relative.startsWith("..") ? tei.getFileName().toString() : relative.toString().replace('\\', '/');
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    static String baseName(Path file) {
        return Publisher.baseName(file);
    }
}

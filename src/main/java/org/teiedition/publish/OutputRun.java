// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.store.Fingerprint;
import org.teiedition.store.Hashes;
import org.teiedition.inputs.Inputs;
import org.teiedition.store.FolderStore;
import org.teiedition.store.PageStore;
import org.teiedition.store.UnitStore;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.Diagnostics;
import org.teiedition.diag.InputException;
import org.teiedition.diag.Json;
import org.teiedition.io.AtomicOutput;
import org.teiedition.paginate.Pagination;
import org.teiedition.paginate.Paginator;
import org.teiedition.print.Overflow;
import org.teiedition.print.PdfResult;
import org.teiedition.transform.Stylesheets;
import org.teiedition.validate.ValidationMode;
import org.teiedition.validate.ValidationReport;
import org.teiedition.validate.Validator;
import org.teiedition.verify.LineQuality;
import org.teiedition.verify.PdfStructure;

/**
 * One kind of output of every TEI file (a {@link Selection} other than the whole edition), made into a folder
 * beside whatever else it holds, or to the one path a command names ({@link Target}): each output is written in
 * place of its earlier self, whole or not at all. Into a folder, its units (each file's validation, each file's
 * output, the web edition of all files) are kept in a {@link UnitStore} store of their own beside the folder, as
 * a publication's are: a unit whose inputs are unchanged is taken from the store (its output left as it is when
 * it is still the same bytes), a PDF made again lays out only the pages whose layout inputs changed, an EPUB or
 * web edition made again only the files of single documents that changed; the outputs of files no longer given
 * are removed. To a path, nothing is kept, and no unit's inputs are worked out.
 *
 * <p>Every file is validated (or known valid from the store) before anything is written; with
 * {@link ValidationMode#STRICT} an error stops the run there, with every file's problems. A run that fails
 * later tells the problems found before its failure too.
 */
final class OutputRun {
    private static final String VALIDATION = "validation";
    /** In an entry: the diagnostics its unit gave, told again when it is taken from the store. */
    private static final String DIAGNOSTICS = "diagnostics.json";
    private static final String PAGES = "pages.txt";
    private static final String FILES = "files.txt";

    private final Publisher.Stages stages;
    private final Selection selection;
    private final Target target;
    private final PublishOptions options;
    private final Inputs inputs;
    /** Where the units are kept: none when the target keeps nothing. */
    private final Optional<UnitStore> cache;
    private final Map<String, String> built = new LinkedHashMap<>();
    private final List<String> upToDate = new ArrayList<>();
    private final List<String> how = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<ValidationReport> validations = new ArrayList<>();
    /** Each file's validation as started, its Schematron rules perhaps still running. */
    private final List<Validator.Pending> pending = new ArrayList<>();
    private List<Path> teiFiles = List.of();
    private boolean validationsWhole;
    private final Map<Path, Fingerprint> validationKeys = new java.util.HashMap<>();
    private final Map<String, List<String>> firstPrints = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, PdfResult> pdfs = new LinkedHashMap<>();
    private final List<ReadBack> readBack = new ArrayList<>();

    OutputRun(Publisher.Stages stages, Selection selection, Target target, PublishOptions options, Inputs inputs, Optional<UnitStore> cache) {
        this.stages = stages;
        this.selection = selection;
        this.target = target;
        this.options = options;
        this.inputs = inputs;
        this.cache = cache;
    }

    /**
     * Validates every file and makes the selected output of each; its stage gets ready on another core
     * meanwhile. A PDF is made while the files' Schematron rules still run, and written only when they
     * have passed; the other outputs are made once the files are validated.
     */
    Made run(List<Path> teiFiles) throws InputException, IOException {
        this.teiFiles = List.copyOf(teiFiles);
        switch (selection) {
            case PDF -> stages.pdf().prepare();
            case EPUB -> stages.epub().prepare();
            case HTML -> stages.html().prepare();
            default -> {
                // validation alone, or the paginated text, which lays out pages only for a first print
            }
        }
        for (Path tei : teiFiles) {
            pending.add(validation(tei));
        }
        // a file that is not well-formed, or a grammar error of a strict run, stops the run before any work
        boolean strict = options.validation() == ValidationMode.STRICT;
        if (selection != Selection.PDF || pending.stream().anyMatch(file -> file.tree().isEmpty() || strict && file.failedSoFar())) {
            validated();
        }
        try {
            write();
            validated();
        } catch (InputException e) {
            validated(); // a strict run's validation errors are the failure, whatever stopped the run
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            all.addAll(e.diagnostics());
            throw new InputException(all);
        } catch (IOException e) {
            // the problems found by the rules too, unless the run was stopped (waiting for them would hold up the stop)
            try {
                if (!(e instanceof java.io.InterruptedIOException) && !Thread.currentThread().isInterrupted()) {
                    validated();
                }
            } catch (InputException invalid) {
                e.addSuppressed(invalid);
                throw e;
            }
            if (!diagnostics.isEmpty()) {
                e.addSuppressed(new InputException(diagnostics));
            }
            throw e;
        }
        return new Made(built, upToDate, how, diagnostics, validations, firstPrints, texts, pdfs, readBack);
    }

    /**
     * Every file's whole validation, waiting once for rules still running: its problems come before the
     * outputs', a file that passed is kept in the store, and a strict run (or one with a file that is not
     * well-formed, which has no output) stops with the problems here, before any output is written.
     */
    private void validated() throws InputException, IOException {
        if (validationsWhole) {
            return;
        }
        validationsWhole = true;
        Diagnostics problems = new Diagnostics();
        boolean unread = false;
        for (int i = 0; i < teiFiles.size(); i++) {
            Validator.Checked file = pending.get(i).checked();
            validations.add(file.report());
            problems.addAll(file.report().diagnostics());
            unread |= selection != Selection.VALIDATION && file.tree().isEmpty() && !file.report().isValid();
            keep(teiFiles.get(i), file);
        }
        if (options.validation() == ValidationMode.STRICT || unread) {
            problems.throwIfErrors();
        }
        diagnostics.addAll(0, problems.list());
    }

    private void write() throws InputException, IOException {
        if (selection == Selection.VALIDATION) {
            return;
        }
        if (selection == Selection.VERIFICATION) {
            readBack(target.path().orElseThrow(), teiFiles.get(0), pending.get(0));
            return;
        }
        // a PDF is made before its rules have passed: a folder made for it goes again if they refuse it
        Optional<Path> made = Optional.empty();
        if (cache.isPresent() && Files.notExists(target.path().orElseThrow())) {
            made = Optional.of(Files.createDirectories(target.path().orElseThrow()));
        }
        try {
            if (selection == Selection.HTML) {
                html();
                return;
            }
            for (int i = 0; i < teiFiles.size(); i++) {
                document(teiFiles.get(i), pending.get(i));
            }
            removeStale();
        } catch (InputException | IOException | RuntimeException e) {
            if (made.isPresent()) {
                removeIfEmpty(made.get());
            }
            throw e;
        }
    }

    private static void removeIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException notEmpty) {
            // something was kept in it, or it cannot be removed: it stays, as any folder a run leaves
        }
    }

    /** A file's validation started, or taken whole from the store when the file and the schema are unchanged since it passed. */
    private Validator.Pending validation(Path tei) throws IOException {
        if (cache.isEmpty()) {
            return stages.validator().start(tei);
        }
        UnitStore store = cache.get();
        String unit = tei.getFileName().toString();
        Optional<Path> earlier = store.reuse(VALIDATION, validationKey(tei));
        if (earlier.isPresent()) {
            upToDateIf(selection == Selection.VALIDATION, unit);
            return Validator.Pending.done(new Validator.Checked(
                    Publisher.Reports.READER.readValue(earlier.get().resolve(DIAGNOSTICS).toFile(), ValidationReport.class), Optional.empty()));
        }
        if (selection == Selection.VALIDATION) {
            built.put(unit, store.whyBuilt(VALIDATION, unit, validationKey(tei)));
        }
        return stages.validator().start(tei);
    }

    /** Keeps a file's validation that passed in the store, unless it was taken from there. */
    private void keep(Path tei, Validator.Checked checked) throws IOException {
        if (cache.isPresent() && checked.tree().isPresent() && checked.report().isValid()) {
            Files.writeString(cache.get().create(VALIDATION, tei.getFileName().toString(), validationKey(tei)).resolve(DIAGNOSTICS),
                    Json.write(checked.report()));
        }
    }

    private Fingerprint validationKey(Path tei) throws IOException {
        Fingerprint key = validationKeys.get(tei);
        if (key == null) {
            // the report names the file as given
            key = new Fingerprint.Builder().putAll(inputs.validation(tei)).put("option:tei-as-given", tei.toString()).build();
            validationKeys.put(tei, key);
        }
        return key;
    }

    /**
     * The tree its validation read, else (known valid from the store, or the schema could not be read) the file
     * parsed; a file that is not well-formed stops here, whatever the validation mode.
     */
    private XdmNode tree(Path tei, Validator.Pending file) throws InputException, IOException {
        if (file.tree().isEmpty()) {
            Diagnostics problems = new Diagnostics();
            problems.addAll(file.checked().report().diagnostics());
            problems.throwIfErrors();
        }
        return file.tree().isPresent() ? file.tree().get() : stages.loader().load(tei);
    }

    /** The text as the outputs print it ({@link Paginator}): a first print's pages written in where it has none of its own. */
    private Paginator.Paginated printed(Path tei, Validator.Pending file, Pagination pagination) throws InputException, IOException {
        XdmNode tree = tree(tei, file);
        Optional<Paginator.Paginated> first = stages.paginator().paginate(tei, tree, pagination);
        return first.isPresent() ? first.get() : new Paginator.Paginated(Files.readAllBytes(tei), tree, List.of());
    }

    /** One file's output: {@code NAME.pdf}, {@code NAME.epub}, {@code NAME.xml} or {@code NAME.txt}. */
    private void document(Path tei, Validator.Pending validation) throws InputException, IOException {
        String name = outputName(tei);
        // a text to nowhere is kept by its name for the caller
        Path out = target.path().isPresent() ? target.output(name) : Path.of(name);
        if (cache.isEmpty()) {
            diagnostics.addAll(make(tei, validation, out, PageStore.inMemory(), PageStore.none()));
            return;
        }
        UnitStore store = cache.get();
        Fingerprint key = key(tei);
        Optional<Path> earlier = store.reuse(kind(), key);
        if (earlier.isPresent()) {
            validated();
            restore(earlier.get().resolve(name), out);
            carry(earlier.get());
            diagnostics.addAll(Arrays.asList(Publisher.Reports.READER.readValue(earlier.get().resolve(DIAGNOSTICS).toFile(), Diagnostic[].class)));
            upToDate.add(name);
            return;
        }
        built.put(name, store.whyBuilt(kind(), name, key));
        FolderStore pages = store.pages(inputs.layout());
        FolderStore files = store.files(inputs.rendering(Stylesheets.Output.EPUB));
        List<Diagnostic> found = make(tei, validation, out, pages, files);
        diagnostics.addAll(found);
        if (selection == Selection.EPUB) {
            how.add(out.getFileName() + ": " + made(files));
        }
        Path entry = store.create(kind(), name, key);
        Files.copy(out, entry.resolve(name));
        Files.write(entry.resolve(PAGES), pages.used());
        Files.write(entry.resolve(FILES), files.used());
        Files.writeString(entry.resolve(DIAGNOSTICS), Json.write(found));
    }

    /** One file's output written to {@code out}; {@code pages}, {@code files}: where its laid-out pages and EPUB files are kept. */
    private List<Diagnostic> make(Path tei, Validator.Pending validation, Path out, PageStore pages, PageStore files)
            throws InputException, IOException {
        if (selection == Selection.TEXT) {
            return text(tree(tei, validation), out);
        }
        Paginator.Paginated printed = printed(tei, validation, selection == Selection.PAGINATED_TEI ? options.pagination() : Pagination.AUTO);
        return switch (selection) {
            case PDF -> pdf(printed.tree(), out, pages);
            case EPUB -> stages.epub().write(printed.tree(), OutputLayout.baseName(tei), out, files);
            default -> paginated(printed, out);
        };
    }

    private List<Diagnostic> pdf(XdmNode tree, Path out, PageStore pages) throws InputException, IOException {
        PdfResult[] result = new PdfResult[1];
        AtomicOutput.writeFile(out, stream -> {
            result[0] = stages.pdf().render(tree, stream, options.overflow(), pages);
            validated();
        });
        pdfs.put(out.getFileName().toString(), result[0]);
        how.add(out.getFileName() + ": laid out " + result[0].laidOut().size() + " of " + result[0].pageCount() + " pages, reused "
                + (result[0].pageCount() - result[0].laidOut().size()));
        return result[0].diagnostics();
    }

    /** The text with its pages: a first print's where it has none of its own, else the file as it is. */
    private List<Diagnostic> paginated(Paginator.Paginated paginated, Path out) throws InputException, IOException {
        AtomicOutput.writeFile(out, stream -> stream.write(paginated.contents()));
        List<String> folios = paginated.folios();
        if (!folios.isEmpty()) {
            firstPrints.put(out.getFileName().toString(), folios);
        }
        how.add(out.getFileName() + (folios.isEmpty() ? ": its own page breaks kept" : ": first print of " + folios.size() + " pages, "
                + folios.get(0) + "–" + folios.get(folios.size() - 1)) + ", written to " + out);
        return List.of();
    }

    /**
     * The transcription form of the text as it is (a text without page breaks is not given a first print's: the
     * form writes a page's breaks where the TEI has them): to its file, or, to nowhere, kept for the caller.
     */
    private List<Diagnostic> text(XdmNode tree, Path out) throws InputException, IOException {
        String text = stages.text().render(tree);
        if (target.path().isPresent()) {
            AtomicOutput.writeString(out, text);
        } else {
            texts.put(out.getFileName().toString(), text);
        }
        return List.of();
    }

    /**
     * The output at {@code output} read back against the text it prints: an EPUB's page-list, or a PDF's pages
     * (its tagged structure first) and its set lines.
     */
    private void readBack(Path output, Path tei, Validator.Pending validation) throws InputException, IOException {
        XdmNode printed = printed(tei, validation, Pagination.AUTO).tree();
        if (output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".epub")) {
            readBack.add(new ReadBack(stages.epubVerifier().verify(output, printed), Optional.empty()));
            return;
        }
        PdfStructure.check(output);
        readBack.add(new ReadBack(stages.pdfVerifier().verify(output, printed), Optional.of(LineQuality.read(output))));
    }

    /** The web edition of all files, {@code html/}. */
    private void html() throws InputException, IOException {
        String unit = OutputLayout.SITE + "/";
        Path site = target.output(OutputLayout.SITE);
        if (cache.isEmpty()) {
            render(site, PageStore.none());
            return;
        }
        UnitStore store = cache.get();
        Fingerprint key = inputs.html(teiFiles);
        Optional<Path> earlier = store.reuse(OutputLayout.SITE, key);
        if (earlier.isPresent()) {
            Path kept = earlier.get().resolve(OutputLayout.SITE);
            if (!Files.isDirectory(site) || !Hashes.ofTree(site).equals(Hashes.ofTree(kept))) {
                AtomicOutput.writeFolder(site, fresh -> UnitStore.copyTree(kept, fresh));
            }
            carry(earlier.get());
            upToDate.add(unit);
            return;
        }
        built.put(unit, store.whyBuilt(OutputLayout.SITE, unit, key));
        FolderStore files = store.files(inputs.rendering(Stylesheets.Output.HTML));
        render(site, files);
        how.add(unit + ": " + made(files));
        Path entry = store.create(OutputLayout.SITE, unit, key);
        UnitStore.copyTree(site, entry.resolve(OutputLayout.SITE));
        Files.write(entry.resolve(FILES), files.used());
    }

    private void render(Path site, PageStore files) throws InputException, IOException {
        List<XdmNode> printed = new ArrayList<>();
        for (int i = 0; i < teiFiles.size(); i++) {
            printed.add(printed(teiFiles.get(i), pending.get(i), Pagination.AUTO).tree());
        }
        AtomicOutput.writeFolder(site, fresh -> stages.html().render(printed, fresh, false, files));
    }

    /** Puts a kept output in place unless the folder holds the same bytes already. */
    private static void restore(Path kept, Path out) throws InputException, IOException {
        if (!Files.isRegularFile(out) || Files.mismatch(kept, out) != -1) {
            AtomicOutput.writeFile(out, stream -> Files.copy(kept, stream));
        }
    }

    /** Carries on the laid-out pages and files of single documents a unit taken whole used. */
    private void carry(Path entry) throws IOException {
        UnitStore store = cache.orElseThrow();
        Path pages = entry.resolve(PAGES);
        if (Files.isRegularFile(pages)) {
            store.pages(inputs.layout()).carry(Files.readAllLines(pages));
        }
        Path files = entry.resolve(FILES);
        if (Files.isRegularFile(files)) {
            Stylesheets.Output output = selection == Selection.HTML ? Stylesheets.Output.HTML : Stylesheets.Output.EPUB;
            store.files(inputs.rendering(output)).carry(Files.readAllLines(files));
        }
    }

    /** Removes the outputs the last run made of files no longer given. */
    private void removeStale() throws IOException {
        if (cache.isEmpty()) {
            return;
        }
        List<String> current = teiFiles.stream().map(this::outputName).toList();
        for (String unit : cache.get().earlierUnits(kind())) {
            if (!current.contains(unit) && Files.deleteIfExists(target.output(unit))) {
                how.add("removed " + unit + " (its TEI file is no longer among the sources)");
            }
        }
    }

    private Fingerprint key(Path tei) throws IOException {
        return switch (selection) {
            case PDF -> inputs.pdf(tei, options.overflow());
            case EPUB -> inputs.epub(tei);
            case TEXT -> inputs.text(tei);
            default -> new Fingerprint.Builder().putAll(inputs.pdf(tei, Overflow.FAIL)).put("option:output", kind())
                    .put("option:pagination", options.pagination().name()).build();
        };
    }

    private String outputName(Path tei) {
        return switch (selection) {
            case PDF -> OutputLayout.pdf(tei);
            case EPUB -> OutputLayout.epub(tei);
            case TEXT -> OutputLayout.text(tei);
            default -> OutputLayout.xml(tei);
        };
    }

    private String kind() {
        return selection.store();
    }

    private void upToDateIf(boolean told, String unit) {
        if (told) {
            upToDate.add(unit);
        }
    }

    /** What an output made of the files of single documents and what it took from its last build. */
    private static String made(FolderStore store) {
        return "made " + store.stored() + " of " + (store.stored() + store.found()) + " reusable files, kept " + store.found();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * One kind of output of every TEI file made into a folder, beside whatever else the folder holds (a
 * {@link Selection} other than the whole edition): each output is written in place of its earlier self, whole
 * or not at all. Its units (each file's validation, each file's output, the web edition of all files) are kept
 * in a {@link UnitStore} store of their own beside the folder, as a publication's are: a unit whose inputs are
 * unchanged is taken from the store (its output left as it is when it is still the same bytes), a PDF made
 * again lays out only the pages whose layout inputs changed, an EPUB or web edition made again only the files
 * of single documents that changed. The outputs of files no longer given are removed.
 *
 * <p>Every file is validated (or known valid from the store) before anything is written; with
 * {@link ValidationMode#STRICT} an error stops the run there, with every file's problems.
 */
final class OutputRun {
    private static final String VALIDATION = "validation";
    /** In an entry: the diagnostics its unit gave, told again when it is taken from the store. */
    private static final String DIAGNOSTICS = "diagnostics.json";
    private static final String PAGES = "pages.txt";
    private static final String FILES = "files.txt";
    private static final ObjectMapper READER = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Publisher.Stages stages;
    private final Selection selection;
    private final Path folder;
    private final PublishOptions options;
    private final Inputs inputs;
    private final UnitStore cache;
    private final Map<String, String> built = new LinkedHashMap<>();
    private final List<String> upToDate = new ArrayList<>();
    private final List<String> how = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    OutputRun(Publisher.Stages stages, Selection selection, Path folder, PublishOptions options, Inputs inputs, UnitStore cache) {
        this.stages = stages;
        this.selection = selection;
        this.folder = folder;
        this.options = options;
        this.inputs = inputs;
        this.cache = cache;
    }

    /** Validates every file, then makes the selected output of each. */
    Made run(List<Path> teiFiles) throws InputException, IOException {
        List<Validator.Checked> checked = new ArrayList<>();
        for (Path tei : teiFiles) {
            checked.add(validation(tei));
        }
        Diagnostics problems = new Diagnostics();
        checked.forEach(file -> problems.addAll(file.report().diagnostics()));
        if (options.validation() == ValidationMode.STRICT) {
            problems.throwIfErrors();
        }
        diagnostics.addAll(problems.list());
        if (selection != Selection.VALIDATION) {
            Files.createDirectories(folder);
            if (selection == Selection.HTML) {
                html(teiFiles, checked);
            } else {
                for (int i = 0; i < teiFiles.size(); i++) {
                    document(teiFiles.get(i), checked.get(i));
                }
                removeStale(teiFiles);
            }
        }
        return new Made(built, upToDate, how, diagnostics);
    }

    /** A file's validation, taken from the store when the file and the schema are unchanged since it passed. */
    private Validator.Checked validation(Path tei) throws IOException {
        // the report names the file as given
        Fingerprint key = new Fingerprint.Builder().putAll(inputs.validation(tei)).put("option:tei-as-given", tei.toString()).build();
        String unit = tei.getFileName().toString();
        Optional<Path> earlier = cache.reuse(VALIDATION, key);
        if (earlier.isPresent()) {
            upToDateIf(selection == Selection.VALIDATION, unit);
            return new Validator.Checked(READER.readValue(earlier.get().resolve(DIAGNOSTICS).toFile(), ValidationReport.class), Optional.empty());
        }
        if (selection == Selection.VALIDATION) {
            built.put(unit, cache.whyBuilt(VALIDATION, unit, key));
        }
        Validator.Checked checked = stages.validator().check(tei);
        if (checked.report().isValid()) {
            Files.writeString(cache.create(VALIDATION, unit, key).resolve(DIAGNOSTICS), Json.write(checked.report()));
        }
        return checked;
    }

    /**
     * The text as the outputs print it ({@link Paginator}), from the tree its validation read, else (known
     * valid from the store, or the schema could not be read) the file parsed; a file that is not well-formed
     * stops here, whatever the validation mode.
     */
    private Paginator.Paginated printed(Path tei, Validator.Checked checked) throws InputException, IOException {
        if (checked.tree().isEmpty()) {
            Diagnostics problems = new Diagnostics();
            problems.addAll(checked.report().diagnostics());
            problems.throwIfErrors();
        }
        XdmNode tree = checked.tree().isPresent() ? checked.tree().get() : stages.loader().load(tei);
        Optional<Paginator.Paginated> first = stages.paginator().paginate(tei, tree, Pagination.AUTO);
        return first.isPresent() ? first.get() : new Paginator.Paginated(Files.readAllBytes(tei), tree, List.of());
    }

    /** One file's output: {@code NAME.pdf}, {@code NAME.epub} or {@code NAME.xml}. */
    private void document(Path tei, Validator.Checked checked) throws InputException, IOException {
        String name = outputName(tei);
        Path out = folder.resolve(name);
        Fingerprint key = key(tei);
        Optional<Path> earlier = cache.reuse(kind(), key);
        if (earlier.isPresent()) {
            restore(earlier.get().resolve(name), out);
            carry(earlier.get());
            diagnostics.addAll(Arrays.asList(READER.readValue(earlier.get().resolve(DIAGNOSTICS).toFile(), Diagnostic[].class)));
            upToDate.add(name);
            return;
        }
        built.put(name, cache.whyBuilt(kind(), name, key));
        Paginator.Paginated printed = printed(tei, checked);
        FolderStore pages = cache.pages(inputs.layout());
        FolderStore files = cache.files(inputs.rendering(Stylesheets.Output.EPUB));
        List<Diagnostic> found = switch (selection) {
            case PDF -> pdf(printed.tree(), out, pages);
            case EPUB -> epub(tei, printed.tree(), out, files);
            default -> paginated(printed, out);
        };
        diagnostics.addAll(found);
        Path entry = cache.create(kind(), name, key);
        Files.copy(out, entry.resolve(name));
        Files.write(entry.resolve(PAGES), pages.used());
        Files.write(entry.resolve(FILES), files.used());
        Files.writeString(entry.resolve(DIAGNOSTICS), Json.write(found));
    }

    private List<Diagnostic> pdf(XdmNode tree, Path out, FolderStore pages) throws InputException, IOException {
        PdfResult[] result = new PdfResult[1];
        AtomicOutput.writeFile(out, stream -> result[0] = stages.pdf().render(tree, stream, options.overflow(), pages));
        how.add(out.getFileName() + ": laid out " + result[0].laidOut().size() + " of " + result[0].pageCount() + " pages, reused "
                + (result[0].pageCount() - result[0].laidOut().size()));
        return result[0].diagnostics();
    }

    private List<Diagnostic> epub(Path tei, XdmNode tree, Path out, FolderStore files) throws InputException, IOException {
        List<Diagnostic> warnings = stages.epub().write(tree, OutputLayout.baseName(tei), out, files);
        how.add(out.getFileName() + ": " + made(files));
        return warnings;
    }

    /** The text with its pages: a first print's where it has none of its own, else the file as it is. */
    private List<Diagnostic> paginated(Paginator.Paginated paginated, Path out) throws InputException, IOException {
        AtomicOutput.writeFile(out, stream -> stream.write(paginated.contents()));
        List<String> folios = paginated.folios();
        how.add(out.getFileName() + (folios.isEmpty() ? ": its own page breaks kept" : ": first print of " + folios.size() + " pages, "
                + folios.get(0) + "–" + folios.get(folios.size() - 1)) + ", written to " + out);
        return List.of();
    }

    /** The web edition of all files, {@code html/}. */
    private void html(List<Path> teiFiles, List<Validator.Checked> checked) throws InputException, IOException {
        String unit = OutputLayout.SITE + "/";
        Path site = folder.resolve(OutputLayout.SITE);
        Fingerprint key = inputs.html(teiFiles);
        Optional<Path> earlier = cache.reuse(OutputLayout.SITE, key);
        if (earlier.isPresent()) {
            Path kept = earlier.get().resolve(OutputLayout.SITE);
            if (!Files.isDirectory(site) || !Hashes.ofTree(site).equals(Hashes.ofTree(kept))) {
                AtomicOutput.writeFolder(site, fresh -> UnitStore.copyTree(kept, fresh));
            }
            carry(earlier.get());
            upToDate.add(unit);
            return;
        }
        built.put(unit, cache.whyBuilt(OutputLayout.SITE, unit, key));
        List<XdmNode> printed = new ArrayList<>();
        for (int i = 0; i < teiFiles.size(); i++) {
            printed.add(printed(teiFiles.get(i), checked.get(i)).tree());
        }
        FolderStore files = cache.files(inputs.rendering(Stylesheets.Output.HTML));
        AtomicOutput.writeFolder(site, fresh -> stages.html().render(printed, fresh, false, files));
        how.add(unit + ": " + made(files));
        Path entry = cache.create(OutputLayout.SITE, unit, key);
        UnitStore.copyTree(site, entry.resolve(OutputLayout.SITE));
        Files.write(entry.resolve(FILES), files.used());
    }

    /** Puts a kept output in place unless the folder holds the same bytes already. */
    private static void restore(Path kept, Path out) throws InputException, IOException {
        if (!Files.isRegularFile(out) || Files.mismatch(kept, out) != -1) {
            AtomicOutput.writeFile(out, stream -> Files.copy(kept, stream));
        }
    }

    /** Carries on the laid-out pages and files of single documents a unit taken whole used. */
    private void carry(Path entry) throws IOException {
        Path pages = entry.resolve(PAGES);
        if (Files.isRegularFile(pages)) {
            cache.pages(inputs.layout()).carry(Files.readAllLines(pages));
        }
        Path files = entry.resolve(FILES);
        if (Files.isRegularFile(files)) {
            Stylesheets.Output output = selection == Selection.HTML ? Stylesheets.Output.HTML : Stylesheets.Output.EPUB;
            cache.files(inputs.rendering(output)).carry(Files.readAllLines(files));
        }
    }

    /** Removes the outputs the last run made of files no longer given. */
    private void removeStale(List<Path> teiFiles) throws IOException {
        List<String> current = teiFiles.stream().map(this::outputName).toList();
        for (String unit : cache.earlierUnits(kind())) {
            if (!current.contains(unit) && Files.deleteIfExists(folder.resolve(unit))) {
                how.add("removed " + unit + " (its TEI file is no longer among the sources)");
            }
        }
    }

    private Fingerprint key(Path tei) throws IOException {
        return switch (selection) {
            case PDF -> inputs.pdf(tei, options.overflow());
            case EPUB -> inputs.epub(tei);
            default -> new Fingerprint.Builder().putAll(inputs.pdf(tei, Overflow.FAIL)).put("option:output", kind()).build();
        };
    }

    private String outputName(Path tei) {
        return switch (selection) {
            case PDF -> OutputLayout.pdf(tei);
            case EPUB -> OutputLayout.epub(tei);
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
        return "made " + store.stored() + " of " + (store.stored() + store.found()) + " document files, kept " + store.found();
    }
}

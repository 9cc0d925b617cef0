// SPDX-License-Identifier: Apache-2.0
package org.teiedition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.paginate.Pagination;
import org.teiedition.paginate.Paginator;
import org.teiedition.inputs.Inputs;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.encode.Encoded;
import org.teiedition.encode.Encoder;
import org.teiedition.epub.EpubBook;
import org.teiedition.epub.EpubRenderer;
import org.teiedition.epub.EpubVerifier;
import org.teiedition.web.HtmlRenderer;
import org.teiedition.io.AtomicOutput;
import org.teiedition.io.InputFiles;
import org.teiedition.io.OutputFolder;
import org.teiedition.publish.ProgressListener;
import org.teiedition.publish.Publication;
import org.teiedition.publish.PublishReport;
import org.teiedition.publish.OutputLayout;
import org.teiedition.publish.Publisher;
import org.teiedition.publish.Made;
import org.teiedition.publish.Selection;
import org.teiedition.publish.Target;
import org.teiedition.store.UnitStore;
import org.teiedition.print.PdfRenderer;
import org.teiedition.print.PdfResult;
import org.teiedition.transform.SaxonSetup;
import org.teiedition.transform.Stylesheets;
import org.teiedition.transform.TeiLoader;
import org.teiedition.text.TextRenderer;
import org.teiedition.validate.ValidationReport;
import org.teiedition.validate.Validator;
import org.teiedition.verify.PaginationReport;
import org.teiedition.verify.PaginationVerifier;
import org.teiedition.print.Overflow;
import org.teiedition.encode.EncodeOptions;
import org.teiedition.publish.PublishOptions;
import org.teiedition.config.EditionConfig;
import org.teiedition.config.StylesheetParameters;
import org.teiedition.validate.ValidationMode;
import org.teiedition.inputs.BuildInfo;

/**
 * The toolkit's one entry point for Java users, the command line and the Maven plugin: encode,
 * validate, render text, PDF and HTML, verify and publish.
 *
 * <p>Every method that validates TEI, makes an output of it or reads one back runs through the one publication
 * engine ({@link Publisher}, by {@link #make} or {@link #publish}), as the command line's commands and the Maven
 * goals do: the facade builds the stages and checks the files and paths it is given before any work.
 *
 * <p>An {@code Edition} holds no state between calls, only compiled, immutable resources (stylesheets,
 * schema, FOP's factory) built once, on first use, and shared; it is safe to use from several threads.
 * Outputs are written whole or not at all. Exceptions follow {@link InputException}'s rule.
 */
public final class Edition {
    private final EditionConfig config;
    private final TeiLoader loader;
    private final Encoder encoder;
    private final Validator validator;
    private final PdfRenderer pdfRenderer;
    private final HtmlRenderer htmlRenderer;
    private final Publisher publisher;

    public Edition(EditionConfig config) {
        StylesheetParameters.check(config);
        this.config = config;
        Processor processor = SaxonSetup.newProcessor();
        Stylesheets stylesheets = new Stylesheets(processor, config.customizations());
        this.loader = new TeiLoader(processor);
        this.encoder = new Encoder();
        this.validator = new Validator(processor, config.schemaFile());
        this.pdfRenderer = new PdfRenderer(stylesheets, config.parameters(), config.pdfFor());
        this.htmlRenderer = new HtmlRenderer(stylesheets, config.parameters());
        PaginationVerifier verifier = new PaginationVerifier(stylesheets, config.parameters());
        if (config.threads() > 0) {
            pdfRenderer.layoutThreads(config.threads());
            verifier.readingThreads(config.threads());
        }
        Paginator paginator = new Paginator(stylesheets, config.parameters(), pdfRenderer, loader);
        this.publisher = new Publisher(new Publisher.Stages(validator, loader, paginator, pdfRenderer,
                new EpubBook(new EpubRenderer(stylesheets, config.parameters())), htmlRenderer, new TextRenderer(stylesheets), verifier,
                new EpubVerifier(stylesheets, config.parameters())), new Inputs(config));
    }

    /** An edition with the toolkit's own schema and stylesheets. */
    public static Edition create() {
        return new Edition(EditionConfig.defaults());
    }

    public EditionConfig config() {
        return config;
    }

    /** Transcription to TEI. */
    public Encoded encode(Path transcription, EncodeOptions options) throws InputException, IOException {
        return encoder.encode(read(transcription), transcription.toString(), options);
    }

    /** Transcription to a TEI file, written only when encoding succeeds. */
    public Encoded encode(Path transcription, Path out, EncodeOptions options) throws InputException, IOException {
        InputFiles.requireNotInput(out, List.of(transcription));
        Encoded encoded = encode(transcription, options);
        AtomicOutput.writeString(out, encoded.toXml());
        return encoded;
    }

    /**
     * Compiles the schemas the validation needs (the RELAX NG on this thread, the Schematron on one of its
     * own), so that a first validation finds them ready; a schema that cannot be read is reported by it.
     */
    public void prepareValidation() {
        validator.prepare();
    }

    /**
     * Begins compiling EPUBCheck's schemas on a thread of their own, for a run that will check a book: the
     * longest fixed cost of a fresh JVM's publication, begun before anything else.
     */
    public static void prepareBookChecks() {
        org.teiedition.epub.EpubChecker.prepare();
    }

    /** Every problem in the file: well-formedness, RELAX NG, Schematron. Never throws for invalid input. */
    public ValidationReport validate(Path tei) throws IOException {
        try {
            return make(Selection.VALIDATION, List.of(tei), Target.nowhere(), new PublishOptions(ValidationMode.WARN, Overflow.FAIL))
                    .validations().get(0);
        } catch (InputException e) {
            throw new IllegalStateException("a validation that warns stops for no problem", e);
        }
    }

    /**
     * TEI back to the transcription form. Every output validates its TEI file first: with
     * {@link ValidationMode#STRICT} a validation error stops it ({@link InputException}), with
     * {@link ValidationMode#WARN} it goes on; a file that is not well-formed stops it in either mode.
     */
    public String text(Path tei, PublishOptions options) throws InputException, IOException {
        return make(Selection.TEXT, List.of(tei), Target.nowhere(), options).texts().get(OutputLayout.text(tei));
    }

    /** The page-faithful PDF, and what its rendering found. */
    public PdfResult pdf(Path tei, Path out, PublishOptions options) throws InputException, IOException {
        return make(Selection.PDF, List.of(tei), Target.exactly(out), options).pdfs().get(out.getFileName().toString());
    }

    /**
     * Writes the text with its pages into {@code out}: a first print's page breaks where each of its pages
     * begins, nothing else of the file changed; a text whose own page breaks are its pages
     * ({@link Pagination#AUTO}) is written as it is. Gives the folios of a first print.
     */
    public List<String> paginate(Path tei, Path out, PublishOptions options) throws InputException, IOException {
        return make(Selection.PAGINATED_TEI, List.of(tei), Target.exactly(out), options).firstPrints()
                .getOrDefault(out.getFileName().toString(), List.of());
    }

    /** The static web edition of one or more documents, into a folder. */
    public void html(List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException {
        make(Selection.HTML, teiFiles, Target.exactly(folder), options);
    }

    /**
     * The EPUB 3 of one TEI file, checked with EPUBCheck: an EPUBCheck error is an {@link InputException} and
     * writes nothing. Gives the warnings (the validation's with {@link ValidationMode#WARN}, and EPUBCheck's).
     */
    public List<Diagnostic> epub(Path tei, Path out, PublishOptions options) throws InputException, IOException {
        return make(Selection.EPUB, List.of(tei), Target.exactly(out), options).diagnostics();
    }

    /**
     * Reads an output back against the TEI file it was made from: a PDF's pages (its tagged structure) or, by its
     * extension, an EPUB's page-list, source page by source page.
     */
    public PaginationReport verify(Path output, Path tei, PublishOptions options) throws InputException, IOException {
        return make(Selection.VERIFICATION, List.of(tei), Target.exactly(output), options).readBack().get(0).pagination();
    }

    /** The toolkit's version, from the jar's manifest or the build's properties. */
    public static String version() {
        return BuildInfo.version();
    }

    /** The folder beside a publication where runs keep what the next one reuses: never inside what is published. */
    public static Path storeOf(Path publication) {
        return UnitStore.storeOf(publication);
    }

    /** Validate, PDF, verify and web edition into one folder, with {@code report.json}. */
    public PublishReport publish(List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException {
        return publish(teiFiles, folder, options, ProgressListener.NONE).report();
    }

    /**
     * The same, telling {@code progress} how far it has got; gives the report, the time each stage took
     * (also written to {@code timings.json}) and which units were reused from the publication the folder
     * held before.
     */
    public Publication publish(List<Path> teiFiles, Path folder, PublishOptions options, ProgressListener progress)
            throws InputException, IOException {
        requireInputs(teiFiles, folder, ".pdf");
        return publisher.publish(teiFiles, folder, options, progress);
    }

    /**
     * EPUBCheck on a book an edition being edited ({@link PublishOptions#forEditing()}) holds before it has been
     * checked: its warnings, or an {@link InputException} with every message when it found an error. A book left
     * unchecked or failing is checked by the next publication that is not an edit's.
     */
    public List<Diagnostic> check(Publication.UncheckedBook book) throws InputException, IOException {
        return publisher.check(book);
    }

    /**
     * Makes the selected units of every TEI file into the folder through the publication engine: the whole
     * edition, or one kind of output beside what else the folder holds, made again only where its inputs
     * changed since the last run into the same folder.
     */
    public Made make(Selection selection, List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException {
        return make(selection, teiFiles, Target.folder(folder), options);
    }

    /**
     * The same into any {@link Target}: to the one path a command names (a file of the one TEI file, or the web
     * edition's folder; for a verification, the output read back), keeping nothing, or, for a validation or a
     * text given back, nowhere. Checked before any work: the files are there, and no output replaces one of them.
     */
    public Made make(Selection selection, List<Path> teiFiles, Target target, PublishOptions options) throws InputException, IOException {
        if (selection == Selection.VERIFICATION && (target.keeps() || target.path().isEmpty())) {
            throw new IllegalArgumentException("a verification reads back the one output at the path it is given");
        }
        Path at = target.path().orElse(Path.of(""));
        if (selection == Selection.EDITION) {
            requireInputs(teiFiles, at, ".pdf");
        } else if (selection == Selection.HTML && !target.keeps()) {
            requireInputs(teiFiles, at, ".html");
        } else {
            for (Path tei : teiFiles) {
                requireFile(tei);
            }
            if (target.keeps()) {
                if (selection == Selection.PAGINATED_TEI) {
                    for (Path tei : teiFiles) {
                        InputFiles.requireNotInput(at.resolve(OutputLayout.xml(tei)), teiFiles);
                    }
                }
                InputFiles.requireDistinct(teiFiles, selection == Selection.EPUB ? ".epub" : selection == Selection.TEXT ? ".txt" : ".pdf");
            } else if (target.path().isPresent()) {
                if (teiFiles.size() != 1) {
                    throw new IllegalArgumentException(selection + " to one path takes one TEI file, not " + teiFiles.size());
                }
                if (selection == Selection.VERIFICATION) {
                    InputFiles.require(at, InputFiles.MAX_PDF); // read back, not written
                } else {
                    InputFiles.requireNotInput(at, teiFiles);
                }
            }
        }
        return publisher.make(selection, teiFiles, target, options);
    }

    /** Parses a TEI file safely, without validating it. */
    public XdmNode load(Path tei) throws InputException, IOException {
        return loader.load(requireFile(tei));
    }

    /** The PDF stage, for the tests that render trees of their own (through their helper in this package). */
    PdfRenderer pdfRenderer() {
        return pdfRenderer;
    }

    /** The web stage, likewise. */
    HtmlRenderer htmlRenderer() {
        return htmlRenderer;
    }

    private static byte[] read(Path file) throws IOException {
        requireFile(file);
        return Files.readAllBytes(file);
    }

    private static Path requireFile(Path file) throws IOException {
        InputFiles.require(file, InputFiles.MAX_TEXT);
        return file;
    }

    /** Before any work: the files are there, distinct, publish under distinct names, and the folder may be replaced. */
    private static void requireInputs(List<Path> teiFiles, Path folder, String extension) throws IOException {
        for (Path tei : teiFiles) {
            requireFile(tei);
        }
        InputFiles.requireDistinct(teiFiles, extension);
        OutputFolder.requireReplaceable(folder, teiFiles);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import java.util.Optional;
import org.teiedition.paginate.Pagination;
import org.teiedition.paginate.Paginator;
import org.teiedition.inputs.Inputs;
import org.teiedition.diag.Diagnostics;
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
import org.teiedition.store.PageStore;
import org.teiedition.store.UnitStore;
import org.teiedition.print.PdfRenderer;
import org.teiedition.print.PdfResult;
import org.teiedition.transform.PageModel;
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
import org.teiedition.verify.PdfStructure;
import org.teiedition.verify.LineQuality;
import org.teiedition.inputs.BuildInfo;

/**
 * The toolkit's one entry point for Java users, the command line and the Maven plugin: encode,
 * validate, render text, PDF and HTML, verify and publish.
 *
 * <p>An {@code Edition} holds no state between calls, only compiled, immutable resources (stylesheets,
 * schema, FOP's factory) built once, on first use, and shared; it is safe to use from several threads.
 * Outputs are written whole or not at all. Exceptions follow {@link InputException}'s rule.
 */
public final class Edition {
    private final EditionConfig config;
    private final Processor processor;
    private final Stylesheets stylesheets;
    private final TeiLoader loader;
    private final Encoder encoder;
    private final Validator validator;
    private final TextRenderer textRenderer;
    private final PdfRenderer pdfRenderer;
    private final HtmlRenderer htmlRenderer;
    private final PaginationVerifier verifier;
    private final Publisher publisher;
    private final EpubBook epubBook;
    private final Paginator paginator;

    public Edition(EditionConfig config) {
        StylesheetParameters.check(config);
        this.config = config;
        this.processor = SaxonSetup.newProcessor();
        this.stylesheets = new Stylesheets(processor, config.customizations());
        this.loader = new TeiLoader(processor);
        this.encoder = new Encoder();
        this.validator = new Validator(processor, config.schemaFile());
        this.textRenderer = new TextRenderer(stylesheets);
        this.pdfRenderer = new PdfRenderer(stylesheets, config.parameters(), config.pdfFor());
        this.htmlRenderer = new HtmlRenderer(stylesheets, config.parameters());
        this.verifier = new PaginationVerifier(stylesheets);
        if (config.threads() > 0) {
            pdfRenderer.layoutThreads(config.threads());
            verifier.readingThreads(config.threads());
        }
        this.epubBook = new EpubBook(new EpubRenderer(stylesheets, config.parameters()));
        this.paginator = new Paginator(stylesheets, pdfRenderer, loader);
        this.publisher = new Publisher(new Publisher.Stages(validator, loader, paginator, pdfRenderer, epubBook, htmlRenderer), verifier,
                new Inputs(config));
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

    /** Every problem in the file: well-formedness, RELAX NG, Schematron. Never throws for invalid input. */
    public ValidationReport validate(Path tei) throws IOException {
        return check(tei).report();
    }

    /**
     * The same, with the tree the validation read (absent when the file is not well-formed or the schema
     * could not be read), for a caller that goes on to make outputs of it without parsing it again.
     */
    public Validator.Checked check(Path tei) throws IOException {
        requireFile(tei);
        return validator.check(tei);
    }

    /**
     * A TEI file read for an output: validated first, as every output is. With {@link ValidationMode#STRICT}
     * a validation error stops here ({@link InputException}); with {@link ValidationMode#WARN} the problems
     * come with the tree. A file that is not well-formed stops here in either mode.
     */
    public Validator.Checked read(Path tei, ValidationMode mode) throws InputException, IOException {
        Validator.Checked checked = validator.check(requireFile(tei));
        if (mode == ValidationMode.STRICT || checked.tree().isEmpty()) {
            Diagnostics problems = new Diagnostics();
            problems.addAll(checked.report().diagnostics());
            problems.throwIfErrors();
        }
        if (checked.tree().isEmpty()) {
            // the schema itself could not be read (its problems are warnings only): read the file as it is
            return Validator.Checked.of(checked.report(), loader.load(tei));
        }
        return checked;
    }

    /** TEI back to the transcription form; the file must be valid. */
    public String text(Path tei) throws InputException, IOException {
        return text(read(tei, ValidationMode.STRICT));
    }

    public String text(Validator.Checked tei) throws InputException, IOException {
        return textRenderer.render(tei.document());
    }

    /** The page-faithful PDF; the file must be valid. */
    public PdfResult pdf(Path tei, Path out, Overflow overflow) throws InputException, IOException {
        InputFiles.requireNotInput(out, List.of(tei));
        pdfRenderer.prepare();
        return pdf(read(tei, ValidationMode.STRICT), out, overflow);
    }

    public PdfResult pdf(Validator.Checked tei, Path out, Overflow overflow) throws InputException, IOException {
        InputFiles.requireNotInput(out, List.of(Path.of(tei.report().file())));
        XdmNode printed = printed(tei).document();
        PdfResult[] result = new PdfResult[1];
        AtomicOutput.writeFile(out, stream -> result[0] = pdfRenderer.render(printed, stream, overflow, PageStore.inMemory()));
        return result[0];
    }

    /**
     * The text as every output prints it: a text without page breaks with the pages of its first print
     * written in ({@link Paginator}), any other as it is.
     */
    public Validator.Checked printed(Validator.Checked tei) throws InputException, IOException {
        Optional<Paginator.Paginated> paginated = paginator.paginate(Path.of(tei.report().file()), tei.document(), Pagination.AUTO);
        return paginated.map(first -> Validator.Checked.of(tei.report(), first.tree())).orElse(tei);
    }

    /**
     * Writes the text with its pages into {@code out}: a first print's page breaks where each of its pages
     * begins, nothing else of the file changed; a text whose own page breaks are its pages
     * ({@link Pagination#AUTO}) is written as it is. The file must be valid.
     */
    public Paginator.Paginated paginate(Path tei, Path out, Pagination pagination) throws InputException, IOException {
        InputFiles.requireNotInput(out, List.of(tei));
        Paginator.Paginated result = paginated(read(tei, ValidationMode.STRICT), pagination);
        AtomicOutput.writeFile(out, stream -> stream.write(result.contents()));
        return result;
    }

    /** The same, not written: the file's bytes with its pages, and their tree. */
    public Paginator.Paginated paginated(Validator.Checked tei, Pagination pagination) throws InputException, IOException {
        Path file = Path.of(tei.report().file());
        Optional<Paginator.Paginated> first = paginator.paginate(file, tei.document(), pagination);
        return first.isPresent() ? first.get() : new Paginator.Paginated(Files.readAllBytes(file), tei.document(), List.of());
    }

    /** The static web edition of one or more documents, into a folder, through the publication engine; the files must be valid. */
    public void html(List<Path> teiFiles, Path folder) throws InputException, IOException {
        make(Selection.HTML, teiFiles, Target.exactly(folder), PublishOptions.defaults());
    }

    public void htmlOf(List<Validator.Checked> teiFiles, Path folder) throws InputException, IOException {
        requireInputs(teiFiles.stream().map(tei -> Path.of(tei.report().file())).toList(), folder, ".html");
        List<XdmNode> documents = new ArrayList<>();
        for (Validator.Checked tei : teiFiles) {
            documents.add(printed(tei).document());
        }
        AtomicOutput.writeFolder(folder, fresh -> htmlRenderer.render(documents, fresh, false));
    }

    /**
     * The EPUB 3 of one TEI file, which must be valid, checked with EPUBCheck: an EPUBCheck error is an
     * {@link InputException} and writes nothing. Gives EPUBCheck's warnings.
     */
    public List<Diagnostic> epub(Path tei, Path out) throws InputException, IOException {
        InputFiles.requireNotInput(out, List.of(tei));
        epubBook.prepare();
        return epub(read(tei, ValidationMode.STRICT), out);
    }

    public List<Diagnostic> epub(Validator.Checked tei, Path out) throws InputException, IOException {
        InputFiles.requireNotInput(out, List.of(Path.of(tei.report().file())));
        return epubBook.write(printed(tei).document(), OutputLayout.baseName(Path.of(tei.report().file())), out);
    }

    /** Reads an EPUB's page-list back and checks it against the TEI's page breaks; the TEI must be valid. */
    public PaginationReport verifyEpub(Path epub, Path tei) throws InputException, IOException {
        return verifyEpub(epub, read(tei, ValidationMode.STRICT));
    }

    public PaginationReport verifyEpub(Path epub, Validator.Checked tei) throws InputException, IOException {
        InputFiles.require(epub, InputFiles.MAX_PDF);
        XdmNode printed = printed(tei).document();
        return new EpubVerifier().verify(epub, printed, PageModel.of(stylesheets, printed));
    }

    /** Reads the PDF back and checks its pagination against the TEI, which must be valid. */
    public PaginationReport verify(Path pdf, Path tei) throws InputException, IOException {
        return verify(pdf, read(tei, ValidationMode.STRICT));
    }

    public PaginationReport verify(Path pdf, Validator.Checked tei) throws InputException, IOException {
        InputFiles.require(pdf, InputFiles.MAX_PDF);
        PdfStructure.check(pdf);
        return verifier.verify(pdf, printed(tei).document());
    }

    /** A PDF's set lines read back: its loose lines and runs of hyphenated lines, told for a person to judge. */
    public LineQuality.Report lines(Path pdf) throws IOException {
        InputFiles.require(pdf, InputFiles.MAX_PDF);
        return LineQuality.read(pdf);
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
     * Makes the selected units of every TEI file into the folder through the publication engine: the whole
     * edition, or one kind of output beside what else the folder holds, made again only where its inputs
     * changed since the last run into the same folder.
     */
    public Made make(Selection selection, List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException {
        return make(selection, teiFiles, Target.folder(folder), options);
    }

    /**
     * The same into any {@link Target}: to the one path a command names (a file of the one TEI file, or the web
     * edition's folder), keeping nothing, or, for a validation, nowhere. Checked before any work: the files are
     * there, and no output replaces one of them.
     */
    public Made make(Selection selection, List<Path> teiFiles, Target target, PublishOptions options) throws InputException, IOException {
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
                InputFiles.requireDistinct(teiFiles, selection == Selection.EPUB ? ".epub" : ".pdf");
            } else if (target.path().isPresent()) {
                if (teiFiles.size() != 1) {
                    throw new IllegalArgumentException(selection + " to one path takes one TEI file, not " + teiFiles.size());
                }
                InputFiles.requireNotInput(at, teiFiles);
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

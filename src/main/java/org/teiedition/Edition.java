// SPDX-License-Identifier: Apache-2.0
package org.teiedition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.encode.Encoded;
import org.teiedition.encode.Encoder;
import org.teiedition.epub.EpubBook;
import org.teiedition.epub.EpubRenderer;
import org.teiedition.epub.EpubVerifier;
import org.teiedition.html.HtmlRenderer;
import org.teiedition.io.AtomicOutput;
import org.teiedition.publish.ProgressListener;
import org.teiedition.publish.Publication;
import org.teiedition.publish.PublishReport;
import org.teiedition.publish.Publisher;
import org.teiedition.render.PdfRenderer;
import org.teiedition.render.PdfResult;
import org.teiedition.transform.SaxonSetup;
import org.teiedition.transform.Stylesheets;
import org.teiedition.transform.TeiLoader;
import org.teiedition.transform.TextRenderer;
import org.teiedition.validate.ValidationReport;
import org.teiedition.validate.Validator;
import org.teiedition.verify.PaginationReport;
import org.teiedition.verify.PaginationVerifier;

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
    private final EpubBook epubBook;

    public Edition(EditionConfig config) {
        this.config = config;
        this.processor = SaxonSetup.newProcessor();
        this.stylesheets = new Stylesheets(processor, config.customizations());
        this.loader = new TeiLoader(processor);
        this.encoder = new Encoder();
        this.validator = new Validator(processor, config.schemaFile());
        this.textRenderer = new TextRenderer(stylesheets);
        this.pdfRenderer = new PdfRenderer(stylesheets, config.parameters());
        this.htmlRenderer = new HtmlRenderer(stylesheets, config.parameters());
        this.verifier = new PaginationVerifier();
        this.epubBook = new EpubBook(new EpubRenderer(stylesheets, config.parameters()));
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
        Encoded encoded = encode(transcription, options);
        AtomicOutput.writeString(out, encoded.toXml());
        return encoded;
    }

    /** Every problem in the file: well-formedness, RELAX NG, Schematron. Never throws for invalid input. */
    public ValidationReport validate(Path tei) throws IOException {
        requireFile(tei);
        return validator.validate(tei);
    }

    /** TEI back to the transcription form. */
    public String text(Path tei) throws InputException, IOException {
        return textRenderer.render(load(tei));
    }

    /** The page-faithful PDF. */
    public PdfResult pdf(Path tei, Path out, Overflow overflow) throws InputException, IOException {
        XdmNode document = load(tei);
        PdfResult[] result = new PdfResult[1];
        AtomicOutput.writeFile(out, stream -> result[0] = pdfRenderer.render(document, stream, overflow));
        return result[0];
    }

    /** The static web edition of one or more documents, into a folder. */
    public void html(List<Path> teiFiles, Path folder) throws InputException, IOException {
        List<XdmNode> documents = new ArrayList<>();
        for (Path tei : teiFiles) {
            documents.add(load(tei));
        }
        AtomicOutput.writeFolder(folder, fresh -> htmlRenderer.render(documents, fresh));
    }

    /**
     * The EPUB 3 of one TEI file, checked with EPUBCheck: an EPUBCheck error is an {@link InputException}
     * and writes nothing. Gives EPUBCheck's warnings.
     */
    public List<Diagnostic> epub(Path tei, Path out) throws InputException, IOException {
        return epubBook.write(load(tei), Publisher.baseName(tei), out);
    }

    /** Reads an EPUB's page-list back and checks it against the TEI's page breaks. */
    public PaginationReport verifyEpub(Path epub, Path tei) throws InputException, IOException {
        requireFile(epub);
        return new EpubVerifier().verify(epub, load(tei));
    }

    /** Reads the PDF back and checks its pagination against the TEI. */
    public PaginationReport verify(Path pdf, Path tei) throws InputException, IOException {
        requireFile(pdf);
        return verifier.verify(pdf, load(tei));
    }

    /** Validate, PDF, verify and web edition into one folder, with {@code report.json}. */
    public PublishReport publish(List<Path> teiFiles, Path folder, PublishOptions options) throws InputException, IOException {
        return publish(teiFiles, folder, options, ProgressListener.NONE).report();
    }

    /**
     * The same, telling {@code progress} how far it has got; gives the report and the time each stage took
     * (also written to {@code timings.json}) with the heap's peak.
     */
    public Publication publish(List<Path> teiFiles, Path folder, PublishOptions options, ProgressListener progress)
            throws InputException, IOException {
        for (Path tei : teiFiles) {
            requireFile(tei);
        }
        return new Publisher(this).publish(teiFiles, folder, options, progress);
    }

    // package-private plumbing shared with Publisher through the public API above and these

    /** Parses a TEI file safely. */
    public XdmNode load(Path tei) throws InputException, IOException {
        requireFile(tei);
        return loader.load(tei);
    }

    public PdfRenderer pdfRenderer() {
        return pdfRenderer;
    }

    public HtmlRenderer htmlRenderer() {
        return htmlRenderer;
    }

    public EpubBook epubBook() {
        return epubBook;
    }

    public PaginationVerifier verifier() {
        return verifier;
    }

    private static byte[] read(Path file) throws IOException {
        requireFile(file);
        return Files.readAllBytes(file);
    }

    private static void requireFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, Files.isDirectory(file) ? "is a folder, not a file" : "no such file");
        }
    }
}

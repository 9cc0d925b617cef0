// SPDX-License-Identifier: Apache-2.0
package org.teiedition.inputs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.teiedition.concurrent.Warmup;
import org.teiedition.config.EditionConfig;
import org.teiedition.print.Overflow;
import org.teiedition.print.PdfFor;
import org.teiedition.transform.Stylesheets;
import org.teiedition.validate.ValidationMode;
import org.teiedition.store.Fingerprint;
import org.teiedition.store.Hashes;
import org.teiedition.store.FolderStore;
import org.teiedition.store.UnitFiles;

/**
 * The fingerprints of what each kind of output is built from, for one {@link EditionConfig}:
 * <ul>
 * <li>validation: the TEI, the schema (followed through its includes), the toolkit;
 * <li>PDF: the TEI, the FO stylesheet (the editor's customization or the toolkit's, followed through
 *     {@code xsl:import} and {@code xsl:include}), the fonts, the stylesheet parameters, the overflow
 *     option, whom the PDF is for (when the printer), the toolkit;
 * <li>a published document: the PDF's inputs, the schema and the validation option;
 * <li>a laid-out page ({@link FolderStore}): its FO (which the page's key is made from) and the fonts and
 *     the toolkit;
 * <li>the web edition: every TEI file, the HTML stylesheet, the fonts, the parameters, the toolkit;
 * <li>a web page or EPUB content document of one document ({@link UnitFiles}): its stylesheet, the
 *     parameters and the toolkit (the key of the file covers the rest).
 * </ul>
 * The files of a packaged toolkit or a release are not hashed: its identity, in every fingerprint, fixes
 * them. Those of a toolkit run from classes not packaged are hashed once per run; the user's files on
 * every call.
 */
public final class Inputs {
    private final EditionConfig config;
    private final Toolkit toolkit;
    private final References references;
    /**
     * What stands for the hash of a file of a toolkit whose identity fixes its files ({@link Toolkit#fixedByIdentity()}): every fingerprint
     * holds the toolkit's identity, which fixes those files, so reading megabytes of fonts to hash them
     * would add nothing.
     */
    private static final String IN_IDENTITY = "in-toolkit-identity";
    private final Map<URI, String> jarHashes;
    /** The TEI files' hashes for one run ({@link #forRun()}), or null: hashed on every call. */
    private final Map<Path, String> teiHashes;

    public Inputs(EditionConfig config) {
        this(config, Toolkit.running());
    }

    public Inputs(EditionConfig config, Toolkit toolkit) {
        this(config, toolkit, new References(toolkit), new ConcurrentHashMap<>(), null);
    }

    private Inputs(EditionConfig config, Toolkit toolkit, References references, Map<URI, String> jarHashes, Map<Path, String> teiHashes) {
        this.config = config;
        this.toolkit = toolkit;
        this.references = references;
        this.jarHashes = jarHashes;
        this.teiHashes = teiHashes;
    }

    /**
     * The same inputs for one run (a publication), which reads each TEI file once: its several keys (the
     * PDF's, the EPUB's, the web edition's) then hold the same file even if it is saved again meanwhile.
     */
    public Inputs forRun() {
        return new Inputs(config, toolkit, references, jarHashes, new ConcurrentHashMap<>());
    }

    /**
     * Lists (and, for a toolkit not packaged, hashes) the toolkit's fonts in the background, for fingerprints to come: they are megabytes, read
     * once per run, and the run has other work first.
     */
    public void prepare() {
        Warmup.ahead(() -> {
            try {
                fonts();
            } catch (IOException e) {
                // met again, and reported, where a fingerprint needs them
            }
        });
    }

    public Fingerprint validation(Path tei) throws IOException {
        return new Fingerprint.Builder().putAll(tei(tei)).putAll(schema()).putAll(identity()).build();
    }

    public Fingerprint pdf(Path tei, Overflow overflow) throws IOException {
        Fingerprint.Builder builder = new Fingerprint.Builder().putAll(tei(tei)).putAll(stylesheet(Stylesheets.Output.FO)).putAll(fonts())
                .putAll(parameters()).put("option:overflow", overflow.name());
        if (config.pdfFor() != PdfFor.READER) {
            builder.put("option:for", config.pdfFor().name());
        }
        return builder.putAll(identity()).build();
    }

    /** What page layout runs with besides a page's FO: the fonts and the toolkit (FOP and its configuration). */
    public Fingerprint layout() throws IOException {
        return new Fingerprint.Builder().putAll(fonts()).putAll(identity()).build();
    }

    public Fingerprint publish(Path tei, Overflow overflow, ValidationMode validation) throws IOException {
        return new Fingerprint.Builder().putAll(pdf(tei, overflow)).putAll(epub(tei)).putAll(schema())
                .put("option:validation", validation.name()).build();
    }

    public Fingerprint epub(Path tei) throws IOException {
        return new Fingerprint.Builder().putAll(tei(tei)).putAll(stylesheet(Stylesheets.Output.EPUB)).putAll(fonts())
                .putAll(parameters()).putAll(identity()).build();
    }

    public Fingerprint text(Path tei) throws IOException {
        return new Fingerprint.Builder().putAll(tei(tei)).putAll(stylesheet(Stylesheets.Output.TEXT)).putAll(identity()).build();
    }

    public Fingerprint html(List<Path> teiFiles) throws IOException {
        Fingerprint.Builder builder = new Fingerprint.Builder();
        for (Path tei : teiFiles) {
            builder.putAll(tei(tei));
        }
        return builder.putAll(rendering(Stylesheets.Output.HTML)).putAll(fonts()).build();
    }

    /**
     * What an output's files of single documents are made with besides their document and its frame
     * ({@link UnitFiles}): the stylesheet, the parameters, the toolkit.
     */
    public Fingerprint rendering(Stylesheets.Output output) throws IOException {
        return new Fingerprint.Builder().putAll(stylesheet(output)).putAll(parameters()).putAll(identity()).build();
    }

    Fingerprint tei(Path tei) throws IOException {
        Path file = tei.toAbsolutePath().normalize();
        String hash = teiHashes == null ? null : teiHashes.get(file);
        if (hash == null) {
            hash = Hashes.of(tei);
            if (teiHashes != null) {
                teiHashes.put(file, hash);
            }
        }
        return new Fingerprint.Builder().put("tei:" + file, hash).build();
    }

    /** The stylesheet an output runs, with everything it imports and includes. */
    Fingerprint stylesheet(Stylesheets.Output output) throws IOException {
        Path custom = config.customizations().get(output);
        Optional<URI> start = custom != null
                ? Optional.of(custom.toAbsolutePath().normalize().toUri())
                : references.toolkitResource("xslt/" + output.path());
        Fingerprint.Builder builder = new Fingerprint.Builder();
        if (start.isEmpty()) {
            return builder.put("xslt:" + output.path(), Hashes.MISSING).build();
        }
        if (custom == null && toolkit.fixedByIdentity()) {
            return builder.put("xslt:" + output.path(), IN_IDENTITY).build();
        }
        for (URI uri : references.closure(start.get())) {
            builder.put("xslt:" + uri, hash(uri));
        }
        return builder.build();
    }

    Fingerprint schema() throws IOException {
        Fingerprint.Builder builder = new Fingerprint.Builder();
        Optional<Path> file = config.schemaFile();
        if (file.isPresent()) {
            for (URI uri : references.closure(file.get().toAbsolutePath().normalize().toUri())) {
                builder.put("schema:" + uri, hash(uri));
            }
        } else {
            for (String path : toolkit.list("schema/")) {
                builder.put("schema:" + path, toolkitHash(path));
            }
        }
        return builder.build();
    }

    Fingerprint fonts() throws IOException {
        Fingerprint.Builder builder = new Fingerprint.Builder();
        for (String path : toolkit.list("fonts/")) {
            builder.put("font:" + path, toolkitHash(path));
        }
        return builder.build();
    }

    Fingerprint parameters() {
        Fingerprint.Builder builder = new Fingerprint.Builder();
        config.parameters().forEach((name, value) -> builder.put("parameter:" + name, value));
        return builder.build();
    }

    Fingerprint identity() throws IOException {
        Fingerprint.Builder builder = new Fingerprint.Builder();
        toolkit.identity().forEach(builder::put);
        return builder.build();
    }

    private String toolkitHash(String path) throws IOException {
        if (toolkit.fixedByIdentity()) {
            return IN_IDENTITY;
        }
        Optional<URI> uri = references.toolkitResource(path);
        return uri.isPresent() ? hash(uri.get()) : Hashes.MISSING;
    }

    private String hash(URI uri) throws IOException {
        if ("jar".equals(uri.getScheme())) {
            String known = jarHashes.get(uri);
            if (known == null) {
                known = Hashes.of(uri.toURL());
                jarHashes.put(uri, known);
            }
            return known;
        }
        return "file".equals(uri.getScheme()) ? Hashes.of(Path.of(uri)) : Hashes.of(uri.toURL());
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.concurrent.Warmup;
import org.teiedition.xml.SafeResources;

/**
 * The toolkit's compiled XSLT 3.0 stylesheets, one per output, compiled once on first use and shared
 * by every call (an {@link XsltExecutable} is immutable and thread-safe).
 *
 * <p>Stylesheets live in the jar under {@code xslt/}. An editor's customization is an XSLT file that
 * imports the toolkit's stylesheet by the URI {@code https://tei-edition.org/xslt/OUTPUT/edition-OUTPUT.xsl};
 * that URI is mapped to the jar and never fetched.
 */
public final class Stylesheets {
    /** The base URI under which editors import the toolkit's stylesheets. */
    public static final String PUBLIC_BASE = "https://tei-edition.org/xslt/";

    /** The outputs, each with its main stylesheet. */
    public enum Output {
        FO("fo/edition-fo.xsl"),
        HTML("html/edition-html.xsl"),
        EPUB("epub/edition-epub.xsl"),
        TEXT("text/edition-text.xsl");

        private final String path;

        Output(String path) {
            this.path = path;
        }

        /** The stylesheet's path below {@code xslt/}. */
        public String path() {
            return path;
        }
    }

    private final Processor processor;
    private final Map<Output, Path> customizations;
    private final Map<Output, CompletableFuture<XsltExecutable>> compiled = new ConcurrentHashMap<>();

    /**
     * @param processor      the shared Saxon processor
     * @param customizations per output, an editor's stylesheet that imports the toolkit's one
     */
    public Stylesheets(Processor processor, Map<Output, Path> customizations) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.customizations = Map.copyOf(customizations);
    }

    public Processor processor() {
        return processor;
    }

    /**
     * The compiled stylesheet for an output, compiling it on first use; a thread that asks while another
     * compiles it waits for that compilation. A failed compilation is not kept: the next call tries again.
     */
    public XsltExecutable get(Output output) throws InputException {
        CompletableFuture<XsltExecutable> mine = new CompletableFuture<>();
        CompletableFuture<XsltExecutable> existing = compiled.putIfAbsent(output, mine);
        if (existing == null) {
            try {
                mine.complete(compile(output));
            } catch (InputException | RuntimeException | Error e) {
                compiled.remove(output, mine);
                mine.completeExceptionally(e);
                throw e;
            }
            existing = mine;
        }
        try {
            return existing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InputException input) {
                throw new InputException(input.diagnostics());
            }
            throw e;
        }
    }

    /** Compiles these outputs' stylesheets in the background ({@link Warmup}), for a run that will use them. */
    public void prepare(Output... outputs) {
        for (Output output : outputs) {
            Warmup.ahead(() -> {
                try {
                    get(output);
                } catch (InputException e) {
                    // reported to the run when it asks for the stylesheet
                }
            });
        }
    }

    /**
     * A transformer for one input document, confined to that document's folder: {@code doc()},
     * {@code document()} and {@code unparsed-text()} read nothing outside it and nothing from the network.
     */
    public Xslt30Transformer transformerFor(Output output, XdmNode input) throws InputException {
        Xslt30Transformer transformer = get(output).load30();
        URI uri = input.getDocumentURI();
        if (uri != null && "file".equals(uri.getScheme())) {
            SafeResources.confine(transformer, Path.of(uri));
        }
        return transformer;
    }

    /** The URL of one of the toolkit's own stylesheet files, by its path below {@code xslt/}. */
    public static URL resource(String path) {
        URL url = Stylesheets.class.getClassLoader().getResource("xslt/" + path);
        if (url == null) {
            throw new IllegalStateException("stylesheet xslt/" + path + " is missing from the toolkit");
        }
        return url;
    }

    private XsltExecutable compile(Output output) throws InputException {
        List<Diagnostic> problems = new ArrayList<>();
        XsltCompiler compiler = processor.newXsltCompiler();
        compiler.setURIResolver(Stylesheets::resolve);
        compiler.setErrorReporter(error -> problems.add(StageErrors.of(error)));
        Path custom = customizations.get(output);
        try {
            Source source = custom != null
                    ? new StreamSource(custom.toFile())
                    : open(resource(output.path()));
            return compiler.compile(source);
        } catch (SaxonApiException | IOException e) {
            if (problems.isEmpty()) {
                problems.add(Diagnostic.error("xslt.compile", "stylesheet does not compile: " + e.getMessage(),
                        custom != null ? custom.toString() : output.path(), 0, 0));
            }
            throw new InputException(problems);
        }
    }

    private static Source open(URL url) throws IOException {
        InputStream in = url.openStream();
        return new StreamSource(in, url.toExternalForm());
    }

    /**
     * Resolves an {@code xsl:include}/{@code xsl:import} of one of the toolkit's stylesheet modules by its public
     * address ({@code https://tei-edition.org/xslt/common/pages.xsl}) to the toolkit's own file; any other address
     * is left to the compiler's own resolver (null, as a {@link javax.xml.transform.URIResolver} says so). The
     * Schematron includes the outputs' shared rules this way.
     */
    public static Source toolkitModule(String href, String base) throws TransformerException {
        try {
            URI uri = base == null || base.isEmpty() || base.startsWith("jar:") ? URI.create(href) : URI.create(base).resolve(href);
            return uri.toString().startsWith(PUBLIC_BASE) ? open(resource(uri.toString().substring(PUBLIC_BASE.length()))) : null;
        } catch (IOException | IllegalArgumentException e) {
            throw new TransformerException("stylesheet \"" + href + "\" cannot be read: " + e.getMessage(), e);
        }
    }

    /** Resolves {@code xsl:import}/{@code xsl:include}: the public base maps to the jar; nothing is fetched. */
    private static Source resolve(String href, String base) throws TransformerException {
        try {
            URI uri = base == null || base.isEmpty() ? URI.create(href) : resolveAgainst(base, href);
            String text = uri.toString();
            if (text.startsWith(PUBLIC_BASE)) {
                return open(resource(text.substring(PUBLIC_BASE.length())));
            }
            String scheme = uri.getScheme();
            if ("file".equals(scheme) || "jar".equals(scheme)) {
                return open(uri.toURL());
            }
            throw new TransformerException("stylesheet \"" + text + "\" refused: stylesheets are never fetched from the network");
        } catch (IOException | IllegalArgumentException e) {
            throw new TransformerException("stylesheet \"" + href + "\" cannot be read: " + e.getMessage(), e);
        }
    }

    private static URI resolveAgainst(String base, String href) {
        if (base.startsWith("jar:")) {
            // java.net.URI cannot resolve against the opaque jar: form: resolve the inner path
            int bang = base.indexOf("!/");
            URI inner = URI.create("file:" + base.substring(bang + 1)).resolve(href);
            return URI.create(base.substring(0, bang + 1) + inner.getPath());
        }
        return URI.create(base).resolve(href);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.xml;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javax.xml.transform.Source;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.trans.XPathException;
import org.xml.sax.InputSource;

/**
 * What XSLT's {@code doc()}, {@code document()} and {@code unparsed-text()} may read: local files in one
 * folder (and below), and the toolkit's own resources inside its jar. Nothing else, and never the network.
 * XML read this way is parsed by {@link SafeXml}.
 *
 * <p>Two policies. {@link #besideRequester()}, installed on the shared processor, lets a document or
 * stylesheet read files in its own folder: {@code document(@href, .)} from a TEI file reads beside that
 * file. {@link #confinedTo(Path)} allows one folder whatever asks; {@link #confine(Xslt30Transformer, Path)}
 * puts it on a transformation so that it reads only beside its input.
 */
public final class SafeResources implements ResourceResolver, UnparsedTextURIResolver {
    private final Optional<Path> folder;

    private SafeResources(Optional<Path> folder) {
        this.folder = folder.map(f -> f.toAbsolutePath().normalize());
    }

    /** Each request may read only in the folder of the document or stylesheet that makes it. */
    public static SafeResources besideRequester() {
        return new SafeResources(Optional.empty());
    }

    /** Every request may read only in this folder (and below). */
    public static SafeResources confinedTo(Path folder) {
        return new SafeResources(Optional.of(Objects.requireNonNull(folder, "folder")));
    }

    /** Confines a transformation to the folder of its input file. */
    public static Xslt30Transformer confine(Xslt30Transformer transformer, Path input) {
        Path parent = input.toAbsolutePath().getParent();
        SafeResources resources = confinedTo(parent == null ? input.toAbsolutePath() : parent);
        transformer.setResourceResolver(resources);
        transformer.setUnparsedTextResolver(resources);
        return transformer;
    }

    @Override
    public Source resolve(ResourceRequest request) throws XPathException {
        URI uri = absolute(request.relativeUri != null ? request.relativeUri : request.uri, request.baseUri);
        check(uri, request.baseUri);
        if (ResourceRequest.TEXT_NATURE.equals(request.nature) || ResourceRequest.BINARY_NATURE.equals(request.nature)) {
            return null; // Saxon then reads it through the unparsed-text resolver below, which checks again
        }
        return SafeXml.source(new InputSource(uri.toString()));
    }

    @Override
    public Reader resolve(URI absoluteURI, String encoding, Configuration config) throws XPathException {
        check(absoluteURI, null);
        try {
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new InputStreamReader(absoluteURI.toURL().openStream(), charset);
        } catch (IOException | IllegalArgumentException e) {
            throw new XPathException("cannot read \"" + absoluteURI + "\": " + e.getMessage(), "FOUT1170");
        }
    }

    private void check(URI uri, String base) throws XPathException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (scheme.equals("jar") && uri.toString().startsWith("jar:file:")) {
            return; // the toolkit's own resources
        }
        if (!scheme.equals("file")) {
            throw refused(uri, "only local files are read, never the network");
        }
        Optional<Path> allowed = folder.isPresent() ? folder : folderOf(base);
        Path target = Path.of(uri).toAbsolutePath().normalize();
        if (allowed.isEmpty() || !target.startsWith(allowed.get())) {
            throw refused(uri, allowed.map(f -> "only files in \"" + f + "\" may be read").orElse("no local folder is allowed here"));
        }
    }

    private static Optional<Path> folderOf(String base) {
        if (base == null || !base.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Path.of(new URI(base)).toAbsolutePath().normalize().getParent());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static URI absolute(String href, String base) throws XPathException {
        try {
            URI uri = new URI(href);
            if (uri.isAbsolute()) {
                return uri;
            }
            if (base == null || base.isEmpty() || base.startsWith("jar:")) {
                throw new XPathException("\"" + href + "\" refused: a relative address needs a local base", "FODC0002");
            }
            return new URI(base).resolve(uri);
        } catch (URISyntaxException e) {
            throw new XPathException("\"" + href + "\" is not an address: " + e.getMessage(), "FODC0005");
        }
    }

    private static XPathException refused(URI uri, String why) {
        return new XPathException("reading \"" + uri + "\" refused: " + why, "FODC0002");
    }
}

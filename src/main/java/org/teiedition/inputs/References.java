// SPDX-License-Identifier: Apache-2.0
package org.teiedition.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.teiedition.transform.Stylesheets;
import org.teiedition.xml.SafeXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The files a stylesheet or schema is made of: the file itself and every file it reaches through
 * {@code xsl:import} and {@code xsl:include}, RELAX NG {@code include} and {@code externalRef}, and
 * Schematron {@code include} and {@code extends}. The toolkit's public stylesheet URIs
 * ({@code https://tei-edition.org/xslt/…}) map to the toolkit's own files, as when compiling; nothing is
 * fetched from the network. A file that cannot be read or parsed is listed but not followed: compiling it
 * reports the problem.
 */
final class References {
    private static final Map<String, Set<String>> FOLLOWED = Map.of(
            "http://www.w3.org/1999/XSL/Transform", Set.of("import", "include"),
            "http://relaxng.org/ns/structure/1.0", Set.of("include", "externalRef"),
            "http://purl.oclc.org/dsdl/schematron", Set.of("include", "extends"));

    private final Toolkit toolkit;

    References(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    /** The file and every file it reaches, each once, in the order found. */
    List<URI> closure(URI start) {
        Set<URI> seen = new LinkedHashSet<>();
        Deque<URI> queue = new ArrayDeque<>(List.of(canonical(start)));
        while (!queue.isEmpty()) {
            URI next = queue.removeFirst();
            if (seen.add(next)) {
                for (String href : hrefs(next)) {
                    resolve(href, next).filter(uri -> !seen.contains(uri)).ifPresent(queue::addLast);
                }
            }
        }
        return List.copyOf(seen);
    }

    /** The URI of a toolkit resource, when the toolkit has it. */
    Optional<URI> toolkitResource(String path) {
        return toolkit.resource(path).flatMap(References::toUri);
    }

    Optional<URI> resolve(String href, URI base) {
        String text = href.strip();
        if (text.startsWith(Stylesheets.PUBLIC_BASE)) {
            return toolkitResource("xslt/" + text.substring(Stylesheets.PUBLIC_BASE.length()));
        }
        URI resolved;
        try {
            URI reference = new URI(text);
            resolved = reference.isAbsolute() ? reference : against(base, reference);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (resolved.toString().startsWith(Stylesheets.PUBLIC_BASE)) {
            return resolve(resolved.toString(), base);
        }
        String scheme = resolved.getScheme();
        return "file".equals(scheme) || "jar".equals(scheme) ? Optional.of(canonical(resolved)) : Optional.empty();
    }

    private static URI against(URI base, URI reference) {
        String text = base.toString();
        if (text.startsWith("jar:")) {
            // the jar: form is opaque to java.net.URI: resolve the path inside the jar
            int bang = text.indexOf("!/");
            URI inner = URI.create("file:" + text.substring(bang + 1)).resolve(reference);
            return URI.create(text.substring(0, bang + 1) + inner.getRawPath());
        }
        return base.resolve(reference);
    }

    private static List<String> hrefs(URI uri) {
        List<String> found = new ArrayList<>();
        try (InputStream in = uri.toURL().openStream()) {
            XMLReader reader = SafeXml.newReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String namespace, String local, String qName, Attributes attributes) {
                    Set<String> names = FOLLOWED.get(namespace);
                    String href = attributes.getValue("", "href");
                    if (names != null && names.contains(local) && href != null) {
                        found.add(href);
                    }
                }
            });
            InputSource source = new InputSource(in);
            source.setSystemId(uri.toString());
            reader.parse(source);
        } catch (IOException | SAXException | IllegalArgumentException e) {
            // unreadable or malformed: listed, not followed; compiling it tells the user
        }
        return found;
    }

    /** One spelling per file: {@code file:///p/x.xsl}, never {@code file:/p/x.xsl} or {@code file:/p/../p/x.xsl}. */
    static URI canonical(URI uri) {
        if ("file".equals(uri.getScheme())) {
            try {
                return java.nio.file.Path.of(uri).toAbsolutePath().normalize().toUri();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return uri.normalize();
            }
        }
        return uri;
    }

    static Optional<URI> toUri(URL url) {
        try {
            return Optional.of(canonical(url.toURI()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

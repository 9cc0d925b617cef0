// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import org.apache.fop.apps.FopFactory;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.xml.sax.SAXException;

/**
 * Builds FOP's factory once from {@code fop/fop.xconf}: fonts from the toolkit's jar only, PDF/A-2b and
 * PDF/UA-1, accessibility on, complex scripts off. FOP reads nothing outside the jar and writes nothing.
 */
final class FopSetup {
    /** The base of every URI FOP resolves: the toolkit's classpath. */
    static final URI BASE = URI.create("tei-edition:/");

    static {
        QuietLogging.ensure();
    }

    private FopSetup() {
    }

    static FopFactory newFactory() {
        try (InputStream config = open("fop/fop.xconf")) {
            return new org.apache.fop.apps.FopConfParser(config, BASE, new ClasspathResolver())
                    .getFopFactoryBuilder().build();
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the toolkit's FOP configuration cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = FopSetup.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is missing from the toolkit");
        }
        return in;
    }

    /** Resolves {@code tei-edition:/PATH} to the jar; refuses every other URI (no files, no network). */
    private static final class ClasspathResolver implements ResourceResolver {
        @Override
        public Resource getResource(URI uri) throws IOException {
            if (!"tei-edition".equals(uri.getScheme())) {
                throw new IOException("\"" + uri + "\" refused: print resources come from the toolkit only");
            }
            return new Resource(open(uri.getPath().substring(1)));
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            throw new IOException("\"" + uri + "\" refused: FOP writes no files");
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.fop.apps.FopFactory;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.xml.sax.SAXException;

/**
 * Builds FOP's factory once from {@code fop/fop.xconf}: fonts from the toolkit's jar only, PDF/A-2b and
 * PDF/UA-1, accessibility on, complex scripts off. FOP reads nothing outside the jar and writes nothing.
 *
 * <p>The press PDF's factory is built from the same configuration with PDF/X-4 in place of PDF/A-2b and
 * the press output profile ({@link #PRESS_PROFILE}): PDF/X needs an output intent of a printing condition,
 * where PDF/A takes the sRGB profile of a screen. PDF/UA-1 and everything else stay as they are.
 */
final class FopSetup {
    /** The base of every URI FOP resolves: the toolkit's classpath. */
    static final URI BASE = URI.create("tei-edition:/");
    /** The press PDF's output profile, in the toolkit's jar: see {@code icc/README.md}. */
    static final String PRESS_PROFILE = "icc/FOGRA29L-uncoated.icc";
    private static final String READER_MODE = "<pdf-a-mode>PDF/A-2b</pdf-a-mode>";
    private static final String PRESS_MODE = "<pdf-x-mode>PDF/X-4</pdf-x-mode>\n      <output-profile>" + PRESS_PROFILE + "</output-profile>";

    static {
        QuietLogging.ensure();
    }

    private FopSetup() {
    }

    static FopFactory newFactory() {
        return newFactory(PdfFor.READER);
    }

    static FopFactory newFactory(PdfFor pdfFor) {
        try (InputStream config = pdfFor == PdfFor.PRESS ? press() : open("fop/fop.xconf")) {
            return new org.apache.fop.apps.FopConfParser(config, BASE, new ClasspathResolver())
                    .getFopFactoryBuilder().build();
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the toolkit's FOP configuration cannot be read: " + e.getMessage(), e);
        }
    }

    /** The configuration with the press PDF's conformance in place of the reader's. */
    private static InputStream press() throws IOException {
        String config;
        try (InputStream in = open("fop/fop.xconf")) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int at = config.indexOf(READER_MODE);
        if (at < 0 || config.indexOf(READER_MODE, at + 1) >= 0) {
            throw new IOException("fop/fop.xconf does not name the reader's " + READER_MODE + " once");
        }
        return new java.io.ByteArrayInputStream(config.replace(READER_MODE, PRESS_MODE).getBytes(StandardCharsets.UTF_8));
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

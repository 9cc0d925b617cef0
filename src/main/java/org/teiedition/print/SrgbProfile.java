// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.fop.pdf.PDFFilter;
import org.apache.fop.pdf.PDFFilterList;
import org.apache.fop.pdf.PDFICCStream;
import org.apache.fop.pdf.PDFObject;

/**
 * FOP embeds its sRGB profile after a round trip through the JDK's colour classes, which rewrite the
 * profile's header (the platform signature differs between Java 17 and Java 25). To give the same bytes
 * on every JVM, the stream FOP made of it is written with FOP's profile file exactly as it is shipped.
 *
 * <p>FOP writes an ICC stream from the JDK's profile object alone, which cannot hold other bytes; the
 * stream's filters are where its data can be given instead: the first of them, which adds no encoding
 * of its own, writes the shipped bytes in place of the JDK's, and the usual compression follows.
 *
 * <p>The press PDF's output profile ({@link FopSetup#PRESS_PROFILE}), which the JDK rewrites whole, is
 * written the same way, as the file the toolkit ships.
 */
final class SrgbProfile {
    private static final String RESOURCE = "/org/apache/fop/pdf/sRGB.icc";
    private static final byte[] SHIPPED = load();

    private SrgbProfile() {
    }

    /** Has {@code stream} written as shipped when it is FOP's sRGB profile (once, however often it is met). */
    static void restore(PDFICCStream stream) {
        if (!stream.getFilterList().isInitialized() && isRewrittenCopy(stream.getICCProfile().getData())) {
            restore(stream, SHIPPED);
        }
    }

    /**
     * Has {@code stream}, a profile FOP read from {@code shipped}, written as those bytes (once, however often
     * it is met): the press PDF's output profile, which the JDK rewrites more than the header of.
     */
    static void restore(PDFICCStream stream, byte[] shipped) {
        PDFFilterList filters = stream.getFilterList();
        if (filters.isInitialized()) {
            return;
        }
        filters.addFilter(new AsShipped(shipped));
        filters.addDefaultFilters(stream.getDocumentSafely().getFilterMap(), PDFFilterList.DEFAULT_FILTER);
    }

    /**
     * FOP's profile as the JDK rewrote it: the header changed, the end re-padded to four bytes, the tags
     * in between unchanged.
     */
    private static boolean isRewrittenCopy(byte[] data) {
        return data.length >= SHIPPED.length && data.length < SHIPPED.length + 4
                && new String(data, 36, 4, StandardCharsets.US_ASCII).equals("acsp")
                && Arrays.equals(data, 128, SHIPPED.length - 4, SHIPPED, 128, SHIPPED.length - 4);
    }

    /** Takes the profile as the JDK writes it and passes the shipped one on. */
    private static final class AsShipped extends PDFFilter {
        private final byte[] shipped;

        AsShipped(byte[] shipped) {
            this.shipped = shipped;
        }

        @Override
        public String getName() {
            return ""; // no entry in the stream's /Filter: the data is a profile, as the JDK's was
        }

        @Override
        public PDFObject getDecodeParms() {
            return null;
        }

        @Override
        public OutputStream applyFilter(OutputStream out) {
            return new OutputStream() {
                private boolean closed;

                @Override
                public void write(int b) {
                    // the JDK's copy is left out
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    // the JDK's copy is left out
                }

                @Override
                public void close() throws IOException {
                    if (!closed) {
                        closed = true;
                        out.write(shipped);
                        out.close();
                    }
                }
            };
        }
    }

    private static byte[] load() {
        return load(RESOURCE, "FOP's sRGB profile");
    }

    /** A profile shipped on the class path, by its absolute resource name. */
    static byte[] load(String resource, String what) {
        try (InputStream in = SrgbProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

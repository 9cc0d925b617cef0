// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * FOP embeds its sRGB profile after a round trip through the JDK's colour classes, which rewrite the
 * profile's header (the platform signature differs between Java 17 and Java 25). To give the same bytes
 * on every JVM, the embedded profile is replaced by FOP's profile file exactly as it is shipped.
 */
final class SrgbProfile {
    private static final String RESOURCE = "/org/apache/fop/pdf/sRGB.icc";
    private static final byte[] SHIPPED = load();

    private SrgbProfile() {
    }

    static void restore(PDDocument document) throws IOException {
        for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
                .map(key -> document.getDocument().getObjectFromPool(key)).toList()) {
            if (object.getObject() instanceof COSStream stream && stream.getInt(COSName.N) == 3 && isRewrittenCopy(stream)) {
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(SHIPPED);
                }
            }
        }
    }

    /**
     * FOP's profile as the JDK rewrote it: the header changed, the end re-padded to four bytes, the tags
     * in between unchanged.
     */
    private static boolean isRewrittenCopy(COSStream stream) throws IOException {
        byte[] data;
        try (InputStream in = stream.createInputStream()) {
            data = in.readAllBytes();
        }
        return data.length >= SHIPPED.length && data.length < SHIPPED.length + 4
                && new String(data, 36, 4, StandardCharsets.US_ASCII).equals("acsp")
                && Arrays.equals(data, 128, SHIPPED.length - 4, SHIPPED, 128, SHIPPED.length - 4);
    }

    private static byte[] load() {
        try (InputStream in = SrgbProfile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("FOP's sRGB profile " + RESOURCE + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

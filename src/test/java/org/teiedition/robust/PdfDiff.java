// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Says where two PDFs differ in terms of their objects, so that a reproducibility failure names its cause. */
final class PdfDiff {
    private PdfDiff() {
    }

    static String describe(byte[] first, byte[] second) {
        try (PDDocument a = Loader.loadPDF(first); PDDocument b = Loader.loadPDF(second)) {
            for (COSObjectKey key : a.getDocument().getXrefTable().keySet().stream().sorted().toList()) {
                COSBase x = a.getDocument().getObjectFromPool(key).getObject();
                COSBase y = b.getDocument().getObjectFromPool(key).getObject();
                if (x instanceof COSStream s && y instanceof COSStream t) {
                    byte[] u = decoded(s);
                    byte[] v = decoded(t);
                    int at = Arrays.mismatch(u, v);
                    if (at >= 0) {
                        return "object " + key + " " + s.getCOSName(org.apache.pdfbox.cos.COSName.TYPE, s.getCOSName(org.apache.pdfbox.cos.COSName.SUBTYPE))
                                + " differs once decoded, at byte " + at + " of " + u.length + "/" + v.length + ": starts "
                                + Fuzz.escape(new String(u, 0, Math.min(u.length, 48), StandardCharsets.ISO_8859_1)) + "; "
                                + Fuzz.escape(new String(u, Math.max(0, at - 8), Math.min(24, u.length - Math.max(0, at - 8)), StandardCharsets.ISO_8859_1))
                                + " vs " + Fuzz.escape(new String(v, Math.max(0, at - 8), Math.min(24, v.length - Math.max(0, at - 8)), StandardCharsets.ISO_8859_1));
                    }
                }
            }
            return "no stream differs once decoded: a dictionary, the compression or the file layout differs";
        } catch (IOException | RuntimeException e) {
            return "cannot compare the PDFs' objects: " + e;
        }
    }

    private static byte[] decoded(COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return in.readAllBytes();
        }
    }
}

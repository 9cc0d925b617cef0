// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Puts a file identifier derived from the input in the trailer of a PDF FOP wrote. FOP makes it from the
 * clock and offers no way to give it (the generator is internal to its PDF package), so it is written over
 * where FOP wrote it: the trailer's {@code /ID [<hex> <hex>]} at the end of the file, two hex strings of the
 * identifier's length, replaced in place without moving a byte (the cross-reference offsets stay right).
 */
final class TrailerId {
    private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID = "/ID".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XREF = "xref".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRAILER = "trailer".getBytes(StandardCharsets.US_ASCII);

    private TrailerId() {
    }

    /** Replaces both identifiers of {@code pdf}'s trailer by {@code id}, in place. */
    static void write(byte[] pdf, byte[] id) {
        int end = lastIndexOf(pdf, STARTXREF, Math.max(0, pdf.length - 64), pdf.length);
        if (end < 0) {
            throw new IllegalStateException("FOP's PDF does not end with startxref");
        }
        int section = xrefOffset(pdf, end);
        // a table's trailer dictionary follows its last "trailer"; a stream's dictionary comes before its data
        boolean table = indexOf(pdf, XREF, section, section + XREF.length) == section;
        int from = table ? lastIndexOf(pdf, TRAILER, section, end) : section;
        int to = table ? end : indexOf(pdf, STREAM, section, end);
        int at = from < 0 || to < 0 ? -1 : indexOf(pdf, ID, from, to);
        if (at < 0) {
            throw new IllegalStateException("FOP's PDF has no file identifier in its trailer");
        }
        byte[] hex = HexFormat.of().withUpperCase().formatHex(id).getBytes(StandardCharsets.US_ASCII);
        int i = expect(pdf, skipSpace(pdf, at + ID.length), '[');
        for (int copy = 0; copy < 2; copy++) {
            i = expect(pdf, skipSpace(pdf, i), '<');
            if (i + hex.length >= to || pdf[i + hex.length] != '>') {
                throw new IllegalStateException("FOP's file identifier is not of " + id.length + " bytes");
            }
            System.arraycopy(hex, 0, pdf, i, hex.length);
            i += hex.length + 1;
        }
    }

    /** The offset given after {@code startxref}: where the cross-reference section the file ends with starts. */
    private static int xrefOffset(byte[] pdf, int startxref) {
        int i = skipSpace(pdf, startxref + STARTXREF.length);
        long offset = 0;
        for (; i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9'; i++) {
            offset = offset * 10 + pdf[i] - '0';
        }
        if (offset >= startxref) {
            throw new IllegalStateException("FOP's PDF gives its cross-reference section past its end");
        }
        return (int) offset;
    }

    private static int skipSpace(byte[] pdf, int i) {
        while (i < pdf.length && (pdf[i] == ' ' || pdf[i] == '\n' || pdf[i] == '\r' || pdf[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static int expect(byte[] pdf, int i, char c) {
        if (i >= pdf.length || pdf[i] != c) {
            throw new IllegalStateException("FOP's file identifier is not written as hex strings");
        }
        return i + 1;
    }

    private static int indexOf(byte[] data, byte[] part, int from, int to) {
        for (int i = from; i <= Math.min(to, data.length) - part.length; i++) {
            if (java.util.Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, byte[] part, int from, int to) {
        for (int i = to - part.length; i >= from; i--) {
            if (java.util.Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}

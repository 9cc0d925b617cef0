// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The file identifier is written over in the trailer FOP ends the file with, in either form, nowhere else. */
class TrailerIdTest {
    private static final String CLOCK = "0123456789ABCDEF0123456789ABCDEF";
    private static final byte[] ID = {(byte) 0xfe, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, (byte) 0xa0};
    private static final String INPUT = "FE0102030405060708090A0B0C0D0EA0";

    @Test
    void aCrossReferenceTablesTrailer() {
        String head = "%PDF-1.4\n1 0 obj\n<< /Note (/ID [<" + CLOCK + "> <" + CLOCK + ">]) >>\nendobj\n";
        String tail = "xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<<\n  /Size 2\n  /ID [<"
                + CLOCK + "> <" + CLOCK + ">]\n>>\nstartxref\n" + head.length() + "\n%%EOF\n";
        assertEquals(head + tail.replace(CLOCK, INPUT), written(head + tail));
    }

    @Test
    void aCrossReferenceStreamsDictionary() {
        String head = "%PDF-1.5\n";
        String tail = "5 0 obj\n<< /Type /XRef /ID [<" + CLOCK + "><" + CLOCK + ">] /Length 9 >>\nstream\n/ID [<00>]\nendstream\nendobj\n"
                + "startxref\n" + head.length() + "\n%%EOF\n";
        assertEquals(head + tail.replaceFirst(CLOCK, INPUT).replaceFirst(CLOCK, INPUT), written(head + tail));
    }

    @Test
    void aTrailerWithoutAnIdentifierIsAnInternalFault() {
        String pdf = "%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n9\n%%EOF\n";
        assertThrows(IllegalStateException.class, () -> written(pdf));
    }

    private static String written(String pdf) {
        byte[] bytes = pdf.getBytes(StandardCharsets.ISO_8859_1);
        TrailerId.write(bytes, ID);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}

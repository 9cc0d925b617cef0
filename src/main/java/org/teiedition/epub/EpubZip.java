// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an EPUB container (OCF ZIP) with reproducible bytes: {@code mimetype} first and stored, then the
 * entries in the order given, every entry with the same timestamp (a DOS date without time zone, so the
 * bytes do not depend on the machine's zone) and no extra fields.
 */
final class EpubZip {
    /** The timestamp of every entry. */
    static final LocalDateTime TIMESTAMP = LocalDateTime.of(2000, 1, 1, 0, 0);

    private EpubZip() {
    }

    /** @param entries path in the container → content, in the order to write them */
    static void write(Map<String, byte[]> entries, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry first = entry("mimetype");
        first.setMethod(ZipEntry.STORED);
        first.setSize(mimetype.length);
        first.setCompressedSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        first.setCrc(crc.getValue());
        zip.putNextEntry(first);
        zip.write(mimetype);
        zip.closeEntry();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            zip.putNextEntry(entry(e.getKey()));
            zip.write(e.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }

    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(TIMESTAMP);
        return entry;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.diag.Diagnostic;
import org.teiedition.store.PageStore;

/**
 * EPUBCheck with the content documents' passing verdicts kept: a book checked again validates no
 * document it passed before, and a changed document, or one with a problem, is validated every time,
 * with the messages EPUBCheck gives without kept verdicts.
 */
class SchemaVerdictsTest {
    @TempDir
    static Path temp;
    static Path book;

    @BeforeAll
    static void memorandumBook() throws Exception {
        book = temp.resolve("memorandum.epub");
        assertEquals(List.of(), Edition.create().epub(EpubTest.MEMORANDUM, book));
    }

    /** A store that counts what is looked up and kept. */
    static final class Counting implements PageStore {
        final PageStore entries = PageStore.inMemory();
        final List<String> kept = Collections.synchronizedList(new ArrayList<>());
        int found;

        @Override
        public synchronized Optional<byte[]> get(String key) {
            Optional<byte[]> entry = entries.get(key);
            found += entry.isPresent() ? 1 : 0;
            return entry;
        }

        @Override
        public void put(String key, byte[] entry) throws IOException {
            kept.add(key);
            entries.put(key, entry);
        }
    }

    @Test
    void aBookCheckedAgainValidatesNoDocumentItPassedBefore() throws IOException {
        Counting verdicts = new Counting();
        assertEquals(List.of(), new EpubChecker().check(book, "memorandum.epub", verdicts));
        // nav, licence and the document, each against the content documents' schemas that apply to it
        int validations = verdicts.kept.size();
        assertTrue(validations >= 3, verdicts.kept::toString);
        assertEquals(0, verdicts.found);
        assertEquals(List.of(), new EpubChecker().check(book, "memorandum.epub", verdicts));
        assertEquals(validations, verdicts.kept.size(), "nothing validated again");
        assertEquals(validations, verdicts.found);
    }

    @Test
    void aChangedDocumentIsValidatedWithEpubChecksOwnMessagesAndItsProblemIsNeverKept() throws IOException {
        Counting verdicts = new Counting();
        assertEquals(List.of(), new EpubChecker().check(book, "memorandum.epub", verdicts));
        Path broken = temp.resolve("broken.epub");
        rewrite(book, broken, "EPUB/d1.xhtml", xhtml -> xhtml.replaceFirst("<body([^>]*)>", "<body$1><blink>now</blink>"));
        List<Diagnostic> plain = new EpubChecker().check(broken, "broken.epub");
        assertTrue(plain.stream().anyMatch(d -> d.isError() && d.file().endsWith("EPUB/d1.xhtml")), plain::toString);
        for (int time = 0; time < 3; time++) {
            assertEquals(plain, new EpubChecker().check(broken, "broken.epub", verdicts), "check " + time);
        }
    }

    @Test
    void withoutAStoreEveryDocumentIsValidated() throws IOException {
        Path broken = temp.resolve("broken-alone.epub");
        rewrite(book, broken, "EPUB/nav.xhtml", xhtml -> xhtml.replaceFirst("<body([^>]*)>", "<body$1><blink>now</blink>"));
        assertFalse(new EpubChecker().check(broken, "broken-alone.epub").stream().noneMatch(Diagnostic::isError));
    }

    private static void rewrite(Path from, Path to, String entry, java.util.function.UnaryOperator<String> edit) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry original : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(original).readAllBytes();
                if (original.getName().equals(entry)) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(original.getName());
                if (original.getName().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.ExitCode;

/**
 * Fuzzing {@code verify}'s readers with the memorandum's own PDF and EPUB, their bytes flipped, cut, deleted
 * and repeated (see {@link Fuzz} for seeds and a longer run): every answer is a verdict (exit 0, or 1 when
 * pages do not match) or one located problem naming the file (exit 1), never an internal error or a stack trace.
 */
class ReaderFuzzTest {
    private static final Path MEMORANDUM = Path.of("tei/memorandum.xml");
    private static byte[] pdf;
    private static byte[] epub;

    @TempDir
    static Path made;

    @TempDir
    Path dir;

    @BeforeAll
    static void editions() throws Exception {
        Path pdfFile = made.resolve("memorandum.pdf");
        Path epubFile = made.resolve("memorandum.epub");
        Run.of("pdf", MEMORANDUM.toString(), "-o", pdfFile.toString());
        Run.of("epub", MEMORANDUM.toString(), "-o", epubFile.toString());
        pdf = Files.readAllBytes(pdfFile);
        epub = Files.readAllBytes(epubFile);
    }

    @Test
    void mutatedPdf() throws Exception {
        Fuzz.run("verify of a mutated PDF", 7_001, 40, random -> mutate(pdf, random), input -> check(input, "fuzz.pdf"));
    }

    @Test
    void mutatedEpub() throws Exception {
        Fuzz.run("verify of a mutated EPUB", 7_002, 60, random -> mutate(epub, random), input -> check(input, "fuzz.epub"));
    }

    /** The input's chars are its bytes (ISO-8859-1). */
    private String check(String input, String name) throws Exception {
        Path file = Files.write(dir.resolve(name), input.getBytes(StandardCharsets.ISO_8859_1));
        Run run = Run.of("verify", file.toString(), "--tei", MEMORANDUM.toString());
        if (run.status() == ExitCode.OK) {
            return null;
        }
        if (run.status() == ExitCode.INPUT && run.err().isEmpty() && run.out().contains("folio")) {
            return null; // the verdict: pages that do not match
        }
        if (run.status() != ExitCode.INPUT) {
            return "exit " + run.status() + ": " + run.err();
        }
        if (!run.err().startsWith(file + ": error: ") || run.err().contains("\tat ") || run.err().contains("Exception")) {
            return "not one located problem: " + run.err();
        }
        return null;
    }

    private static String mutate(byte[] original, Random random) {
        StringBuilder bytes = new StringBuilder(new String(original, StandardCharsets.ISO_8859_1));
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (at < bytes.length()) {
                        bytes.setCharAt(at, (char) (bytes.charAt(at) ^ (1 << random.nextInt(8))));
                    }
                }
                case 1 -> bytes.setLength(Math.max(at, bytes.length() - random.nextInt(4000)));
                case 2 -> bytes.delete(at, Math.min(bytes.length(), at + 1 + random.nextInt(60)));
                default -> bytes.insert(at, bytes.substring(at, Math.min(bytes.length(), at + random.nextInt(300))));
            }
        }
        return bytes.toString();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.teiedition.robust.Fuzz.oneOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.validate.ValidationReport;

/**
 * Fuzzing the validator and the loader with the memorandum's bytes flipped, cut, duplicated and spiked with
 * markup (see {@link Fuzz} for seeds and a longer run): the validator always answers with a report, never
 * an exception, and every error in it names the file; the loader answers with a tree or an
 * {@link InputException}.
 */
class ValidatorFuzzTest {
    static final byte[] MEMORANDUM = read("tei/memorandum.xml");
    static final String[] SPIKES = {"<", ">", "&", "&amp;", "&#0;", "&#x10FFFF;", "</p>", "<p>", "<pb/>", "<pb n=\"x\"/>",
        "xml:id=\"pg_522\" ", "<note>", "]]>", "<![CDATA[", "<!--", "-->", "<?pi x?>", "\u0000", "\"", "'", "=",
        "<!DOCTYPE TEI [<!ENTITY a \"b\">]>", "<!DOCTYPE TEI SYSTEM \"http://127.0.0.1:9/x.dtd\">",
        "xmlns=\"\" ", "xmlns:x=\"urn:x\" ", "<x:y/>", "<div>", "</div>", "\uFEFF", "é", "\r", "<TEI>", "</TEI>"};

    @TempDir
    Path dir;

    @BeforeEach
    void stagesPresent() throws Exception {
        Run.EDITION.validate(Path.of("tei/memorandum.xml"));
    }

    @Test
    void mutatedMemorandum() throws Exception {
        Fuzz.run("validator on the mutated memorandum", 3_001, 150, ValidatorFuzzTest::mutate, this::check);
    }

    /** The input's chars are its bytes (ISO-8859-1). */
    private String check(String input) throws Exception {
        Path file = Files.write(dir.resolve("fuzz.xml"), input.getBytes(StandardCharsets.ISO_8859_1));
        ValidationReport report = Run.EDITION.validate(file);
        if (report == null) {
            return "no report";
        }
        for (Diagnostic diagnostic : report.diagnostics()) {
            if (diagnostic.isError() && !diagnostic.file().endsWith("fuzz.xml")) {
                return "an error that does not name the file: " + diagnostic.format();
            }
        }
        try {
            Run.EDITION.load(file);
        } catch (InputException e) {
            if (report.isValid()) {
                return "the loader refuses what the validator accepts: " + e.getMessage();
            }
        }
        return null;
    }

    static String mutate(Random random) {
        StringBuilder bytes = new StringBuilder(new String(MEMORANDUM, StandardCharsets.ISO_8859_1));
        int edits = 1 + random.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (at < bytes.length()) {
                        bytes.setCharAt(at, (char) (bytes.charAt(at) ^ (1 << random.nextInt(8))));
                    }
                }
                case 1 -> bytes.setLength(at);
                case 2 -> bytes.insert(at, new String(oneOf(random, SPIKES).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
                case 3 -> bytes.delete(at, Math.min(bytes.length(), at + 1 + random.nextInt(60)));
                default -> bytes.insert(at, bytes.substring(at, Math.min(bytes.length(), at + random.nextInt(300))));
            }
        }
        return bytes.toString();
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import org.teiedition.publish.PublishOptions;
import static org.teiedition.robust.Fuzz.oneOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.encode.EncodeOptions;
import org.teiedition.diag.InputException;
import org.teiedition.encode.Encoded;

/**
 * Fuzzing the encoder (see {@link Fuzz} for seeds and a longer run): on any input it either answers with
 * an {@link InputException} carrying diagnostics, or its TEI renders back ({@code Edition.text}) to the
 * input, byte for byte. Any other exception, or a different text, is a bug.
 */
class EncoderFuzzTest {
    static final String MEMORANDUM = read("tei/memorandum.txt");
    static final String[] TOKENS = {"word", "Ambassador", " ", " ", " ", ".", ",", ";", "1939", "65", "57", "[Page 523]",
        "[Page ", "]", "[", "\n", "\n", "- ", "↩", "½", "—", "–", "’", "“", "”", "é", "č", "<", ">", "&", "&amp;", "\"", "'",
        "\t", "\r\n", "\r", "\u0000", "\u0007", "\u00a0", "\ufeff", "\ufffe", "😀", "S[umner] W[elles]", "Participants:",
        "711.61/891½", "  ", "-", "--", "]]>", "<!--", "<p>", "\u2028", "\u0301"};

    @TempDir
    Path dir;

    @BeforeEach
    void stagesPresent() throws Exception {
        Run.EDITION.encode(Path.of("tei/memorandum.txt"), EncodeOptions.defaults());
        Run.EDITION.text(Path.of("tei/memorandum.xml"), PublishOptions.defaults());
    }

    @Test
    void transcriptionsInTheForm() throws Exception {
        Fuzz.run("encoder on transcriptions in the form", 8_001, 150, EncoderFuzzTest::transcription, this::roundTrip);
    }

    @Test
    void mutatedMemorandum() throws Exception {
        Fuzz.run("encoder on the mutated memorandum", 8_002, 150, EncoderFuzzTest::mutatedMemorandum, this::roundTrip);
    }

    @Test
    void tokenSoup() throws Exception {
        Fuzz.run("encoder on token soup", 8_003, 200, EncoderFuzzTest::soup, this::roundTrip);
    }

    @Test
    void arbitraryBytes() throws Exception {
        Fuzz.run("encoder on arbitrary bytes", 8_004, 100, EncoderFuzzTest::bytes, this::roundTripBytes);
    }

    private String roundTrip(String input) throws Exception {
        return roundTrip(input.getBytes(StandardCharsets.UTF_8));
    }

    /** The input's chars are its bytes (ISO-8859-1), so that any byte sequence can be fuzzed and shrunk. */
    private String roundTripBytes(String input) throws Exception {
        return roundTrip(input.getBytes(StandardCharsets.ISO_8859_1));
    }

    private String roundTrip(byte[] bytes) throws Exception {
        Path transcription = Files.write(dir.resolve("fuzz.txt"), bytes);
        Encoded encoded;
        try {
            encoded = Run.EDITION.encode(transcription, EncodeOptions.defaults());
        } catch (InputException refused) {
            return refused.diagnostics().isEmpty() ? "refused without a diagnostic" : null;
        }
        Path tei = Files.writeString(dir.resolve("fuzz.xml"), encoded.toXml());
        String back;
        try {
            back = Run.EDITION.text(tei, PublishOptions.defaults());
        } catch (InputException e) {
            return "accepted, but its TEI does not render back: " + e.getMessage();
        }
        byte[] again = back.getBytes(StandardCharsets.UTF_8);
        if (java.util.Arrays.equals(again, bytes)) {
            return null;
        }
        int at = java.util.Arrays.mismatch(again, bytes);
        return "accepted, but the text differs from byte " + at + ": expected "
                + Fuzz.escape(around(new String(bytes, StandardCharsets.UTF_8), at)) + ", got " + Fuzz.escape(around(back, at));
    }

    private static String around(String text, int at) {
        int start = Math.max(0, Math.min(at, text.length()) - 30);
        return text.substring(start, Math.min(text.length(), start + 60));
    }

    static String transcription(Random random) {
        StringBuilder text = new StringBuilder();
        text.append(oneOf(random, "711.61/891½", "740.0011 European War 1939/28831", "861.00/11", "123.4")).append('\n');
        text.append(words(random, 2 + random.nextInt(10))).append('\n');
        int page = 100 + random.nextInt(800);
        int note = 1 + random.nextInt(90);
        List<String> notes = new java.util.ArrayList<>();
        int paragraphs = 1 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            int words = 3 + random.nextInt(40);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    text.append(' ');
                }
                if (random.nextInt(25) == 0) {
                    text.append("[Page ").append(++page).append("] ");
                }
                text.append(word(random));
                if (random.nextInt(30) == 0) {
                    text.append(oneOf(random, ".", ",", "")).append(note++);
                    notes.add(words(random, 1 + random.nextInt(12)) + ".");
                }
            }
            text.append(oneOf(random, ".", "", ":", "—")).append('\n');
        }
        for (String n : notes) {
            text.append("- ").append(n).append("↩\n");
        }
        text.setLength(text.length() - 1);
        if (random.nextInt(10) == 0) {
            text.append('\n');
        }
        return text.toString();
    }

    static String mutatedMemorandum(Random random) {
        StringBuilder text = new StringBuilder(MEMORANDUM);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
                case 1 -> text.insert(at, oneOf(random, TOKENS));
                case 2 -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(200))));
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }

    static String soup(Random random) {
        StringBuilder text = new StringBuilder();
        int tokens = random.nextInt(60);
        for (int i = 0; i < tokens; i++) {
            text.append(random.nextInt(4) == 0 ? word(random) : oneOf(random, TOKENS));
        }
        return text.toString();
    }

    static String bytes(Random random) {
        if (random.nextBoolean()) {
            // the memorandum with some of its bytes changed: mostly valid UTF-8 around a few bad bytes
            byte[] bytes = MEMORANDUM.getBytes(StandardCharsets.UTF_8);
            for (int i = 1 + random.nextInt(5); i > 0; i--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String words(Random random, int count) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < count; i++) {
            words.append(i == 0 ? "" : " ").append(word(random));
        }
        return words.toString();
    }

    private static String word(Random random) {
        return oneOf(random, "the", "Ambassador", "said", "Stalin", "of", "Government", "Mr.", "Litvinov", "was",
                "organizaton", "good-by", "(Welles)", "President’s", "“peace”", "1943", "Moscow,", "non-existent", "½", "é");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

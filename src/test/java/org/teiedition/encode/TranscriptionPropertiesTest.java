// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import nu.xom.Element;
import org.teiedition.encode.EncodeOptions;
import org.teiedition.diag.Diagnostic;

/**
 * Generated transcriptions (paragraphs, words, standalone numbers, inline and between-paragraph page
 * markers, note calls glued to words, punctuation, years and inside parentheses): the encoding renders
 * back byte for byte, every note stands right after the word it was glued to, and every page is there.
 *
 * <p>Seeded, so a failure is the same everywhere and names the try that failed. A longer run:
 * {@code mvn -o test -Dtest=TranscriptionPropertiesTest -Dproperties.tries=20000}.
 */
class TranscriptionPropertiesTest {
    private static final String[] WORDS = {"the", "ambassador", "said", "that", "government", "Moscow", "of", "war",
        "d’Affaires", "Chargé", "policy", "noon", "a.m.", "Tass", "had", "been", "completed", "Washington", "people’s"};

    /** A generated transcription and what its encoding must show. */
    record Case(String text, EncodeOptions options, List<Integer> pages, List<String> gluedTo, int firstCall) {
        @Override
        public String toString() {
            return options + "\n" + text;
        }
    }

    private static final long SEED = 1943_0507L;

    @Test
    void generatedTranscriptionsRoundTripWithNotesAndPagesPlaced() throws Exception {
        Random random = new Random(SEED);
        int tries = Integer.getInteger("properties.tries", 150);
        for (int i = 0; i < tries; i++) {
            Case generated = generate(random);
            try {
                roundTripIsByteExactAndNotesAndPagesArePlaced(generated);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("try " + i + " of seed " + SEED + " failed on:\n" + generated, e);
            }
        }
    }

    private static void roundTripIsByteExactAndNotesAndPagesArePlaced(Case generated) throws Exception {
        Encoded encoded = RoundTrip.encode(generated.text(), "gen.txt", generated.options());
        assertEquals(generated.text(), RoundTrip.text(encoded));

        TeiFacts tei = new TeiFacts(encoded.document());
        List<Element> notes = tei.all("//tei:body//tei:note[not(@type)]");
        assertEquals(generated.gluedTo().size(), notes.size());
        for (int i = 0; i < notes.size(); i++) {
            assertEquals(Integer.toString(generated.firstCall() + i), notes.get(i).getAttributeValue("n"));
            assertEquals(generated.gluedTo().get(i), TeiFacts.glued(notes.get(i)), "note " + (generated.firstCall() + i));
        }
        List<Integer> pages = tei.all("//tei:body//tei:pb").stream().map(pb -> Integer.parseInt(pb.getAttributeValue("n"))).toList();
        assertEquals(generated.pages(), pages);
        for (Diagnostic warning : encoded.warnings()) {
            assertTrue(warning.code().equals("encode.call-split") || warning.code().equals("encode.no-first-page"), warning.format());
        }
    }

    static Case generate(Random random) {
        int firstCall = 1 + random.nextInt(300);
        int page = 1 + random.nextInt(900);
        boolean opening = random.nextInt(8) == 0;
        boolean giveFirstPage = random.nextBoolean();
        List<Integer> pages = new ArrayList<>();
        List<String> gluedTo = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> footnotes = new ArrayList<>();
        int[] next = {firstCall};
        int[] nextPage = {page + 1};
        if (opening) {
            lines.add("[Page " + page + "]");
        }
        if (random.nextBoolean()) {
            lines.add(random.nextBoolean() ? "711.61/891½" : "760C.61/2142: Telegram");
        }
        StringBuilder heading = new StringBuilder("Memorandum of Conversation, by the Secretary of State");
        if (random.nextInt(4) == 0) {
            heading.append(call(next, gluedTo, "State", footnotes, random));
        }
        lines.add(heading.toString());
        int paragraphs = 1 + random.nextInt(6);
        List<Integer> markerPages = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            if (random.nextInt(5) == 0) {
                markerPages.add(nextPage[0]);
                lines.add("[Page " + nextPage[0]++ + "]");
            }
            lines.add(paragraph(random, next, nextPage, gluedTo, footnotes, markerPages));
        }
        lines.addAll(footnotes);
        String text = String.join("\n", lines) + (random.nextBoolean() ? "\n" : "");
        EncodeOptions options = giveFirstPage ? EncodeOptions.firstPage(page) : EncodeOptions.defaults();
        if (opening || giveFirstPage || !markerPages.isEmpty()) {
            pages.add(page);
        }
        pages.addAll(markerPages);
        return new Case(text, options, pages, gluedTo, firstCall);
    }

    private static String paragraph(Random random, int[] next, int[] nextPage, List<String> gluedTo, List<String> footnotes,
                                    List<Integer> markerPages) {
        StringBuilder out = new StringBuilder("The");
        int words = 3 + random.nextInt(25);
        for (int w = 0; w < words; w++) {
            out.append(' ');
            switch (random.nextInt(14)) {
                case 0 -> { // glued to a word
                    String word = WORDS[random.nextInt(WORDS.length)];
                    out.append(word).append(call(next, gluedTo, word, footnotes, random));
                }
                case 1 -> { // after punctuation
                    String word = WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? "." : ",");
                    out.append(word).append(call(next, gluedTo, word, footnotes, random));
                }
                case 2 -> { // glued to a year
                    String year = Integer.toString(1900 + random.nextInt(50));
                    out.append("until ").append(year).append(call(next, gluedTo, year, footnotes, random));
                }
                case 3 -> { // inside parentheses
                    out.append("(see my 449, July 1, noon").append(call(next, gluedTo, "noon", footnotes, random)).append(')');
                }
                case 4 -> { // an inline page marker
                    markerPages.add(nextPage[0]);
                    out.append("[Page ").append(nextPage[0]++).append("] of");
                }
                case 5 -> out.append(random.nextInt(500)).append(random.nextBoolean() ? "," : " men"); // a number, no call
                case 6 -> out.append("attached).").append(call(next, gluedTo, "attached).", footnotes, random));
                default -> out.append(WORDS[random.nextInt(WORDS.length)]);
            }
        }
        out.append('.');
        return out.toString();
    }

    private static String call(int[] next, List<String> gluedTo, String word, List<String> footnotes, Random random) {
        gluedTo.add(word);
        footnotes.add("- " + (random.nextBoolean() ? "Not printed." : "See ante, p. " + random.nextInt(900) + ".") + "↩");
        return Integer.toString(next[0]++);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.teiedition.encode.EncodeOptions;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/**
 * Transcriptions made of the form's pieces in any order: the encoder either refuses them with errors at a
 * place, or its TEI renders back byte for byte. It never fails in another way.
 */
class FuzzPropertiesTest {
    private static final List<String> PIECES = List.of("The", " ", " ", "word", "Tass", "7", "65", "1939", ".", ",", ")", "(",
            "[Page 5]", "[Page 6] ", "[Page 7]", "[page", "\n", "\n", "\n- note↩", "- ", "↩", "711.61/891½", "Participants:",
            "Participants: A", "S[umner] W[elles]", "London, March 3, 1944.", "[Received March 4]", "½", "’", "\t", "Harriman");

    private static final long SEED = 711_61_891L;

    @Test
    void piecesInAnyOrderAreRefusedWithAPlaceOrRoundTripped() throws Exception {
        Random random = new Random(SEED);
        int tries = Integer.getInteger("properties.tries", 300);
        for (int i = 0; i < tries; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(40); n > 0; n--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            try {
                refusedWithAPlaceOrRoundTripped(text.toString());
            } catch (AssertionError | Exception e) {
                throw new AssertionError("try " + i + " of seed " + SEED + " failed on: " + text, e);
            }
        }
    }

    private static void refusedWithAPlaceOrRoundTripped(String text) throws Exception {
        Encoded encoded;
        try {
            encoded = RoundTrip.encode(text, "f.txt", EncodeOptions.defaults());
        } catch (InputException e) {
            assertFalse(e.diagnostics().isEmpty());
            for (Diagnostic diagnostic : e.diagnostics()) {
                assertFalse(diagnostic.line() == 0, diagnostic.format());
            }
            return;
        }
        assertEquals(text, RoundTrip.text(encoded));
    }
}

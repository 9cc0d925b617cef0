// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.teiedition.EncodeOptions;
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

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 300)
    void refusedWithAPlaceOrRoundTripped(@ForAll("texts") String text) throws Exception {
        Encoded encoded;
        try {
            encoded = RoundTrip.encode(text, "f.txt", EncodeOptions.defaults());
        } catch (InputException e) {
            assertFalse(e.diagnostics().isEmpty());
            for (Diagnostic diagnostic : e.diagnostics()) {
                assertFalse(diagnostic.line() == 0, diagnostic.format());
            }
            net.jqwik.api.statistics.Statistics.collect("refused",
                    e.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow().code());
            return;
        }
        net.jqwik.api.statistics.Statistics.collect("encoded", "");
        assertEquals(text, RoundTrip.text(encoded));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.teiedition.Edition;

/** A command that validates gets the edition made ahead, its schemas compiled; the others make their own. */
class EditionAheadTest {
    @Test
    void aValidatingCommandGetsOneEditionMadeAheadThatValidates() throws Exception {
        Supplier<Edition> editions = EditionAhead.start(new String[] {"validate", "tei/memorandum.xml"});
        assertInstanceOf(EditionAhead.class, editions);
        Edition edition = editions.get();
        assertSame(edition, editions.get());
        assertTrue(edition.validate(Path.of("tei/memorandum.xml")).diagnostics().isEmpty());
    }

    @Test
    void otherCommandsMakeTheirEditionWhenTheyAsk() {
        for (String[] args : new String[][] {{"encode", "x.txt"}, {}, {"--help"}}) {
            Supplier<Edition> editions = EditionAhead.start(args);
            assertEquals(false, editions instanceof EditionAhead);
            assertNotSame(editions.get(), editions.get());
        }
    }
}

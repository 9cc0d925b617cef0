// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.transform.SaxonSetup;

/**
 * A validation started with the Schematron rules still to run: the tree and the grammar's findings at
 * once, and in the end exactly the report a whole validation gives.
 */
class PendingValidationTest {
    private static Validator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() {
        validator = new Validator(SaxonSetup.newProcessor(), Optional.empty());
    }

    @Test
    void theRulesFindingsArriveWithTheTreeGivenFirst() throws IOException {
        Path dangling = Fixtures.write(dir, "dangling.xml", Fixtures.memorandum().replaceFirst("ref=\"#stalin\"", "ref=\"#nobody\""));
        Validator.Pending pending = validator.start(dangling);
        assertTrue(pending.tree().isPresent(), "the tree comes before the rules have run");
        Validator.Checked whole = pending.checked();
        assertTrue(pending.failedSoFar(), "the rules' error counts once they have run");
        assertEquals(whole, pending.ended().orElseThrow(), "once ended, the validation is there without waiting");
        assertEquals(validator.check(dangling).report(), whole.report());
        assertEquals(1, whole.report().diagnostics().size(), whole.report().toString());
        assertTrue(whole.report().diagnostics().get(0).message().contains("#nobody"), whole.report().toString());
        assertTrue(pending.takeRulesNanos() > 0, "the rules ran on their own thread");
        assertEquals(0, pending.takeRulesNanos(), "their time is told once");
    }

    @Test
    void aValidFileStaysValidAndAGrammarErrorIsKnownAtOnce() throws IOException {
        Validator.Pending valid = validator.start(Fixtures.MEMORANDUM);
        assertTrue(valid.checked().report().isValid(), valid.checked().report().toString());
        assertFalse(valid.failedSoFar());

        Path stray = Fixtures.write(dir, "stray.xml", Fixtures.memorandumWith("</teiHeader>", "<nonsense/></teiHeader>"));
        Validator.Pending grammar = validator.start(stray);
        assertTrue(grammar.failedSoFar(), "a RELAX NG error is known before the rules have run");
        assertEquals(validator.check(stray).report(), grammar.checked().report());
    }

    @Test
    void aFileThatIsNotWellFormedHasNoTreeAndNothingPending() throws IOException {
        Path broken = Fixtures.write(dir, "broken.xml", Fixtures.memorandum().replace("</TEI>", ""));
        Validator.Pending pending = validator.start(broken);
        assertTrue(pending.tree().isEmpty());
        assertTrue(pending.failedSoFar());
        assertEquals(validator.check(broken).report(), pending.checked().report());
        assertEquals(0, pending.takeRulesNanos());
    }
}

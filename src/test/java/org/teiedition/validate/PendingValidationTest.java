// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.config.EditionConfig;
import org.teiedition.diag.InputException;
import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
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

    /**
     * The tree is given before the rules are compiled; rules that cannot be compiled leave the whole validation without
     * it, so that nothing is made from a file they never checked, even when errors only warn.
     */
    @Test
    void rulesThatCannotBeCompiledLeaveNothingToPublish() throws IOException {
        Path sch = Fixtures.write(dir, "broken.sch", Fixtures.BROKEN_SCHEMATRON);
        Validator.Pending pending = new Validator(SaxonSetup.newProcessor(), Optional.of(sch)).start(Fixtures.MEMORANDUM);
        Validator.Checked whole = pending.checked();
        assertTrue(whole.tree().isEmpty(), "no tree to publish from a file the rules did not check");
        assertFalse(whole.report().isValid(), whole.report().toString());

        Path pdf = dir.resolve("memorandum.pdf");
        Edition edition = new Edition(EditionConfig.defaults().withSchema(sch.toString()));
        InputException refused = assertThrows(InputException.class,
                () -> edition.pdf(Fixtures.MEMORANDUM, pdf, new PublishOptions(ValidationMode.WARN, Overflow.FAIL)));
        assertTrue(refused.diagnostics().stream().anyMatch(problem -> problem.isError() && problem.message().contains("expected \")\"")),
                refused.diagnostics().toString());
        assertFalse(Files.exists(pdf), "no PDF from a file the rules did not check");
        Path site = dir.resolve("edition");
        InputException unpublished = assertThrows(InputException.class,
                () -> edition.publish(java.util.List.of(Fixtures.MEMORANDUM), site, new PublishOptions(ValidationMode.WARN, Overflow.FAIL)));
        assertTrue(unpublished.diagnostics().stream().anyMatch(problem -> problem.isError() && problem.message().contains("expected \")\"")),
                unpublished.diagnostics().toString());
        assertFalse(Files.exists(site), "no edition from a file the rules did not check");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.diag.InputException;
import org.teiedition.print.Overflow;
import org.teiedition.print.PageStore;
import org.teiedition.print.Memorandum;

/** A build's outputs are made from the tree its validation read, not from the file parsed once more. */
class WorkTest {
    @TempDir
    Path dir;

    @Test
    void anOutputTakesTheTreeTheBuildsValidationRead() throws IOException, InputException {
        Work work = Work.of(Memorandum.edition());
        Path tei = Files.copy(Path.of("tei/memorandum.xml"), dir.resolve("memorandum.xml"));
        assertTrue(work.validate(tei).isValid());
        // the file changes after its validation: the output is still made from what was validated
        Files.writeString(tei, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>");
        work.pdf(tei, dir.resolve("memorandum.pdf"), Overflow.FAIL, PageStore.inMemory());
        assertTrue(Files.size(dir.resolve("memorandum.pdf")) > 10_000);

        // a file this build did not validate (known valid from an earlier build) is read from disk
        Work later = Work.of(Memorandum.edition());
        assertThrows(InputException.class, () -> later.pdf(tei, dir.resolve("again.pdf"), Overflow.FAIL, PageStore.inMemory()));
    }
}

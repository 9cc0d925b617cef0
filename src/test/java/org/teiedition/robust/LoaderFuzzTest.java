// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/**
 * Fuzzing the safe loader every stage reads TEI with (see {@link Fuzz}): on the mutated memorandum it gives
 * a tree or an {@link InputException} whose diagnostics name the file, nothing else.
 */
class LoaderFuzzTest {
    @TempDir
    Path dir;

    @Test
    void mutatedMemorandum() throws Exception {
        Fuzz.run("loader on the mutated memorandum", 5_001, 400, ValidatorFuzzTest::mutate, input -> {
            Path file = Files.write(dir.resolve("fuzz.xml"), input.getBytes(StandardCharsets.ISO_8859_1));
            try {
                Run.EDITION.load(file);
            } catch (InputException e) {
                for (Diagnostic diagnostic : e.diagnostics()) {
                    if (!diagnostic.file().equals(file.toString())) {
                        return "a diagnostic that does not name the file: " + diagnostic.format();
                    }
                    if (diagnostic.line() == 0) {
                        return "a diagnostic without a line: " + diagnostic.format();
                    }
                }
            }
            return null;
        });
    }
}

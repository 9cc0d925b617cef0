// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.Diagnostics;
import org.teiedition.diag.InputException;

/** The diagnostics of one encoding, all naming the same file. Not thread-safe: one per call. */
final class Problems {
    private final String file;
    private final Diagnostics all = new Diagnostics();

    Problems(String file) {
        this.file = file;
    }

    void error(String code, String message, int line, int column) {
        all.add(Diagnostic.error("encode." + code, message, file, line, column));
    }

    void warning(String code, String message, int line, int column) {
        all.add(Diagnostic.warning("encode." + code, message, file, line, column));
    }

    /** Stops the encoding when anything so far was an error. */
    void check() throws InputException {
        all.throwIfErrors();
    }

    /** Stops the encoding with what was collected (at least one error). */
    InputException fail() {
        return new InputException(all.list());
    }

    Diagnostics diagnostics() {
        return all;
    }

    /** 1-based column of a char offset, counted in code points. */
    static int column(String text, int offset) {
        return text.codePointCount(0, offset) + 1;
    }
}

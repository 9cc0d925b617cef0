// SPDX-License-Identifier: Apache-2.0
package org.teiedition.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one call. Not thread-safe: each call makes its own. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    public List<Diagnostic> list() {
        return List.copyOf(all);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return all.size() - errorCount();
    }

    /** Throws the collected problems when there is at least one error. */
    public void throwIfErrors() throws InputException {
        if (hasErrors()) {
            throw new InputException(all);
        }
    }
}

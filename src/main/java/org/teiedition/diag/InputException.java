// SPDX-License-Identifier: Apache-2.0
package org.teiedition.diag;

import java.util.List;

/**
 * The input has problems the toolkit cannot get past: malformed or invalid XML, an ambiguous
 * transcription, a source page that does not fit. It carries every problem found, not just the first.
 *
 * <p>The exception rule of the whole library: misuse of the API (a null argument, an impossible option)
 * is an immediate {@link IllegalArgumentException} or {@link NullPointerException} from the class that
 * owns the invariant; a problem in the user's input is an {@code InputException}; failure to read or write
 * a file is an {@link java.io.IOException}. Look-ups that may find nothing return {@link java.util.Optional};
 * no method returns null.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public InputException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public InputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    /** Every problem found, errors and warnings, in the order found. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one diagnostic");
        }
        return diagnostics.stream().filter(Diagnostic::isError).findFirst().orElse(diagnostics.get(0)).format();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import org.junit.jupiter.api.Assumptions;

/**
 * Tells a stage that is still a stub (it throws {@link UnsupportedOperationException}, or its stylesheet
 * is not in the toolkit yet) from a real failure, so that these tests wait for the stages instead of
 * failing before they are merged.
 */
final class Stages {
    private Stages() {
    }

    static boolean missing(String stderr) {
        return stderr.contains("UnsupportedOperationException") || stderr.contains("is missing from the toolkit");
    }

    static boolean missing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException || String.valueOf(t.getMessage()).contains("is missing from the toolkit")) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code action}; a missing stage skips the test, anything else is rethrown. */
    static <T> T require(ThrowingSupplier<T> action) throws Exception {
        try {
            return action.get();
        } catch (RuntimeException e) {
            Assumptions.assumeFalse(missing(e), () -> "a stage is not merged yet: " + e);
            throw e;
        }
    }

    /** Runs {@code action} and returns what it threw, or null; a missing stage skips the test. */
    static Throwable failureOf(ThrowingRunnable action) {
        try {
            action.run();
            return null;
        } catch (Throwable e) {
            Assumptions.assumeFalse(missing(e), () -> "a stage is not merged yet: " + e);
            return e;
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.teiedition.Edition;
import org.teiedition.cli.Cli;

/** One run of the real command line, in-process, with what it printed and how long it took. */
record Run(int status, String out, String err, Duration took) {
    /** One facade for every robustness test: it is meant to be shared (and the concurrency test checks it). */
    static final Edition EDITION = Edition.create();

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int status = new Cli(new PrintWriter(out), new PrintWriter(err), () -> EDITION).run(args);
        return new Run(status, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Input errors are reported, never dumped: no stack trace, no internal error. */
    Run assertNoStackTrace() {
        assertFalse(err.contains("\tat ") || out.contains("\tat "), () -> "a stack trace was printed:\n" + err);
        assertFalse(err.contains("internal error"), () -> "an internal error:\n" + err);
        return this;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    @Override
    public String toString() {
        return "exit " + status + " in " + took.toMillis() + " ms\n--- stderr\n" + err + "--- stdout (start)\n"
                + out.substring(0, Math.min(out.length(), 2000));
    }
}

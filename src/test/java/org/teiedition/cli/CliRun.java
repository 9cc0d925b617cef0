// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import org.teiedition.Edition;

/** Runs the real command line in-process and keeps what it printed. */
public record CliRun(int status, String out, String err) {
    private static final Edition SHARED = Edition.create();

    /** With one facade shared by the tests that use this. */
    public static CliRun run(String... args) {
        return run(() -> SHARED, args);
    }

    /** With the facade a test chose. */
    public static CliRun run(Supplier<Edition> editions, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Cli(new PrintWriter(out), new PrintWriter(err), editions).run(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}

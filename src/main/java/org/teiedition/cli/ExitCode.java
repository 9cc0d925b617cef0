// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

/** The exit statuses. */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** The input has problems: malformed, invalid, ambiguous, a page that does not fit. */
    public static final int INPUT = 1;
    /** Wrong usage: unknown option, missing argument, input file not found. */
    public static final int USAGE = 2;
    /** I/O or internal failure. */
    public static final int FAILURE = 3;

    private ExitCode() {
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.io.PrintStream;
import org.teiedition.io.AtomicOutput;
import org.teiedition.io.Temporaries;

/**
 * What a command does when it is stopped by a signal (SIGTERM, Ctrl-C's SIGINT, SIGHUP): it removes the
 * temporaries it was writing in, leaves every earlier output as it was, and says so on stderr. The JVM
 * then exits with the shell's status for the signal, 128 + its number (143 for SIGTERM, 130 for Ctrl-C). A command that
 * ended by itself removes at the JVM's exit what work in the background was still writing.
 */
final class Interruption {
    private static volatile boolean finished;

    private Interruption() {
    }

    /** Installs the handler for the JVM of the command line (never for an embedded {@link Cli}). */
    static void install(PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (finished) {
                // what work in the background (EPUBCheck's warm-up) still had in hand when the command ended
                Temporaries.removeAll();
                return;
            }
            AtomicOutput.abandon();
            err.println("tei-edition: interrupted: stopped before it finished; what it had not finished is not written, and earlier outputs are as they were");
            err.flush();
        }, "tei-edition-interrupted"));
    }

    /** The command ended by itself: the JVM's exit is not an interruption. */
    static void finished() {
        finished = true;
    }
}

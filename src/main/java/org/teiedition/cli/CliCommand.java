// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** A subcommand: holds the {@link Cli} it runs in and returns an exit status. */
abstract class CliCommand implements Callable<Integer> {
    protected final Cli cli;

    CliCommand(Cli cli) {
        this.cli = cli;
    }

    /** The files the command reads, as given (named when the command runs out of memory). */
    List<Path> inputs() {
        return List.of();
    }
}

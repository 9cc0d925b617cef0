// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.util.concurrent.Callable;

/** A subcommand: holds the {@link Cli} it runs in and returns an exit status. */
abstract class CliCommand implements Callable<Integer> {
    protected final Cli cli;

    CliCommand(Cli cli) {
        this.cli = cli;
    }
}

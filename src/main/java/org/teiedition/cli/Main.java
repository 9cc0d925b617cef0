// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

/** {@code java -jar tei-edition.jar COMMAND}: the only place that exits the JVM. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        java.util.OptionalInt relaunched = Relaunch.run(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        QuickTier.unlessStaying(args);
        Interruption.install(System.err);
        Relaunch.endWithParent();
        int status = new Cli(EditionAhead.start(args)).run(args);
        Interruption.finished();
        System.exit(status);
    }
}

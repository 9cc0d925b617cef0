// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;

/** Where commands write when no {@code -o} is given. */
final class Defaults {
    private Defaults() {
    }

    static Path outputFolder() {
        return Path.of("target", "edition");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.nio.file.Path;

/** Where commands write when no {@code -o} is given (the README's command table). */
final class Defaults {
    private Defaults() {
    }

    static Path outputFolder() {
        return Path.of("target", "edition");
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

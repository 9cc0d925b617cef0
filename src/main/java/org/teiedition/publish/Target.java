// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a run of one kind of output ({@link Selection}) writes: into a folder under the names
 * {@link OutputLayout} gives, its units kept in a store beside the folder for the next run (a build's goals),
 * or to the one path a command names, keeping nothing; a validation writes nowhere.
 *
 * @param path  the folder, or the output's own path (a file; the web edition's folder), or none
 * @param keeps whether the run's units are kept beside the folder for the next run into it
 */
public record Target(Optional<Path> path, boolean keeps) {
    public Target {
        Objects.requireNonNull(path, "path");
    }

    /** Into {@code folder}, each output under its layout's name, the units kept beside it. */
    public static Target folder(Path folder) {
        return new Target(Optional.of(folder), true);
    }

    /** To exactly {@code path}: the output of the one TEI file, or the web edition's folder; nothing kept. */
    public static Target exactly(Path path) {
        return new Target(Optional.of(path), false);
    }

    /** Nowhere: what a validation alone writes and keeps. */
    public static Target nowhere() {
        return new Target(Optional.empty(), false);
    }

    /** Where the output of a TEI file whose layout name is {@code name} goes (the web edition's: {@link OutputLayout#SITE}). */
    Path output(String name) {
        Path at = path.orElseThrow(() -> new IllegalStateException("a run that writes nowhere has no output " + name));
        return keeps ? at.resolve(name) : at;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import org.teiedition.publish.OutputLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.teiedition.publish.PublishOptions;

/**
 * One build of an edition.
 *
 * @param sourceDirectory the folder the TEI files are named relative to in the log
 * @param sources         the TEI files, in the order of the edition; base names must be unique
 * @param outputDirectory where the outputs go; other files in it are left alone
 * @param stateFile       where the build remembers what it made, for the next build
 * @param options         validation strictness and the overflow policy
 * @param threads         how many documents are worked on at once; at least 1
 */
public record BuildRequest(Path sourceDirectory, List<Path> sources, Path outputDirectory, Path stateFile,
        PublishOptions options, int threads) {
    public BuildRequest {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        sources = List.copyOf(sources);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(stateFile, "stateFile");
        Objects.requireNonNull(options, "options");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Path source : sources) {
            if (!names.add(OutputLayout.baseName(source))) {
                throw new IllegalArgumentException("two TEI files would publish to the same name \"" + OutputLayout.baseName(source)
                        + "\": rename one or exclude it");
            }
        }
    }

    /** The number of threads the machine offers. */
    public static int availableThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}

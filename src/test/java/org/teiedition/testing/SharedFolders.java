// SPDX-License-Identifier: Apache-2.0
package org.teiedition.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder for outputs that several test classes share (a {@code @TempDir} belongs to one class), removed
 * when the test JVM ends, so that test runs leave nothing in the system's temporary folder.
 */
public final class SharedFolders {
    private SharedFolders() {
    }

    public static Path create(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "remove " + folder.getFileName()));
        return folder;
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // the system removes its temporary folder in time
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Whole volumes of the series for the tests over them, which are opt-in: they read only the folder that
 * {@code -Dcorpus.dir=FOLDER} names (for example {@code mvn test -Dtests.excluded= -Dcorpus.dir=FOLDER}) and
 * are skipped, saying so, without it. Every other test runs on the project's own files.
 */
public final class Corpus {
    public static final String PROPERTY = "corpus.dir";

    private Corpus() {
    }

    /** The volume {@code name} of the corpus folder; the calling test is skipped when there is none. */
    public static Path volume(String name) {
        String folder = System.getProperty(PROPERTY, "");
        Path volume = folder.isEmpty() ? null : Path.of(folder, name);
        Assumptions.assumeTrue(volume != null && Files.isRegularFile(volume), skipped(name));
        return volume;
    }

    /** Every TEI file of the corpus folder, in name order; none without the property. */
    public static List<Path> volumes() throws IOException {
        String folder = System.getProperty(PROPERTY, "");
        if (folder.isEmpty() || !Files.isDirectory(Path.of(folder))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** Why a test over {@code what} did not run. */
    public static String skipped(String what) {
        String folder = System.getProperty(PROPERTY, "");
        return "opt-in: pass -D" + PROPERTY + "=FOLDER, a folder holding " + what
                + (folder.isEmpty() ? "" : " (" + folder + " does not)");
    }
}

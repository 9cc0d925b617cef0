// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The TEI files of an edition: a folder and Ant-style patterns relative to it ({@code **} any number of
 * folders, {@code *} any characters within a name, {@code ?} one character), as Maven file sets write them.
 * A file is chosen when an include matches it and no exclude does. The scan is sorted by relative path,
 * so that every build sees the documents in the same order.
 *
 * @param directory the folder; it must exist when scanned
 * @param includes  patterns of files to take; at least one
 * @param excludes  patterns of files to leave out
 */
public record SourceSet(Path directory, List<String> includes, List<String> excludes) {
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.xml");

    public SourceSet {
        Objects.requireNonNull(directory, "directory");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        if (includes.isEmpty()) {
            throw new IllegalArgumentException("a source set needs at least one include pattern");
        }
    }

    /** Every file under the folder that the patterns choose, sorted by relative path. */
    public List<Path> scan() throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null, "the source folder does not exist");
        }
        List<AntPattern> in = includes.stream().map(AntPattern::new).toList();
        List<AntPattern> out = excludes.stream().map(AntPattern::new).toList();
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .map(directory::relativize)
                    .filter(relative -> {
                        String name = AntPattern.normalize(relative.toString());
                        return in.stream().anyMatch(p -> p.matches(name)) && out.stream().noneMatch(p -> p.matches(name));
                    })
                    .sorted((a, b) -> AntPattern.normalize(a.toString()).compareTo(AntPattern.normalize(b.toString())))
                    .map(directory::resolve)
                    .toList();
        }
    }

    /** Whether a path relative to the folder is chosen by the patterns. */
    public boolean selects(String relativePath) {
        String name = AntPattern.normalize(relativePath);
        return includes.stream().map(AntPattern::new).anyMatch(p -> p.matches(name))
                && excludes.stream().map(AntPattern::new).noneMatch(p -> p.matches(name));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.publish.PublishOptions;
import org.teiedition.cache.Hashes;

/** The real stages: several documents published on several threads give the bytes of a sequential publication. */
class ParallelPublishTest {
    @TempDir
    Path folder;

    @Test
    void parallelPublicationEqualsSequential() throws Exception {
        Path sources = folder.resolve("tei");
        Files.createDirectories(sources);
        String memorandum = Files.readString(Path.of("tei/memorandum.xml"));
        Files.writeString(sources.resolve("memorandum.xml"), memorandum);
        Files.writeString(sources.resolve("copy.xml"),
                memorandum.replace("xml:id=\"frus1943v03-welles-litvinov\"", "xml:id=\"frus1943v03-welles-litvinov-copy\""));
        Edition edition = Edition.create();
        Path sequential = publish(edition, sources, 1);
        Path parallel = publish(edition, sources, 2);
        assertEquals(contents(sequential).keySet(), contents(parallel).keySet());
        assertEquals(contents(sequential), contents(parallel));
    }

    private Path publish(Edition edition, Path sources, int threads) throws Exception {
        Path output = folder.resolve("edition-" + threads);
        List<Path> files = new SourceSet(sources, SourceSet.DEFAULT_INCLUDES, List.of()).scan();
        BuildRequest request = new BuildRequest(sources, files, output, folder.resolve("state-" + threads + ".json"),
                PublishOptions.defaults(), threads);
        try {
            new EditionBuild(edition, request, BuildLog.silent()).run(Goal.PUBLISH);
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "a stage is not there yet: " + e.getMessage());
        }
        return output;
    }

    /** Every file by relative path, as hex of its bytes' hash (the PDFs are binary). */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(file).toString(), Hashes.of(file));
            }
        }
        return all;
    }
}

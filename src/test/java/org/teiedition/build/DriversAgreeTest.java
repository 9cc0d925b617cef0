// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.cli.CliRun;
import org.teiedition.publish.OutputLayout;
import org.teiedition.publish.PublicationCacheTest;
import org.teiedition.publish.PublishOptions;

/** The Maven build and the command line publish the same files with the same bytes (timings aside). */
class DriversAgreeTest {
    @TempDir
    Path folder;

    @Test
    void mavenAndCommandLinePublishTheSameBytes() throws Exception {
        Path sources = folder.resolve("tei");
        Files.createDirectories(sources);
        String memorandum = Files.readString(Path.of("tei/memorandum.xml"));
        Files.writeString(sources.resolve("memorandum.xml"), memorandum);
        Files.writeString(sources.resolve("copy.xml"),
                memorandum.replace("xml:id=\"frus1943v03-welles-litvinov\"", "xml:id=\"frus1943v03-welles-litvinov-copy\""));
        List<Path> files = new SourceSet(sources, SourceSet.DEFAULT_INCLUDES, List.of()).scan();

        Path maven = folder.resolve("maven");
        BuildRequest request = new BuildRequest(sources, files, maven, folder.resolve("state.json"), PublishOptions.defaults(), 2);
        new EditionBuild(Edition.create(), request, BuildLog.silent()).run(Goal.PUBLISH);

        Path cli = folder.resolve("cli");
        List<String> args = new java.util.ArrayList<>(List.of("publish", "--quiet", "-o", cli.toString()));
        files.forEach(file -> args.add(file.toString()));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());

        java.util.Map<String, String> fromMaven = PublicationCacheTest.outputs(maven);
        assertTrue(fromMaven.containsKey(OutputLayout.REPORT), fromMaven.keySet().toString());
        assertTrue(fromMaven.containsKey("html/copy.pdf"), fromMaven.keySet().toString());
        assertEquals(fromMaven, PublicationCacheTest.outputs(cli));
    }
}

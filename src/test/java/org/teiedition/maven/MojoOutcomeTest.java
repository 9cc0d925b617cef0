// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;

/** Invalid TEI is BUILD FAILURE with its place in the log; a fault of the machine is BUILD ERROR. */
class MojoOutcomeTest {
    private final CapturingLog log = new CapturingLog();
    @TempDir
    Path project;
    ValidateMojo mojo = new ValidateMojo();

    @BeforeEach
    void setUp() throws Exception {
        Path tei = project.resolve("src/main/tei/memorandum.xml");
        Files.createDirectories(tei.getParent());
        Files.copy(Path.of("tei/memorandum.xml"), tei);
        mojo.basedir = project.toFile();
        mojo.sourceDirectory = tei.getParent().toFile();
        mojo.schema = "edition";
        mojo.setLog(log);
    }

    @Test
    void invalidTeiIsABuildFailureWithEachProblemLogged() throws Exception {
        Path tei = project.resolve("src/main/tei/memorandum.xml");
        List<String> lines = new ArrayList<>(Files.readAllLines(tei));
        int line = lines.indexOf(lines.stream().filter(l -> l.contains("<p><rs type=\"person\"")).findFirst().orElseThrow()) + 1;
        lines.set(line - 1, lines.get(line - 1).replace("<p><rs", "<p><unknownElement/><rs"));
        Files.write(tei, lines);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("tei-edition: the edition has "), e.getMessage());
        assertTrue(log.errors.stream().anyMatch(l -> l.matches(".*memorandum\\.xml:" + line + ":\\d+: error: .*unknownElement.*")), log.errors.toString());
    }

    @Test
    void aFaultIsABuildError() throws Exception {
        Files.writeString(project.resolve("target"), "a file where a folder belongs");
        assertThrows(MojoExecutionException.class, mojo::execute);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.series.SeriesFixture;

/**
 * The series goal of a build of one module per volume: the site module takes the publications of the modules
 * it depends on, as their publish goals write them, named after the modules, and publishes none again.
 */
class SeriesMojoTest {
    private static final String GROUP = "org.example.series";

    @TempDir
    Path dir;
    SeriesMojo mojo;
    MavenProject site;

    @BeforeEach
    void setUp() throws Exception {
        SeriesFixture.site();
        site = project("site", dir.resolve("site"), null);
        mojo = new SeriesMojo();
        mojo.project = site;
        mojo.siteDirectory = dir.resolve("site/target/series").toFile();
        mojo.title = "Test Series";
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("org.teiedition");
        plugin.setArtifactId("tei-edition-maven-plugin");
        mojo.plugin = plugin;
    }

    @Test
    void theVolumesAreThePublicationsOfTheModulesTheSiteDependsOnInTheirOrder() throws Exception {
        // the second volume's module is listed first in the build, and depended on last
        MavenProject second = project("frus-b", dir.resolve("frus-b"), SeriesFixture.SECOND.toAbsolutePath().toString());
        MavenProject first = project("frus-a", dir.resolve("frus-a"), SeriesFixture.FIRST.toAbsolutePath().toString());
        MavenProject notes = project("notes", dir.resolve("notes"), null);
        depend(site, "frus-a", "notes", "frus-b");
        session(second, first, notes, site);

        mojo.execute();

        Path out = mojo.siteDirectory.toPath();
        String landing = Files.readString(out.resolve("index.html"));
        assertTrue(landing.indexOf("frus-a/html/index.html") >= 0 && landing.indexOf("frus-a/html/index.html") < landing.indexOf("frus-b/html/index.html"),
                landing);
        assertEquals(Files.readString(SeriesFixture.FIRST.resolve("report.json")), Files.readString(out.resolve("frus-a/report.json")));
        assertTrue(Files.isRegularFile(out.resolve("frus-b/html/search-index.js")));
        assertFalse(Files.exists(out.resolve("notes")), "a module that publishes nothing is no volume");
    }

    @Test
    void aModuleThatLeavesThePublishGoalItsDefaultFolderIsReadFromThere() throws Exception {
        MavenProject volume = project("frus-a", dir.resolve("frus-a"), "");
        assertEquals(java.util.Optional.of(dir.resolve("frus-a/target/edition")), SeriesMojo.publication(volume, "org.teiedition:tei-edition-maven-plugin"));
        assertEquals(java.util.Optional.empty(), SeriesMojo.publication(volume, "org.example:another-plugin"));
    }

    @Test
    void foldersGivenAreNamedAfterThemselves() throws Exception {
        session(site);
        mojo.volumes = List.of(SeriesFixture.SECOND.toFile(), SeriesFixture.FIRST.toFile());
        mojo.execute();
        String landing = Files.readString(mojo.siteDirectory.toPath().resolve("index.html"));
        assertTrue(landing.indexOf("volume-b/html/index.html") >= 0 && landing.indexOf("volume-b/") < landing.indexOf("volume-a/"), landing);
    }

    @Test
    void twoFoldersOfOneNameFailTheBuildAndWriteNothing() throws Exception {
        session(site);
        Path other = Files.createDirectories(dir.resolve("other/volume-a"));
        mojo.volumes = List.of(SeriesFixture.FIRST.toFile(), other.toFile());
        assertFailsWritingNothing("tei-edition: " + other + ": has the same name, volume-a, as the volume " + SeriesFixture.FIRST
                + ", and each volume is copied under its folder's name: rename one of the folders");
    }

    @Test
    void aSiteModuleWithoutVolumesFailsTheBuildSayingWhatToGive() {
        session(site);
        assertFailsWritingNothing("tei-edition: series: no volumes: give the publication folders (volumes), or depend on the modules "
                + "of this build that publish them");
    }

    @Test
    void aFolderThatIsNoPublicationFailsTheBuildAndWritesNothing() throws Exception {
        session(site);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        mojo.volumes = List.of(SeriesFixture.FIRST.toFile(), empty.toFile());
        assertFailsWritingNothing("tei-edition: " + empty + ": is not a publication (it holds no report.json and html/index.html): "
                + "give a folder written by publish");
    }

    /** The build fails with {@code message} and no site is written. */
    private void assertFailsWritingNothing(String message) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals(message, failure.getMessage());
        assertFalse(Files.exists(mojo.siteDirectory.toPath()));
    }

    /** A module; with {@code publication}, one that runs the publish goal into it ("" for the goal's default). */
    private static MavenProject project(String artifactId, Path base, String publication) {
        Model model = new Model();
        model.setGroupId(GROUP);
        model.setArtifactId(artifactId);
        model.setVersion("1.0");
        model.setPackaging("pom");
        Build build = new Build();
        build.setDirectory(base.resolve("target").toString());
        model.setBuild(build);
        if (publication != null) {
            Plugin plugin = new Plugin();
            plugin.setGroupId("org.teiedition");
            plugin.setArtifactId("tei-edition-maven-plugin");
            PluginExecution execution = new PluginExecution();
            execution.setGoals(List.of("publish"));
            if (!publication.isEmpty()) {
                Xpp3Dom configuration = new Xpp3Dom("configuration");
                Xpp3Dom output = new Xpp3Dom("outputDirectory");
                output.setValue(publication);
                configuration.addChild(output);
                execution.setConfiguration(configuration);
            }
            plugin.addExecution(execution);
            build.addPlugin(plugin);
        }
        MavenProject project = new MavenProject(model);
        project.setFile(new File(base.toFile(), "pom.xml"));
        return project;
    }

    private static void depend(MavenProject project, String... artifactIds) {
        for (String artifactId : artifactIds) {
            Dependency dependency = new Dependency();
            dependency.setGroupId(GROUP);
            dependency.setArtifactId(artifactId);
            dependency.setVersion("1.0");
            dependency.setType("pom");
            project.getModel().addDependency(dependency);
        }
    }

    @SuppressWarnings("deprecation")
    private void session(MavenProject... projects) {
        MavenSession session = new MavenSession(null, null, new DefaultMavenExecutionRequest(), new DefaultMavenExecutionResult());
        session.setProjects(List.of(projects));
        mojo.session = session;
    }
}

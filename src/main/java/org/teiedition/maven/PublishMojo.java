// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.teiedition.Edition;
import org.teiedition.PublishOptions;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/** Publishes the edition: validated TEI, page-faithful PDF and web edition into the output folder. */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class PublishMojo extends AbstractMojo {
    /** The folder holding the edition's TEI files. @since 0.1.0 */
    @Parameter(property = "tei-edition.sourceDirectory", defaultValue = "${project.basedir}/src/main/tei")
    private File sourceDirectory;

    /** Where the edition is written. @since 0.1.0 */
    @Parameter(property = "tei-edition.outputDirectory", defaultValue = "${project.build.directory}/edition")
    private File outputDirectory;

    /** Skip this goal. @since 0.1.0 */
    @Parameter(property = "tei-edition.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tei-edition: skipped");
            return;
        }
        try {
            List<Path> sources = sources();
            Edition.create().publish(sources, outputDirectory.toPath(), PublishOptions.defaults());
            getLog().info("tei-edition: published " + sources.size() + " document(s) to " + outputDirectory);
        } catch (InputException e) {
            e.diagnostics().stream().map(Diagnostic::format).forEach(getLog()::error);
            throw new MojoFailureException("the edition has problems: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("tei-edition: " + e.getMessage(), e);
        }
    }

    private List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(sourceDirectory.toPath())) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        }
    }
}

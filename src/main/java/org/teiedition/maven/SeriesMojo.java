// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.teiedition.diag.InputException;
import org.teiedition.diag.UsageException;
import org.teiedition.series.SeriesSite;

/**
 * Assembles a series site from volumes already published, publishing none again (as the command line's
 * {@code series}): each volume's publication folder copied under its name, a landing page listing the
 * volumes, and a search across them. The volumes are the folders {@code volumes} names, or else the modules
 * of the build this module depends on that run the {@code publish} goal, in the order of the dependencies,
 * each named after its artifactId: a series built as one module per volume (in parallel with {@code -T}, or
 * restored from a build cache) gets its site from a module that depends on every volume.
 *
 * @since 0.1.0
 */
@Mojo(name = "series", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class SeriesMojo extends AbstractMojo {
    /** The goal whose output folder is a volume's publication. */
    private static final String PUBLISH = "publish";

    /**
     * The publication folders of the volumes (written by {@code publish}), in the order of the series, each
     * named in the site after its folder. When none are given, the volumes are the publications of the
     * modules this module depends on.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.volumes")
    List<File> volumes;

    /**
     * Where the series site is written; it is replaced as a whole.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.siteDirectory", defaultValue = "${project.build.directory}/series", required = true)
    File siteDirectory;

    /**
     * The series' title, on the landing page.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.title", defaultValue = SeriesSite.DEFAULT_TITLE)
    String title;

    /**
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** This plugin, whose {@code publish} goal the volume modules run. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tei-edition: skipping series");
            return;
        }
        try {
            Map<String, Path> named = volumes();
            SeriesSite.assemble(named, siteDirectory.toPath(), title == null || title.isBlank() ? SeriesSite.DEFAULT_TITLE : title);
            getLog().info("tei-edition: assembled the series " + siteDirectory + " from " + String.join(", ", named.keySet()));
        } catch (UsageException e) {
            throw new MojoFailureException("tei-edition: " + e.getMessage(), e);
        } catch (InputException e) {
            e.diagnostics().forEach(diagnostic -> getLog().error(diagnostic.format()));
            throw new MojoFailureException("tei-edition: the series cannot be assembled; see the lines above");
        } catch (IOException e) {
            throw new MojoExecutionException("tei-edition: cannot read or write " + e.getMessage(), e);
        }
    }

    /** The volumes by name, in the order of the series. */
    Map<String, Path> volumes() throws MojoFailureException {
        if (volumes != null && !volumes.isEmpty()) {
            return SeriesSite.byFolderName(volumes.stream().map(File::toPath).toList());
        }
        Map<String, Path> named = new LinkedHashMap<>();
        for (Dependency dependency : project.getDependencies()) {
            for (MavenProject module : session.getProjects()) {
                if (module.getGroupId().equals(dependency.getGroupId()) && module.getArtifactId().equals(dependency.getArtifactId())) {
                    publication(module, plugin.getPluginLookupKey()).ifPresent(folder -> named.put(module.getArtifactId(), folder));
                }
            }
        }
        if (named.isEmpty()) {
            throw AbstractEditionMojo.misconfigured("series: no volumes: give the publication folders (volumes), or depend on "
                    + "the modules of this build that publish them");
        }
        return named;
    }

    /** The folder a module's {@code publish} goal writes, or none when the module runs no such goal of this plugin. */
    static Optional<Path> publication(MavenProject module, String pluginKey) {
        for (Plugin used : module.getBuildPlugins()) {
            if (!used.getKey().equals(pluginKey)) {
                continue;
            }
            for (PluginExecution execution : used.getExecutions()) {
                if (execution.getGoals().contains(PUBLISH)) {
                    // the execution's folder, else the plugin's, else the publish goal's default folder
                    String folder = outputDirectory(execution.getConfiguration()).or(() -> outputDirectory(used.getConfiguration()))
                            .orElse(module.getBuild().getDirectory() + "/edition");
                    return Optional.of(module.getBasedir().toPath().resolve(folder).normalize());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> outputDirectory(Object configuration) {
        Xpp3Dom child = configuration instanceof Xpp3Dom dom ? dom.getChild("outputDirectory") : null;
        return Optional.ofNullable(child).map(Xpp3Dom::getValue).map(String::strip).filter(value -> !value.isEmpty());
    }
}

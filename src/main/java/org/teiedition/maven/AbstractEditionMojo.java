// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.teiedition.Edition;
import org.teiedition.config.EditionConfig;
import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationMode;
import org.teiedition.build.BuildLog;
import org.teiedition.build.BuildRequest;
import org.teiedition.build.BuildResult;
import org.teiedition.build.EditionBuild;
import org.teiedition.build.Goal;
import org.teiedition.build.SourceSet;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/**
 * What every goal shares: it maps its parameters to a {@link BuildRequest}, runs an {@link EditionBuild}
 * and maps the outcome to Maven's: an invalid edition is a {@link MojoFailureException} (BUILD FAILURE)
 * with each problem logged as {@code file:line:column: error: message}; a fault of the machine or of the
 * toolkit is a {@link MojoExecutionException} (BUILD ERROR); warnings are logged as warnings.
 */
abstract class AbstractEditionMojo extends AbstractMojo {
    /**
     * The folder holding the edition's TEI files; {@code includes} and {@code excludes} choose among them.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.sourceDirectory", defaultValue = "${project.basedir}/src/main/tei", required = true)
    File sourceDirectory;

    /**
     * Ant-style patterns, relative to {@code sourceDirectory}, of the TEI files to take.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.includes", defaultValue = "**/*.xml")
    List<String> includes;

    /**
     * Ant-style patterns, relative to {@code sourceDirectory}, of files to leave out.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.excludes")
    List<String> excludes;

    /**
     * The schema to validate against: {@code edition} (the toolkit's TEI customization) or the path of a
     * {@code .rng}, {@code .rnc} or {@code .sch} file, relative to the project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.schema", defaultValue = EditionConfig.DEFAULT_SCHEMA)
    String schema;

    /**
     * Fail the build when there are warnings, as if they were errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /**
     * How many documents are worked on at once. Default: the number of available processors. The outputs
     * are the same whatever the number.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.threads")
    Integer threads;

    /**
     * Where the goal remembers what it built, so that the next build redoes only what changed. The
     * {@code pdf} goal keeps the pages it laid out beside it, in {@code build-state.pages/} (named after this
     * file).
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.stateFile", defaultValue = "${project.build.directory}/maven-status/tei-edition/build-state.json",
            required = true)
    File stateFile;

    /**
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.skip", defaultValue = "false")
    boolean skip;

    /** The project's folder, against which a schema path is resolved. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    abstract Goal goal();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tei-edition: skipping " + goal().name().toLowerCase(Locale.ROOT));
            return;
        }
        if (!sourceDirectory.isDirectory()) {
            getLog().warn("tei-edition: no source folder " + sourceDirectory + ": nothing to do");
            return;
        }
        try {
            BuildRequest request = request();
            Edition edition = new Edition(config());
            BuildResult result = new EditionBuild(edition, request, log()).run(goal());
            result.diagnostics().forEach(d -> getLog().warn(d.format()));
            if (failOnWarning && !result.diagnostics().isEmpty()) {
                throw new MojoFailureException("tei-edition: " + result.diagnostics().size()
                        + " warning(s), and failOnWarning is set; see the lines above");
            }
        } catch (InputException e) {
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            for (Diagnostic diagnostic : e.diagnostics()) {
                if (diagnostic.isError()) {
                    getLog().error(diagnostic.format());
                } else {
                    getLog().warn(diagnostic.format());
                }
            }
            throw new MojoFailureException("tei-edition: the edition has " + errors + " error(s); see the lines above");
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("tei-edition: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("tei-edition: cannot read or write " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("tei-edition: unexpected failure: " + e, e);
        }
    }

    /** The request the parameters describe. */
    BuildRequest request() throws IOException {
        SourceSet sources = new SourceSet(sourceDirectory.toPath(),
                includes == null || includes.isEmpty() ? SourceSet.DEFAULT_INCLUDES : includes,
                excludes == null ? List.of() : excludes);
        int count = threads == null || threads < 1 ? BuildRequest.availableThreads() : threads;
        return new BuildRequest(sourceDirectory.toPath(), sources.scan(), outputDirectory(), stateFile.toPath(),
                options(), count);
    }

    /** What the edition is built with; the rendering goals add their stylesheets and parameters. */
    EditionConfig config() {
        String chosen = schema == null || schema.isBlank() ? EditionConfig.DEFAULT_SCHEMA : schema.strip();
        if (!chosen.equals(EditionConfig.DEFAULT_SCHEMA)) {
            Path path = basedir.toPath().resolve(chosen).normalize();
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("schema \"" + chosen + "\" not found: expected \"edition\" or a schema file");
            }
            chosen = path.toString();
        }
        return EditionConfig.defaults().withSchema(chosen);
    }

    PublishOptions options() {
        return PublishOptions.defaults();
    }

    Path outputDirectory() {
        return basedir.toPath().resolve("target").resolve("edition");
    }

    static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            throw new IllegalArgumentException(parameter + " must be " + String.join(" or ", allowed) + ", not \"" + value + "\"", e);
        }
    }

    private BuildLog log() {
        return new BuildLog() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void debug(String message) {
                getLog().debug(message);
            }
        };
    }

    /** A map parameter as an immutable map; none when not configured. */
    static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }

    static Overflow overflow(String value) {
        return choice(Overflow.class, "overflow", value);
    }

    static ValidationMode validation(String value) {
        return choice(ValidationMode.class, "validation", value);
    }
}

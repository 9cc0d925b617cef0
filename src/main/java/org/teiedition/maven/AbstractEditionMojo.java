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
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.diag.UsageException;
import org.teiedition.publish.Made;
import org.teiedition.publish.Selection;

/**
 * What every goal shares: it maps its parameters to the TEI files and an {@link Edition}, has the edition make
 * the goal's {@link Selection} of units ({@link Edition#make}, the publication engine behind the command line
 * too) and maps the outcome to Maven's: an invalid edition is a {@link MojoFailureException} (BUILD FAILURE)
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
     * Skip this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tei-edition.skip", defaultValue = "false")
    boolean skip;

    /** The project's folder, against which a schema path is resolved. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    abstract Selection selection();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tei-edition: skipping " + getClass().getSimpleName().replace("Mojo", "").toLowerCase(Locale.ROOT));
            return;
        }
        if (!sourceDirectory.isDirectory()) {
            getLog().warn("tei-edition: no source folder " + sourceDirectory + ": nothing to do");
            return;
        }
        try {
            List<Path> sources = sources();
            if (sources.isEmpty()) {
                getLog().info("tei-edition: no TEI files in " + sourceDirectory);
                return;
            }
            Made made = new Edition(config()).make(selection(), sources, outputDirectory(), options());
            tell(made);
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
        } catch (UsageException e) {
            throw new MojoFailureException("tei-edition: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("tei-edition: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("tei-edition: cannot read or write " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("tei-edition: unexpected failure: " + e, e);
        }
    }

    /** Logs what was built and why, what was up to date, how it was made, and the warnings. */
    private void tell(Made made) throws MojoFailureException {
        String building = selection() == Selection.VALIDATION ? "validating " : "building ";
        made.built().forEach((unit, why) -> getLog().info("tei-edition: " + building + unit + " (" + why + ")"));
        made.upToDate().forEach(unit -> getLog().info("tei-edition: " + unit + " is up to date"));
        made.how().forEach(line -> getLog().info("tei-edition: " + line));
        getLog().info("tei-edition: " + made.built().size() + " built, " + made.upToDate().size() + " up to date");
        made.diagnostics().forEach(d -> getLog().warn(d.format()));
        if (failOnWarning && !made.diagnostics().isEmpty()) {
            throw new MojoFailureException("tei-edition: " + made.diagnostics().size()
                    + " warning(s), and failOnWarning is set; see the lines above");
        }
    }

    /** The TEI files the parameters choose, in the order of their paths. */
    List<Path> sources() throws IOException {
        return new SourceSet(sourceDirectory.toPath(), includes == null || includes.isEmpty() ? SourceSet.DEFAULT_INCLUDES : includes,
                excludes == null ? List.of() : excludes).scan();
    }

    /** What the edition is built with; the rendering goals add their stylesheets and parameters. */
    EditionConfig config() throws MojoFailureException {
        String chosen = schema == null || schema.isBlank() ? EditionConfig.DEFAULT_SCHEMA : schema.strip();
        if (!chosen.equals(EditionConfig.DEFAULT_SCHEMA)) {
            Path path = basedir.toPath().resolve(chosen).normalize();
            if (!Files.isRegularFile(path)) {
                throw misconfigured("schema \"" + chosen + "\" not found: expected \"edition\" or a schema file");
            }
            chosen = path.toString();
        }
        return EditionConfig.defaults().withSchema(chosen);
    }

    PublishOptions options() throws MojoFailureException {
        return PublishOptions.defaults();
    }

    Path outputDirectory() {
        return basedir.toPath().resolve("target").resolve("edition");
    }

    static <E extends Enum<E>> E choice(Class<E> type, String parameter, String value) throws MojoFailureException {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            throw misconfigured(parameter + " must be " + String.join(" or ", allowed) + ", not \"" + value + "\"");
        }
    }

    /** A map parameter as an immutable map; none when not configured. */
    static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }

    /**
     * A configuration the goal cannot run with (a file it names that is not there, a value it does not
     * know): the project's to fix, so a build failure with the parameter named, not a fault of the toolkit.
     */
    static MojoFailureException misconfigured(String problem) {
        return new MojoFailureException("tei-edition: " + problem);
    }

    static Overflow overflow(String value) throws MojoFailureException {
        return choice(Overflow.class, "overflow", value);
    }

    static ValidationMode validation(String value) throws MojoFailureException {
        return choice(ValidationMode.class, "validation", value);
    }
}

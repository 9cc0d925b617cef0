// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.management.ObjectName;

/**
 * Keeps a short command on the JIT's quick tier, as the launcher script does with
 * {@code -XX:TieredStopAtLevel=1}, for a JVM started without it ({@code java -jar}): the optimizing
 * compiler's work does not pay back in a run that ends within a minute, and on a machine of few cores
 * its threads take time from the run itself. The JVM offers this at run time as a compiler directive
 * (the {@code Compiler.directives_add} diagnostic command) that excludes every method from the optimizing
 * compiler. Commands that stay ({@code watch}, {@code bench}) keep both tiers; so does a JVM whose
 * options already chose (the launcher sets {@value #PROPERTY}), and one that refuses the directive.
 */
final class QuickTier {
    /** Set ({@code -Dtei-edition.jit=...}) to leave the JIT as the JVM's options made it. */
    static final String PROPERTY = "tei-edition.jit";
    /** The commands that stay running, as {@code tei-edition.properties} lists them for the launcher script too. */
    private static final Set<String> STAYING = staying();
    private static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private QuickTier() {
    }

    /** Whether the command {@code args} names stays running ({@code watch}, {@code bench}): both JIT tiers pay back. */
    static boolean stays(String[] args) {
        return args.length > 0 && STAYING.contains(args[0]);
    }

    static void unlessStaying(String[] args) {
        if (System.getProperty(PROPERTY) != null || stays(args)) {
            return;
        }
        try {
            Path directives = Files.createTempFile("tei-edition-jit-", ".json");
            try {
                Files.writeString(directives, DIRECTIVE);
                ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "compilerDirectivesAdd", new Object[] {new String[] {directives.toString()}},
                        new String[] {String[].class.getName()});
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (Exception | LinkageError e) {
            // a JVM without the diagnostic command runs with both tiers: slower to warm, as correct
        }
    }

    private static Set<String> staying() {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = QuickTier.class.getResourceAsStream("/tei-edition.properties")) {
            if (in == null) {
                throw new IllegalStateException("tei-edition.properties is missing from the toolkit");
            }
            properties.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Set.of(properties.getProperty("commands.staying", "").trim().split("\\s+"));
    }
}

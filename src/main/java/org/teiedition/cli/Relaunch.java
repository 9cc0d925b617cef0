// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code java -jar tei-edition.jar} started as fast as the launcher script starts it. The JVM reads its
 * class archive ({@code tei-edition.jsa}, or {@code tei-edition.aot} on Java 25 and later) and its JIT tier
 * only from its command line, so a JVM started without them runs the command again in a JVM that has them:
 * the archive the build made beside the jar, the quick JIT tier for a command that ends within a minute,
 * and every option the first JVM was given ({@code -Xmx1g}, {@code -D...}). That costs a JVM's bare start
 * (a fifth of a second) and saves seconds: parsing and verifying thousands of classes, and the optimizing
 * compiler's threads on a machine of few cores.
 *
 * <p>It does nothing when the archive was not made by this very JVM (a JVM ignores another's archive), when
 * the options already chose an archive, a tier or an agent (a debugger attaches to the JVM it started), or
 * when {@code -Dtei-edition.relaunch=false} says so. The second JVM shares the first one's standard streams
 * and terminal; the first exits with its status, and stops it (SIGTERM: it cleans up as when stopped
 * directly) when it is stopped itself.
 */
final class Relaunch {
    /** {@code -Dtei-edition.relaunch=false} keeps the command in the JVM that was started. */
    static final String PROPERTY = "tei-edition.relaunch";
    /** Set in the second JVM: the first one's process id, so that the second ends when the first does. */
    static final String PARENT = "tei-edition.parent";
    /** The status of a second JVM that ended with the first: the shell's for SIGHUP, its terminal gone. */
    private static final int ORPHANED = 129;
    private static final List<String> CHOSEN = List.of("-XX:SharedArchiveFile", "-XX:AOTCache", "-Xshare", "-XX:TieredStopAtLevel",
            "-XX:-TieredCompilation", "-XX:ArchiveClassesAtExit", "-XX:AOTCacheOutput", "-XX:AOTMode", "-agentlib", "-agentpath", "-javaagent", "-Dtei-edition.jit");
    private static final int HEADER = 4096;
    /** The garbage collector a command that ends runs with, unless its options chose one. */
    static final String THROUGHPUT_COLLECTOR = "-XX:+UseParallelGC";
    private static final java.util.regex.Pattern COLLECTOR = java.util.regex.Pattern.compile("-XX:[+-]Use\\w*GC");

    private Relaunch() {
    }

    /** Runs the command in a JVM with the archive, when that applies; its exit status, else empty. */
    static OptionalInt run(String[] args) {
        if ("false".equals(System.getProperty(PROPERTY)) || System.getProperty(QuickTier.PROPERTY) != null) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = jar();
        if (jar.isEmpty()) {
            return OptionalInt.empty();
        }
        if (chosen(environmentOptions())) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = command(jar.get(), Path.of(System.getProperty("java.home")), Runtime.version().feature(),
                System.getProperty("java.vm.version"),
                jvmOptions(ProcessHandle.current().info().arguments(), () -> ManagementFactory.getRuntimeMXBean().getInputArguments()),
                environmentOptions(), args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread(() -> stop(child), "tei-edition-relaunched-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int status = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return OptionalInt.of(status);
            } catch (InterruptedException e) {
                // only a signal ends this JVM, and the hook then stops the child
            } catch (IllegalStateException e) {
                return OptionalInt.of(child.exitValue());
            }
        }
    }

    /**
     * The second JVM's command line, or empty when the command stays where it is.
     *
     * @param feature the running Java's feature release (17, 25...)
     * @param vmVersion the running JVM's {@code java.vm.version}, which an archive's header names
     * @param jvmOptions the options the running JVM was given
     * @param inherited  the options the environment gives every JVM, which the second inherits
     */
    static Optional<List<String>> command(Path jar, Path javaHome, int feature, String vmVersion, List<String> jvmOptions, List<String> inherited,
            String[] args) {
        if (chosen(jvmOptions)) {
            return Optional.empty();
        }
        Path archive = jar.resolveSibling(feature >= 25 ? "tei-edition.aot" : "tei-edition.jsa");
        if (vmVersion == null || !madeBy(archive, vmVersion)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        if (feature >= 25) {
            command.add("-XX:AOTCache=" + archive);
        } else {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        if (QuickTier.stays(args)) {
            command.add("-D" + QuickTier.PROPERTY + "=both");
        } else {
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-D" + QuickTier.PROPERTY + "=quick"));
            // a run that ends is a batch job: the throughput collector's cheaper write barriers are worth more than short
            // pauses (a cold pdf of a volume takes a tenth less processor time); the ahead-of-time cache of Java 25 keeps the
            // collector it was made with
            if (feature < 25 && !choosesCollector(jvmOptions) && !choosesCollector(inherited)) {
                command.add(THROUGHPUT_COLLECTOR);
            }
        }
        command.addAll(jvmOptions);
        command.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        return Optional.of(command);
    }

    /**
     * The options this JVM was started with: those before {@code -jar} on its command line, as the process
     * tells them (reading them so is a twentieth of a second quicker in a fresh JVM than asking the
     * management bean, which is asked only where the platform does not tell a process's arguments). Options
     * given by the environment ({@code JDK_JAVA_OPTIONS}, {@code JAVA_TOOL_OPTIONS}) reach the second JVM
     * by the environment it inherits.
     */
    static List<String> jvmOptions(Optional<String[]> arguments, java.util.function.Supplier<List<String>> otherwise) {
        if (arguments.isPresent()) {
            List<String> all = Arrays.asList(arguments.get());
            int jar = all.indexOf("-jar");
            if (jar >= 0) {
                return List.copyOf(all.subList(0, jar));
            }
        }
        return otherwise.get();
    }

    private static boolean choosesCollector(List<String> options) {
        return options.stream().anyMatch(option -> COLLECTOR.matcher(option).matches());
    }

    private static boolean chosen(List<String> options) {
        return options.stream().anyMatch(option -> CHOSEN.stream().anyMatch(option::startsWith));
    }

    /** The options the environment gives every JVM, which the second JVM inherits with it. */
    private static List<String> environmentOptions() {
        List<String> options = new ArrayList<>();
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                options.addAll(Arrays.asList(value.trim().split("\\s+")));
            }
        }
        return options;
    }

    /** Whether the archive's header names this JVM: the JVM would ignore another's archive. */
    static boolean madeBy(Path archive, String vmVersion) {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(archive)) {
            String header = new String(in.readNBytes(HEADER), StandardCharsets.ISO_8859_1);
            return header.contains("(" + vmVersion + ")");
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> jar() {
        try {
            var source = Relaunch.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * In the second JVM: ends it, as a signal would (its temporaries removed, earlier outputs as they were),
     * once the first JVM is gone. A first JVM killed with SIGKILL cannot stop its child itself, and an
     * orphaned command would go on writing an edition, or an orphaned {@code watch} republishing, unseen.
     */
    static void endWithParent() {
        String parent = System.getProperty(PARENT);
        if (parent == null) {
            return;
        }
        Optional<ProcessHandle> first;
        try {
            first = ProcessHandle.of(Long.parseLong(parent));
        } catch (NumberFormatException e) {
            return;
        }
        if (first.isEmpty() || !first.get().isAlive()) {
            System.exit(ORPHANED);
        }
        Thread watch = new Thread(() -> {
            // polled, not onExit(): the JDK polls a process that is not its child at intervals of up to five seconds
            while (first.get().isAlive()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(ORPHANED);
        }, "tei-edition-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void stop(Process child) {
        if (child.isAlive()) {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

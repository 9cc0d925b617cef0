// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/tei-edition.jar} runs its command in a second JVM started with the class archive
 * the build made beside the jar: the status, the output and the behaviour when stopped are those of the
 * command itself. Run by maven-failsafe-plugin after {@code package}; skipped, with a message, when the jar
 * or an archive made by this JVM is not there.
 */
class RelaunchIT {
    private static final Path JAR = Path.of("target/tei-edition.jar");
    private static final Path MEMORANDUM = Path.of("tei/memorandum.xml");

    @TempDir
    Path dir;

    @BeforeEach
    void archiveOfThisJvm() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run mvn package first");
        Path archive = JAR.resolveSibling(Runtime.version().feature() >= 25 ? "tei-edition.aot" : "tei-edition.jsa");
        Assumptions.assumeTrue(Files.isRegularFile(archive), "no " + archive + ": the build did not make one");
        try (InputStream in = Files.newInputStream(archive)) {
            String header = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            Assumptions.assumeTrue(header.contains("(" + System.getProperty("java.vm.version") + ")"), archive + " was made by another JVM");
        }
    }

    /** The launcher script gives the commands that stay both JIT tiers, from the list the command line reads too. */
    @Test
    void theLauncherGivesWatchAndBenchBothTiersAndTheRestTheQuickOne() throws Exception {
        Path launcher = JAR.resolveSibling("tei-edition");
        for (String command : List.of("watch", "bench", "publish")) {
            // the launcher's java replaced by echo: the command line it would start
            ProcessBuilder echo = new ProcessBuilder("sh", launcher.toString(), command, "x.xml").redirectErrorStream(true);
            echo.environment().put("JAVA", "echo");
            Process process = echo.start();
            String line = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), line);
            boolean stays = !command.equals("publish");
            assertEquals(stays, line.contains("-Dtei-edition.jit=both"), line);
            assertEquals(!stays, line.contains("-XX:TieredStopAtLevel=1 -Dtei-edition.jit=quick"), line);
            // the throughput collector for a command that ends, on the class archive of Java 17 to 24
            boolean archive = line.contains("-XX:SharedArchiveFile=");
            assertEquals(!stays && archive, line.contains("-XX:+UseParallelGC"), line);
        }
        // a collector the options chose is kept
        ProcessBuilder chosen = new ProcessBuilder("sh", launcher.toString(), "publish", "x.xml").redirectErrorStream(true);
        chosen.environment().put("JAVA", "echo");
        chosen.environment().put("TEI_EDITION_JAVA_OPTS", "-XX:+UseSerialGC -Xmx2g");
        Process process = chosen.start();
        String line = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), line);
        assertFalse(line.contains("-XX:+UseParallelGC"), line);
    }

    @Test
    void theStatusAndTheOutputAreTheCommands() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>\n</TEI>\n");
        for (Path file : List.of(MEMORANDUM, broken)) {
            Finished relaunched = run(List.of(), "validate", file.toString());
            Finished direct = run(List.of("-Dtei-edition.relaunch=false"), "validate", file.toString());
            assertEquals(direct.status, relaunched.status, file.toString());
            assertEquals(direct.out, relaunched.out, file.toString());
            assertEquals(direct.err, relaunched.err, file.toString());
        }
        assertEquals(1, run(List.of(), "validate", broken.toString()).status, "a malformed file is exit 1");
    }

    @Test
    void sigtermStopsBothJvmsAndLeavesNothingHalfWritten() throws Exception {
        Path out = dir.resolve("edition");
        Path err = dir.resolve("stderr.txt");
        Process parent = new ProcessBuilder(java(), "-Xmx1g", "-jar", JAR.toString(), "publish", MEMORANDUM.toString(), "-q",
                "-o", out.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        ProcessHandle child = relaunched(parent).orElseThrow(() -> new AssertionError("no second JVM with the archive"));
        assertTrue(child.info().arguments().map(List::of).orElseThrow().contains("-Xmx1g"), "the options passed on");
        Thread.sleep(1_500);
        Assumptions.assumeTrue(parent.isAlive(), "the publication ended before it could be signalled");
        parent.destroy(); // SIGTERM
        assertTrue(parent.waitFor(60, TimeUnit.SECONDS));
        assertEquals(143, parent.exitValue(), "128 + SIGTERM");
        assertFalse(child.isAlive(), "the second JVM stopped before the first exited");
        String said = Files.readString(err);
        assertTrue(said.contains("tei-edition: interrupted"), said);
        assertFalse(said.contains("\tat "), said);
        assertFalse(Files.exists(out), "no half-written edition");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(err), left.toList(), "no temporaries left");
        }
    }

    @Test
    void theSecondJvmEndsWhenTheFirstIsKilledAndLeavesNothingHalfWritten() throws Exception {
        Path out = dir.resolve("edition");
        Process parent = new ProcessBuilder(java(), "-jar", JAR.toString(), "watch", MEMORANDUM.toString(), "-q",
                "-o", out.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle child = relaunched(parent).orElseThrow(() -> new AssertionError("no second JVM with the archive"));
        Thread.sleep(1_500);
        parent.destroyForcibly(); // SIGKILL: the first JVM cannot stop its child itself
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
        assertTrue(child.onExit().get(5, TimeUnit.SECONDS) != null);
        assertFalse(child.isAlive(), "an orphaned watch would republish on every save, unseen");
        try (var left = Files.list(dir)) {
            assertTrue(left.allMatch(out::equals), "no temporaries left");
        }
    }

    private static Optional<ProcessHandle> relaunched(Process parent) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (parent.isAlive() && System.currentTimeMillis() < deadline) {
            Optional<ProcessHandle> child = parent.children().filter(handle -> handle.info().arguments()
                    .map(args -> List.of(args).stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-XX:AOTCache=")))
                    .orElse(false)).findFirst();
            if (child.isPresent()) {
                return child;
            }
            Thread.sleep(10);
        }
        return Optional.empty();
    }

    private record Finished(int status, String out, String err) {
    }

    private Finished run(List<String> options, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "did not finish: " + command);
        return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

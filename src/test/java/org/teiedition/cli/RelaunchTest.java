// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code java -jar} runs the command again in a JVM with the class archive, and with what options. */
class RelaunchTest {
    private static final String VM = "17.0.15+6-Debian-1deb12u1";
    private static final Path JAVA_HOME = Path.of("/opt/jdk");

    @TempDir
    Path dir;

    private Path jarWithArchive(String archive, String vm) throws IOException {
        Path jar = Files.writeString(dir.resolve("tei-edition.jar"), "jar");
        Files.writeString(dir.resolve(archive), "\0\0OpenJDK 64-Bit Server VM (" + vm + ") for linux-amd64 JRE (" + vm + ")\0rest",
                StandardCharsets.ISO_8859_1);
        return jar;
    }

    @Test
    void aShortCommandGetsTheArchiveTheQuickTierAndTheOptionsItWasGiven() throws IOException {
        Path jar = jarWithArchive("tei-edition.jsa", VM);
        List<String> command = Relaunch.command(jar, JAVA_HOME, 17, VM, List.of("-Xmx1g", "-Dfile.encoding=UTF-8"), List.of(),
                new String[] {"publish", "a b.xml", "-o", "out"}).orElseThrow();
        assertEquals(List.of(JAVA_HOME.resolve("bin/java").toString(), "-XX:SharedArchiveFile=" + dir.resolve("tei-edition.jsa"),
                "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1", "-Dtei-edition.jit=quick",
                "-XX:+UseParallelGC", "-Xmx1g", "-Dfile.encoding=UTF-8", "-Dtei-edition.parent=" + ProcessHandle.current().pid(), "-jar", jar.toString(), "publish", "a b.xml", "-o", "out"), command);
    }

    @Test
    void watchAndBenchKeepBothTiers() throws IOException {
        Path jar = jarWithArchive("tei-edition.jsa", VM);
        for (String staying : List.of("watch", "bench")) {
            List<String> command = Relaunch.command(jar, JAVA_HOME, 17, VM, List.of(), List.of(), new String[] {staying, "v.xml"}).orElseThrow();
            assertTrue(command.contains("-Dtei-edition.jit=both"), command::toString);
            assertFalse(command.stream().anyMatch(o -> o.startsWith("-XX:TieredStopAtLevel")), command::toString);
        }
    }

    @Test
    void aCollectorChosenByTheOptionsOrTheEnvironmentIsKept() throws IOException {
        Path jar = jarWithArchive("tei-edition.jsa", VM);
        List<List<String>> none = List.of(List.of(), List.of());
        for (List<List<String>> given : List.of(List.of(List.of("-XX:+UseG1GC"), none.get(0)), List.of(none.get(1), List.of("-XX:+UseSerialGC")))) {
            List<String> command = Relaunch.command(jar, JAVA_HOME, 17, VM, given.get(0), given.get(1), new String[] {"pdf", "v.xml"}).orElseThrow();
            assertFalse(command.contains("-XX:+UseParallelGC"), command::toString);
        }
        List<String> watch = Relaunch.command(jar, JAVA_HOME, 17, VM, List.of(), List.of(), new String[] {"watch", "v.xml"}).orElseThrow();
        assertFalse(watch.contains("-XX:+UseParallelGC"), "a command that stays keeps the collector of short pauses: " + watch);
    }

    @Test
    void java25UsesItsAheadOfTimeCache() throws IOException {
        Path jar = jarWithArchive("tei-edition.aot", "25.0.3+9-LTS");
        List<String> command = Relaunch.command(jar, JAVA_HOME, 25, "25.0.3+9-LTS", List.of(), List.of(), new String[] {"validate", "x.xml"}).orElseThrow();
        assertTrue(command.contains("-XX:AOTCache=" + dir.resolve("tei-edition.aot")), command::toString);
        // the Java 17 archive is not this JVM's: it would ignore it, so there is nothing to gain
        assertTrue(Relaunch.command(jar, JAVA_HOME, 17, VM, List.of(), List.of(), new String[] {"validate"}).isEmpty());
    }

    @Test
    void anArchiveOfAnotherJvmOrNoneLeavesTheCommandWhereItIs() throws IOException {
        Path jar = jarWithArchive("tei-edition.jsa", "17.0.9+9");
        assertTrue(Relaunch.command(jar, JAVA_HOME, 17, VM, List.of(), List.of(), new String[] {"validate"}).isEmpty());
        Files.delete(dir.resolve("tei-edition.jsa"));
        assertTrue(Relaunch.command(jar, JAVA_HOME, 17, VM, List.of(), List.of(), new String[] {"validate"}).isEmpty());
    }

    @Test
    void optionsThatChoseAnArchiveATierOrAnAgentAreLeftAlone() throws IOException {
        Path jar = jarWithArchive("tei-edition.jsa", VM);
        assertTrue(Relaunch.command(jar, JAVA_HOME, 17, VM, List.of("-Xmx1g"), List.of(), new String[] {"validate"}).isPresent());
        for (String chosen : List.of("-XX:SharedArchiveFile=/x.jsa", "-Xshare:off", "-XX:TieredStopAtLevel=4",
                "-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:/a.jar", "-XX:ArchiveClassesAtExit=/y.jsa")) {
            assertTrue(Relaunch.command(jar, JAVA_HOME, 17, VM, List.of("-Xmx1g", chosen), List.of(), new String[] {"validate"}).isEmpty(), chosen);
        }
    }

    @Test
    void theOptionsPassedOnAreThoseBeforeTheJarOnTheCommandLine() {
        List<String> fallback = List.of("-Dasked=bean");
        assertEquals(List.of("-Xmx1g", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dx=-jar y"),
                Relaunch.jvmOptions(Optional.of(new String[] {"-Xmx1g", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dx=-jar y",
                        "-jar", "t.jar", "validate", "-jar"}), () -> fallback));
        assertEquals(List.of(), Relaunch.jvmOptions(Optional.of(new String[] {"-jar", "t.jar"}), () -> fallback));
        // a platform that does not tell the arguments, or a JVM not started with -jar: the management bean's list
        assertEquals(fallback, Relaunch.jvmOptions(Optional.empty(), () -> fallback));
        assertEquals(fallback, Relaunch.jvmOptions(Optional.of(new String[] {"-cp", "t.jar", "Main"}), () -> fallback));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.teiedition.io.AtomicOutput;

/**
 * The packaged CLI publishes the same bytes on Java 17 and on Java 25. Run by maven-failsafe-plugin after
 * {@code package} ({@code mvn verify}); skipped, with a message, when the jar or a JDK is not there. The
 * Java 25 JDK is looked for in {@code -Djava25.home}, {@code $JAVA25_HOME}, then
 * {@code /usr/lib/jvm/temurin-25-jdk-amd64}.
 */
class ReproducibilityIT {
    static final Path JAR = Path.of("target/tei-edition.jar");
    static final Path OUT = Path.of("target/reproducibility");

    @Test
    void java17AndJava25PublishTheSameBytes() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run mvn package first");
        Path java17 = Path.of(System.getProperty("java.home"), "bin", "java");
        Path java25 = java25();
        Assumptions.assumeTrue(Files.isExecutable(java25), "no Java 25 at " + java25);
        AtomicOutput.deleteTree(OUT);
        Path a = publish(java17, "java" + Runtime.version().feature());
        Path b = publish(java25, "java25");
        Path c = publish(java25, "java25-again");
        assertTrue(Trees.files(a).containsAll(List.of("memorandum.xml", "memorandum.pdf", "html/index.html", "report.json")));
        Trees.assertIdentical(b, c);
        Trees.assertIdentical(a, b);
    }

    private static Path publish(Path java, String name) throws IOException, InterruptedException {
        Path folder = OUT.resolve(name);
        Path log = Files.createDirectories(OUT).resolve(name + ".log");
        Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "publish", "tei/memorandum.xml",
                "-o", folder.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "publish with " + java + " did not finish");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> java + " publish failed:\n" + output);
        return folder;
    }

    private static Path java25() {
        String home = System.getProperty("java25.home", System.getenv("JAVA25_HOME"));
        return Path.of(home != null ? home : "/usr/lib/jvm/temurin-25-jdk-amd64", "bin", "java");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command line in a JVM of its own, as a user starts it: to be killed, signalled or starved of memory. */
final class ChildJvm {
    private final Process process;
    private final Path err;

    private ChildJvm(Process process, Path err) {
        this.process = process;
        this.err = err;
    }

    /** Starts {@code java [jvmOptions] org.teiedition.cli.Main args}, with the tests' class path. */
    static ChildJvm start(Path dir, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.teiedition.cli.Main");
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).directory(new File(".")).start();
        return new ChildJvm(process, err);
    }

    Process process() {
        return process;
    }

    /** Waits for the end and gives the exit status. */
    int await() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not end in 5 minutes");
        }
        return process.exitValue();
    }

    /** What it printed on stderr, less SLF4J's notice that the tests' class path has no logger binding (the jar has one). */
    String err() throws IOException {
        return Files.readString(err).lines().filter(line -> !line.startsWith("SLF4J:")).map(line -> line + "\n")
                .collect(java.util.stream.Collectors.joining());
    }
}

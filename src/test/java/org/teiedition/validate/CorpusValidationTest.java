// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.teiedition.diag.Diagnostic;
import org.teiedition.transform.SaxonSetup;

/** The real FRUS volume: RELAX NG accepts its structure; Schematron's findings are counted per rule. */
class CorpusValidationTest {
    /** Beside the project (the main checkout), or beside the folder of worktrees. */
    static final Path VOLUME = java.util.stream.Stream.of("../shared/corpus", "../../shared/corpus")
            .map(folder -> Path.of(folder, "frus1918Russiav03.xml")).filter(Files::isRegularFile).findFirst()
            .orElse(Path.of("../shared/corpus/frus1918Russiav03.xml"));

    @Test
    void relaxNgAcceptsTheVolumeAndSchematronFindingsAreCounted() throws Exception {
        assumeTrue(Files.isRegularFile(VOLUME), "skipped: " + VOLUME + " is absent (the shared corpus exists only on the build machine)");
        Validator validator = new Validator(SaxonSetup.newProcessor(), Optional.empty());
        validator.validate(Path.of("tei/memorandum.xml")); // compile the schemas first: measure the validation alone
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        ValidationReport report = validator.validate(VOLUME);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long again = System.nanoTime();
        validator.validate(VOLUME);
        long againMillis = (System.nanoTime() - again) / 1_000_000;

        var grammar = report.diagnostics().stream().filter(d -> !d.code().startsWith("schematron.")).toList();
        assertEquals(java.util.List.of(), grammar, "RELAX NG and the parser accept the volume");
        Map<String, Long> perRule = report.diagnostics().stream()
                .collect(Collectors.groupingBy(d -> d.code() + " (" + d.severity().label() + ")", TreeMap::new, Collectors.counting()));
        System.out.println("frus1918Russiav03.xml: " + report.diagnostics().size() + " schematron findings in " + millis
                + " ms (" + cpuMillis + " ms of CPU; " + againMillis + " ms the second time): " + perRule);
        report.diagnostics().stream().map(Diagnostic::format).distinct().limit(10).forEach(System.out::println); // a sample; the counts above are per rule
        // CPU time, not wall time: a loaded build machine must not fail the test
        assertTrue(cpuMillis < 10_000, "the volume validates in seconds, took " + cpuMillis + " ms of CPU");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.teiedition.diag.Diagnostic;
import org.teiedition.testing.Corpus;
import org.teiedition.transform.SaxonSetup;

/**
 * Every volume of the series ({@link Corpus}: the committed slices, or the whole volumes with
 * {@code -Dcorpus.dir=FOLDER}): the schema accepts the series' encoding, so no element or attribute is "not
 * allowed"; the faults left (Schematron's findings) are counted per rule. The slices, cut to stand as volumes
 * of their own, have none.
 */
class CorpusValidationTest {
    @TestFactory
    Stream<DynamicTest> everyVolumeUsesOnlyMarkupTheSchemaAccepts() throws Exception {
        List<Path> volumes = Corpus.volumes();
        Validator validator = new Validator(SaxonSetup.newProcessor(), Optional.empty());
        validator.validate(Path.of("tei/memorandum.xml")); // compile the schemas first: measure the validation alone
        return volumes.stream().map(volume -> DynamicTest.dynamicTest(volume.getFileName().toString(), () -> check(validator, volume)));
    }

    private static void check(Validator validator, Path volume) throws Exception {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        ValidationReport report = validator.validate(volume);
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;

        List<String> notAllowed = report.diagnostics().stream().filter(d -> d.message().contains("not allowed"))
                .map(Diagnostic::format).toList();
        assertEquals(List.of(), notAllowed, volume.getFileName() + ": markup the schema does not accept");
        var grammar = report.diagnostics().stream().filter(d -> !d.code().startsWith("schematron.")).map(Diagnostic::format).toList();
        assertEquals(List.of(), grammar, volume.getFileName() + ": RELAX NG and the parser accept the volume");

        Map<String, Long> perRule = report.diagnostics().stream()
                .collect(Collectors.groupingBy(d -> d.code() + " (" + d.severity().label() + ")", TreeMap::new, Collectors.counting()));
        System.out.println(volume.getFileName() + ": " + report.diagnostics().size() + " schematron findings in " + cpuMillis
                + " ms of CPU: " + perRule);
        report.diagnostics().stream().map(Diagnostic::format).limit(5).forEach(System.out::println); // a sample; the counts above are per rule
        if (!Corpus.whole()) {
            assertEquals(List.of(), report.diagnostics().stream().map(Diagnostic::format).toList(), volume.getFileName() + ": a slice is valid");
        }
        // CPU time, not wall time: a loaded build machine must not fail the test
        long megabytes = Math.max(1, Files.size(volume) >> 20);
        assertTrue(cpuMillis < 10_000 * megabytes, volume.getFileName() + " validates in seconds, took " + cpuMillis + " ms of CPU");
    }
}

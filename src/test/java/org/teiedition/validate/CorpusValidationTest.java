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
        long start = System.nanoTime();
        ValidationReport report = validator.validate(VOLUME);
        long millis = (System.nanoTime() - start) / 1_000_000;

        var grammar = report.diagnostics().stream().filter(d -> !d.code().startsWith("schematron.")).toList();
        assertEquals(java.util.List.of(), grammar, "RELAX NG and the parser accept the volume");
        Map<String, Long> perRule = report.diagnostics().stream()
                .collect(Collectors.groupingBy(d -> d.code() + " (" + d.severity().label() + ")", TreeMap::new, Collectors.counting()));
        System.out.println("frus1918Russiav03.xml: " + report.diagnostics().size() + " schematron findings in " + millis + " ms: " + perRule);
        report.diagnostics().stream().map(Diagnostic::format).distinct().limit(400).forEach(System.out::println);
        assertTrue(millis < 10_000, "the volume validates in seconds, took " + millis + " ms");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;

/**
 * The memorandum's EPUB checked by DAISY Ace, the EPUB accessibility checker (axe-core in a browser, and
 * its own checks of the package's metadata), as the build installs it (from src/test/ace into target/ace) and with Debian's
 * Chromium, never a downloaded browser.
 */
class EpubAccessibilityTest {
    static final Path ACE = Path.of("target/ace/node_modules/@daisy/ace-cli/bin/ace.js");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void aceFindsNoViolationAndTheConformanceIsDeclared(@TempDir Path temp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isRegularFile(ACE),
                "needs Debian's Chromium (" + CHROMIUM + ") and Ace (" + ACE + ", installed by mvn generate-test-resources)"
                        + "; install Chromium with: apt-get install chromium");
        Path epub = temp.resolve("memorandum.epub");
        assertEquals(List.of(), Edition.create().epub(EpubTest.MEMORANDUM, epub, PublishOptions.defaults()), "EPUBCheck's warnings");
        Path report = temp.resolve("ace");
        ProcessBuilder ace = new ProcessBuilder("node", ACE.toString(), "--force", "--silent", "--outdir", report.toString(), epub.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("ace.log").toFile());
        ace.environment().put("PUPPETEER_EXECUTABLE_PATH", CHROMIUM.toString());
        ace.environment().put("PUPPETEER_SKIP_DOWNLOAD", "true");
        ace.environment().put("HOME", temp.toString()); // Ace keeps its settings there, not in the user's
        Process process = ace.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "Ace finishes");
        String log = Files.readString(temp.resolve("ace.log"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "Ace ran: " + log);
        JsonNode result = new ObjectMapper().readTree(report.resolve("report.json").toFile());
        List<String> violations = new ArrayList<>();
        for (JsonNode document : result.path("assertions")) {
            for (JsonNode found : document.path("assertions")) {
                violations.add(document.path("earl:testSubject").path("url").asText() + ": " + found.path("earl:test").path("dct:title").asText()
                        + " (" + found.path("earl:test").path("earl:impact").asText() + ") " + found.path("earl:result").path("html").asText());
            }
        }
        assertEquals(List.of(), violations, "Ace's violations");
        assertEquals("pass", result.path("earl:result").path("earl:outcome").asText());
        JsonNode metadata = result.path("earl:testSubject").path("metadata");
        assertEquals("EPUB Accessibility 1.1 - WCAG 2.1 Level AA", metadata.path("dcterms:conformsTo").asText());
        assertEquals("tei-edition", metadata.path("a11y:certifiedBy").asText(), "the memorandum's publisher");
        List<String> present = new ArrayList<>();
        result.path("a11y-metadata").path("present").forEach(name -> present.add(name.asText()));
        assertTrue(present.containsAll(List.of("dcterms:conformsTo", "a11y:certifiedBy", "schema:accessibilitySummary",
                "schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature", "schema:accessibilityHazard")), present.toString());
    }
}

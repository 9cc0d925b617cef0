// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bench}: structure only; timings are never asserted. */
class BenchCommandTest {
    @Test
    void benchesTheMemorandumOnce() throws IOException {
        CliRun run = CliRun.run("bench", "tei/memorandum.xml", "--runs", "1", "--warmup", "0", "--format", "json");
        assertEquals(ExitCode.OK, run.status(), run.err());
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertEquals(1, result.at("/runs").asInt());
        assertEquals(3, result.at("/pages").asInt());
        assertEquals(1, result.at("/runMillis").size());
        List<String> stages = new ArrayList<>();
        result.at("/stageMillis").forEach(stage -> stages.add(stage.at("/name").asText()));
        assertTrue(stages.containsAll(List.of("parse+validate", "verify", "html")), stages.toString());
        assertTrue(stages.stream().anyMatch(s -> s.startsWith("pdf") || s.contains("layout")), stages.toString());
        assertTrue(result.at("/peakHeapMb").asLong() > 0);
    }

    @Test
    void needsAtLeastOneRun() {
        CliRun run = CliRun.run("bench", "tei/memorandum.xml", "--runs", "0");
        assertEquals(ExitCode.USAGE, run.status(), run.err());
    }
}

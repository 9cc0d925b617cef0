// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.cli.CliRun;
import org.teiedition.testing.Corpus;

/**
 * Every volume of the series ({@link Corpus}: the committed slices, or the whole volumes with
 * {@code -Dcorpus.dir=FOLDER}, a minute or more each) published as an editor publishes it:
 * exit 0, one page per pb with its folio, no text set over text, running heads on one line, one type
 * scale per volume, no letter-spaced line, at most 1% of its pages set smaller on their own and none below 95% of it.
 */
class CorpusPrintTest {
    private static final Edition EDITION = Edition.create();

    /** The publications, and the store beside them, removed after the tests. */
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyVolumePrintsPageFaithfully() throws IOException {
        List<Path> volumes = Corpus.volumes();
        return volumes.stream().map(volume -> DynamicTest.dynamicTest(volume.getFileName().toString(),
                () -> check(volume, dir.resolve(volume.getFileName().toString()).resolve("edition"))));
    }

    private static void check(Path volume, Path out) throws Exception {
        CliRun run = CliRun.run(() -> EDITION, "publish", volume.toString(), "--validation=warn", "--overflow", "shrink",
                "-o", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err().lines().filter(l -> !l.contains(": error: ") || l.contains("pdf")).toList().toString());
        String name = volume.getFileName().toString().replaceFirst("\\.xml$", "");
        Path pdf = out.resolve(name + ".pdf");
        PrintChecks.pagesMatch(EDITION, volume, pdf);
        PrintChecks.noOverprinting(pdf);
        PrintChecks.runningHeadsOnOneLine(pdf);
        PrintChecks.noLetterSpacing(pdf);

        JsonNode rendering = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("documents").get(0).get("rendering");
        int pages = rendering.get("pageCount").asInt();
        double scale = rendering.get("scale").asDouble();
        assertTrue(scale > 0 && scale <= Fitting.MOST / 100.0, "the volume's type scale: " + scale);
        JsonNode design = rendering.get("design");
        // the legibility floor holds in points, whatever the design the volume is set in
        assertTrue(design.get("textSize").asDouble() >= design.get("leastTextSize").asDouble(), design.toString());
        assertTrue(design.get("textBlockHeight").asDouble() > 0 && design.get("textBlockWidth").asDouble() > 0, design.toString());
        JsonNode shrunk = rendering.get("shrunk");
        assertTrue(shrunk.size() <= Math.max(0, Math.floor(pages * 0.01)), shrunk.size() + " of " + pages + " pages shrunk alone");
        for (JsonNode page : shrunk) {
            assertTrue(page.get("scale").asDouble() >= 0.95, "page " + page.get("folio") + " at " + page.get("scale"));
        }
        System.out.printf("%s: %d pages, type scale %.2f, %d shrunk alone%n", name, pages, scale, shrunk.size());
    }
}

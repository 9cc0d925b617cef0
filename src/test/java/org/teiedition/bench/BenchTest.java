// SPDX-License-Identifier: Apache-2.0
package org.teiedition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.teiedition.publish.PublishTimings;
import org.teiedition.publish.PublishTimings.Stage;

class BenchTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(5, Bench.median(List.of(9L, 1L, 5L)));
        assertEquals(4, Bench.median(List.of(9L, 1L, 3L, 5L)));
        assertEquals(7, Bench.median(List.of(7L)));
    }

    @Test
    void summarizesMediansPerStageAndTheLargestHeapPeak() {
        List<PublishTimings> runs = List.of(
                new PublishTimings(List.of(new Stage("parse+validate", 100), new Stage("pdf", 900)), 1000, 10, 10, 0, 0, 0, 50L << 20),
                new PublishTimings(List.of(new Stage("parse+validate", 300), new Stage("pdf", 700)), 2000, 10, 10, 0, 0, 0, 80L << 20),
                new PublishTimings(List.of(new Stage("parse+validate", 200), new Stage("pdf", 800)), 4000, 10, 10, 0, 0, 0, 60L << 20));
        Bench.BenchResult result = Bench.summarize(List.of(Path.of("v.xml")), 1, runs);
        assertEquals(List.of(new Stage("parse+validate", 200), new Stage("pdf", 800)), result.stageMillis());
        assertEquals(2000, result.totalMillis());
        assertEquals(5.0, result.pagesPerSecond());
        assertEquals(80, result.peakHeapMb());
        assertEquals(3, result.runs());
    }
}

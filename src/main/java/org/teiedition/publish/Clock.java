// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teiedition.diag.InputException;

/** Wall time per stage, summed over documents, in the order stages first ran. */
final class Clock {
    private final long start = System.nanoTime();
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    interface Step<T> {
        T run() throws InputException, IOException;
    }

    <T> T time(String stage, Step<T> step) throws InputException, IOException {
        long started = System.nanoTime();
        try {
            return step.run();
        } finally {
            add(stage, System.nanoTime() - started);
        }
    }

    void add(String stage, long elapsed) {
        nanos.merge(stage, elapsed, Long::sum);
    }

    /**
     * The PDF's time, split into the renderer's own stages ({@code pdf transform+layout}, {@code pdf shrink},
     * {@code pdf finish}) when it tells them; what it does not account for (writing the file) goes to the first.
     */
    void addPdf(long elapsed, Map<String, Long> parts) {
        if (parts.isEmpty()) {
            add(PublishTimings.PDF, elapsed);
            return;
        }
        long rest = elapsed - parts.values().stream().mapToLong(millis -> millis * 1_000_000).sum();
        boolean first = true;
        for (Map.Entry<String, Long> part : parts.entrySet()) {
            add(PublishTimings.PDF + " " + part.getKey(), part.getValue() * 1_000_000 + (first ? Math.max(0, rest) : 0));
            first = false;
        }
    }

    PublishTimings timings(int pages, int pagesReadBack, int verdictsRemembered, int filesMade, int filesKept, long peakHeap) {
        List<PublishTimings.Stage> stages = new ArrayList<>();
        nanos.forEach((stage, elapsed) -> stages.add(new PublishTimings.Stage(stage, elapsed / 1_000_000)));
        return new PublishTimings(stages, (System.nanoTime() - start) / 1_000_000, pages, pagesReadBack, verdictsRemembered,
                filesMade, filesKept, peakHeap);
    }
}

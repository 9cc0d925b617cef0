// SPDX-License-Identifier: Apache-2.0
package org.teiedition.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.teiedition.Edition;
import org.teiedition.publish.PublishOptions;
import org.teiedition.diag.InputException;
import org.teiedition.publish.ProgressListener;
import org.teiedition.publish.Publication;
import org.teiedition.publish.PublishTimings;

/**
 * Publishes the same TEI files several times in one JVM, with one {@link Edition} (so compiled stylesheets,
 * schema and FOP's factory are reused, as in a long build), after warm-up runs that are not counted, each
 * into a temporary folder deleted afterwards, and gives the median wall time per stage.
 */
public final class Bench {
    private final Edition edition;

    public Bench(Edition edition) {
        this.edition = edition;
    }

    /**
     * @param status told which run it is and how far it has got (for a progress line); may do nothing
     */
    public BenchResult run(List<Path> teiFiles, int warmup, int runs, PublishOptions options, Consumer<String> status)
            throws InputException, IOException {
        if (warmup < 0 || runs < 1) {
            throw new IllegalArgumentException("warm-up runs must be 0 or more and runs 1 or more");
        }
        List<PublishTimings> measured = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            String run = i < warmup ? "warm-up " + (i + 1) + "/" + warmup : "run " + (i - warmup + 1) + "/" + runs;
            status.accept(run);
            PublishTimings timings = once(teiFiles, options, progress -> status.accept(run + ": " + progress.describe()));
            if (i >= warmup) {
                measured.add(timings);
            }
        }
        return summarize(teiFiles, warmup, measured);
    }

    private PublishTimings once(List<Path> teiFiles, PublishOptions options, ProgressListener progress)
            throws InputException, IOException {
        Path scratch = Files.createTempDirectory("tei-edition-bench");
        try {
            Publication publication = edition.publish(teiFiles, scratch.resolve("edition"), options, progress);
            return publication.timings();
        } finally {
            delete(scratch);
        }
    }

    static BenchResult summarize(List<Path> teiFiles, int warmup, List<PublishTimings> measured) {
        Map<String, List<Long>> byStage = new LinkedHashMap<>();
        for (PublishTimings timings : measured) {
            for (PublishTimings.Stage stage : timings.stages()) {
                byStage.computeIfAbsent(stage.name(), name -> new ArrayList<>()).add(stage.millis());
            }
        }
        List<PublishTimings.Stage> medians = new ArrayList<>();
        byStage.forEach((name, millis) -> medians.add(new PublishTimings.Stage(name, median(millis))));
        List<Long> totals = measured.stream().map(PublishTimings::totalMillis).toList();
        long total = median(totals);
        int pages = measured.get(0).pages();
        long peak = measured.stream().mapToLong(PublishTimings::peakHeapBytes).max().orElse(0);
        return new BenchResult(teiFiles.stream().map(Path::toString).toList(), warmup, measured.size(), medians, total, totals,
                pages, total == 0 ? 0 : Math.round(pages * 10_000.0 / total) / 10.0, peak / (1024 * 1024),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"));
    }

    /** The median; of an even count, the mean of the middle two, rounded down. */
    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * A benchmark's outcome: medians over the measured runs.
     *
     * @param stageMillis   median wall time per stage
     * @param totalMillis   median wall time of a whole publication
     * @param runMillis     each measured run's wall time
     * @param pagesPerSecond PDF pages over the median total time
     * @param peakHeapMb    the largest heap peak of the measured runs
     */
    public record BenchResult(List<String> files, int warmup, int runs, List<PublishTimings.Stage> stageMillis,
            long totalMillis, List<Long> runMillis, int pages, double pagesPerSecond, long peakHeapMb, int processors,
            long maxHeapMb, String javaVersion) {
        public BenchResult {
            files = List.copyOf(files);
            stageMillis = List.copyOf(stageMillis);
            runMillis = List.copyOf(runMillis);
        }

        /** A table for a person. */
        public List<String> describe() {
            List<String> lines = new ArrayList<>();
            lines.add("bench: " + String.join(" ", files) + ": " + runs + " runs after " + warmup + " warm-up, median wall time");
            for (PublishTimings.Stage stage : stageMillis) {
                lines.add(String.format(Locale.ROOT, "  %-22s %8.2f s", stage.name(), stage.millis() / 1000.0));
            }
            lines.add(String.format(Locale.ROOT, "  %-22s %8.2f s", "total", totalMillis / 1000.0));
            lines.add(String.format(Locale.ROOT, "  %-22s %8d", "pages", pages));
            lines.add(String.format(Locale.ROOT, "  %-22s %8.1f", "pages per second", pagesPerSecond));
            lines.add(String.format(Locale.ROOT, "  %-22s %8d MB", "peak heap", peakHeapMb));
            lines.add(String.format(Locale.ROOT, "  (Java %s, %d processors, max heap %d MB)", javaVersion, processors, maxHeapMb));
            return lines;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.util.List;
import java.util.Locale;

/**
 * How long a publication took and how much heap it needed, written to {@code timings.json} beside
 * {@code report.json} (which must be the same bytes every time, so holds none of this).
 *
 * @param stages         wall time per stage, in the order they ran
 * @param totalMillis    wall time of the whole publication
 * @param pages          PDF pages made
 * @param pagesReadBack  PDF pages the verification read back and compared with the TEI
 * @param verdictsRemembered PDF pages whose passing verdict the earlier publication in the folder kept
 *                       (drawn from the same laid-out page against the same source text), not read again
 * @param documentFilesMade the files of the web edition and the EPUB that can be kept between publications, made:
 *                       each single document's web page, search records and content document, and the
 *                       contents and search pages
 * @param documentFilesKept those taken from the earlier publication in the folder: what they show is unchanged
 * @param peakHeapBytes  the heap's peak during the publication (see {@link HeapPeak})
 */
public record PublishTimings(List<Stage> stages, long totalMillis, int pages, int pagesReadBack, int verdictsRemembered,
        int documentFilesMade, int documentFilesKept, long peakHeapBytes) {
    public static final String PARSE_VALIDATE = "parse+validate";
    public static final String PDF = "pdf";
    public static final String VERIFY = "verify";
    public static final String HTML = "html";
    public static final String EPUB = "epub";
    public static final String WRITE = "write";
    /** Taking units an earlier publication built, unchanged since, from its cache. */
    public static final String REUSED = "reused";

    public PublishTimings {
        stages = List.copyOf(stages);
    }

    public double pagesPerSecond() {
        return totalMillis == 0 ? 0 : pages * 1000.0 / totalMillis;
    }

    public long millis(String stage) {
        return stages.stream().filter(s -> s.name().equals(stage)).mapToLong(Stage::millis).sum();
    }

    /** Lines for a person: stage times, total, pages per second, pages verified, peak heap. */
    public List<String> describe() {
        List<String> lines = new java.util.ArrayList<>();
        for (Stage stage : stages) {
            lines.add(String.format(Locale.ROOT, "  %-22s %8.2f s", stage.name(), stage.millis() / 1000.0));
        }
        lines.add(String.format(Locale.ROOT, "  %-22s %8.2f s (%.1f pages/s)", "total", totalMillis / 1000.0, pagesPerSecond()));
        lines.add(String.format(Locale.ROOT, "  %-22s %8d read back, %d remembered", "verified pages", pagesReadBack,
                verdictsRemembered));
        lines.add(String.format(Locale.ROOT, "  %-22s %8d made, %d kept", "reusable files", documentFilesMade,
                documentFilesKept));
        lines.add(String.format(Locale.ROOT, "  %-22s %8d MB", "peak heap", peakHeapBytes / (1024 * 1024)));
        return lines;
    }

    public record Stage(String name, long millis) {
    }
}

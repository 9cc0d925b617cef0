// SPDX-License-Identifier: Apache-2.0
package org.teiedition.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.teiedition.cli.CliRun;
import org.teiedition.io.AtomicOutput;

/**
 * Two small volumes, each published on its own as a series' volumes are, then a series site assembled from
 * them, made once a run: the search volume ({@code volume-a}) and the first pages of a FRUS volume
 * ({@code volume-b}). "Archangel" is a word of the first only; "telegram" is a word of both.
 */
public final class SeriesFixture {
    public static final Path ROOT = Path.of("target/series-fixture");
    public static final Path FIRST = ROOT.resolve("volume-a");
    public static final Path SECOND = ROOT.resolve("volume-b");
    public static final Path SITE = ROOT.resolve("site");
    private static boolean made;

    private SeriesFixture() {
    }

    /** The site, assembled (and the two volumes published) at the first call of a run. */
    public static synchronized Path site() throws Exception {
        if (!made) {
            AtomicOutput.deleteTree(ROOT);
            publish("src/test/resources/web/search-volume.xml", FIRST);
            publish("src/test/resources/web/frus1918Russiav03-p1.xml", SECOND);
            CliRun run = CliRun.run("series", FIRST.toString(), SECOND.toString(), "-o", SITE.toString(), "--title", "Test Series");
            assertEquals(0, run.status(), run.err());
            made = true;
        }
        return SITE;
    }

    private static void publish(String tei, Path folder) {
        // each volume's pages lead to the landing page the series will have, two folders up
        CliRun run = CliRun.run("publish", tei, "-o", folder.toString(), "--quiet", "--validation", "warn", "-p", "series-href=../../index.html");
        assertEquals(0, run.status(), run.err());
    }
}

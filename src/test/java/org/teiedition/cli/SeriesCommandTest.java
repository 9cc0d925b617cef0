// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.series.SeriesFixture;

/** {@code series}: the landing page of volumes published one by one, and the volumes it refuses. */
class SeriesCommandTest {
    private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void theLandingPageListsEachVolumeWithItsFactsAndLinksThatResolve() throws Exception {
        Path site = SeriesFixture.site();
        String page = Files.readString(site.resolve("index.html"));
        assertTrue(page.contains("<h1>Test Series</h1>"), page);
        assertTrue(page.contains("<a href=\"volume-a/html/index.html\">Search Test Volume: Russia, 1917–1918</a>"), page);
        assertTrue(page.contains("<a href=\"volume-b/html/index.html\">Papers Relating to the Foreign Relations of the United "
                + "States, 1918, Russia, Volume III</a>"), page);
        assertTrue(page.contains("<span class=\"year\">1932</span> · <span class=\"pages\">4 pages</span> · "
                + "<span class=\"documents\">4 documents</span>"), page);
        assertTrue(page.contains("<span class=\"pages\">5 pages</span>"), page);
        for (String file : List.of("volume-a/search-volume.pdf", "volume-a/search-volume.epub", "volume-a/search-volume.xml",
                "volume-b/frus1918Russiav03-p1.pdf", "volume-b/frus1918Russiav03-p1.epub", "volume-b/frus1918Russiav03-p1.xml")) {
            assertTrue(page.contains("href=\"" + file + "\""), file);
        }
        List<String> missing = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        int links = 0;
        for (Path html : pages) {
            Matcher href = HREF.matcher(Files.readString(html));
            while (href.find()) {
                String target = href.group(1);
                if (target.startsWith("#") || URI.create(target).getScheme() != null) {
                    continue;
                }
                links++;
                String path = URI.create(target).getPath();
                if (!path.isEmpty() && !Files.isRegularFile(html.getParent().resolve(path))) {
                    missing.add(site.relativize(html) + " → " + target);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(links > 50, "links followed: " + links);
        assertFalse(Files.exists(site.resolve("volume-a/.tei-edition-manifest")), "the site lists its files once, at its top");
    }

    @Test
    void theSameVolumesMakeTheSameSite() throws Exception {
        Path site = SeriesFixture.site();
        Path again = dir.resolve("again");
        CliRun run = CliRun.run("series", SeriesFixture.FIRST.toString(), SeriesFixture.SECOND.toString(), "-o", again.toString(),
                "--title", "Test Series");
        assertEquals(0, run.status(), run.err());
        assertEquals(Files.readString(site.resolve(".tei-edition-manifest")), Files.readString(again.resolve(".tei-edition-manifest")));
        for (String file : Files.readAllLines(site.resolve(".tei-edition-manifest"))) {
            if (file.endsWith("/")) {
                continue;
            }
            assertEquals(-1L, Files.mismatch(site.resolve(file), again.resolve(file)), file);
        }
    }

    @Test
    void aFolderThatIsNotAPublicationIsRefusedAndNothingIsWritten() throws Exception {
        SeriesFixture.site();
        Path notPublished = Files.createDirectories(dir.resolve("tei"));
        Files.copy(Path.of("tei/memorandum.xml"), notPublished.resolve("memorandum.xml"));
        assertRefused(notPublished + ": error: is not a publication (it holds no report.json and html/index.html): "
                + "give a folder written by publish\n", SeriesFixture.FIRST, notPublished);
    }

    @Test
    void aVolumeGivenAsALinkToItsFolderIsCopiedWhole() throws Exception {
        SeriesFixture.site();
        Path link = Files.createSymbolicLink(dir.resolve("linked"), SeriesFixture.FIRST.toAbsolutePath());
        Path site = dir.resolve("site");
        CliRun run = CliRun.run("series", link.toString(), SeriesFixture.SECOND.toString(), "-o", site.toString());
        assertEquals(ExitCode.OK, run.status(), run.err());
        assertTrue(Files.isRegularFile(site.resolve("linked/html/index.html")), "the volume's web edition under the link's name");
        assertTrue(Files.isRegularFile(site.resolve("linked/html/search-index.js")));
        assertFalse(Files.isSymbolicLink(site.resolve("linked")), "a copy, not the link");
    }

    @Test
    void aVolumeWhoseSearchIndexIsInAnEarlierLayoutIsRefused() throws Exception {
        SeriesFixture.site();
        Path earlier = dir.resolve("earlier");
        copy(SeriesFixture.SECOND, earlier);
        // an index as an earlier version wrote it: each page with its title and link, no list of documents
        Path index = earlier.resolve("html/search-index.js");
        Files.writeString(index, "window.teiEditionSearch = {\"pages\":[{\"n\":\"1\",\"title\":\"A telegram\",\"href\":\"d1.html\","
                + "\"text\":\"Petrograd telegram\"}]};\n");
        assertRefused(index + ": error: is a search index in an earlier layout (its pages do not name their documents): "
                + "publish the volume again with this version of tei-edition\n", SeriesFixture.FIRST, earlier);
    }

    @Test
    void twoVolumesOfTheSameNameAreRefused() throws Exception {
        SeriesFixture.site();
        Path other = dir.resolve("elsewhere/volume-a");
        copy(SeriesFixture.SECOND, other);
        assertRefused(other + ": error: has the same name, volume-a, as the volume " + SeriesFixture.FIRST
                + ", and each volume is copied under its folder's name: rename one of the folders\n", SeriesFixture.FIRST, other);
    }

    @Test
    void aSiteInsideAVolumeIsRefusedAndTheVolumeIsLeftAsItWas() throws Exception {
        SeriesFixture.site();
        Path volume = dir.resolve("volume");
        copy(SeriesFixture.FIRST, volume);
        List<Path> before = files(volume);
        Path site = volume.resolve("site");
        CliRun run = CliRun.run("series", volume.toString(), SeriesFixture.SECOND.toString(), "-o", site.toString());
        assertEquals(ExitCode.USAGE, run.status());
        assertEquals(site + ": error: lies in the volume " + volume + " or holds it, and the site is replaced as a whole: "
                + "give a folder outside every volume\n", run.err());
        assertEquals(before, files(volume));
    }

    @Test
    void aMissingFolderIsAUsageError() {
        Path missing = dir.resolve("missing");
        CliRun run = CliRun.run("series", missing.toString(), "-o", dir.resolve("site").toString());
        assertEquals(ExitCode.USAGE, run.status());
        assertEquals(missing + ": error: no such folder\n", run.err());
    }

    /** Runs series over the volumes into a new folder: a usage error with this message, and no site nor leftover. */
    private void assertRefused(String error, Path... volumes) throws Exception {
        Path site = dir.resolve("site");
        List<String> args = new ArrayList<>(List.of("series"));
        Stream.of(volumes).map(Path::toString).forEach(args::add);
        args.addAll(List.of("-o", site.toString()));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(ExitCode.USAGE, run.status());
        assertEquals(error, run.err());
        assertFalse(Files.exists(site), "no site");
        try (Stream<Path> list = Files.list(site.getParent())) {
            assertEquals(List.of(), list.filter(p -> p.getFileName().toString().startsWith(".")).toList(), "no leftovers");
        }
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.map(folder::relativize).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        for (Path file : files(from)) {
            Path target = to.resolve(file.toString());
            if (Files.isDirectory(from.resolve(file))) {
                Files.createDirectories(target);
            } else {
                Files.copy(from.resolve(file), target);
            }
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code publish --validation}, the summary on stderr, {@code report.json} and {@code timings.json}, {@code --quiet}. */
class PublishCommandTest {
    /** Valid XML that renders, with a dangling {@code @ref}s: invalid against the edition's Schematron. */
    static Path invalidButRenderable(Path dir) throws IOException {
        String text = Files.readString(Path.of("tei/memorandum.xml")).replaceFirst("ref=\"#stalin\"", "ref=\"#nobody\"");
        Path file = dir.resolve("dangling.xml");
        Files.writeString(file, text);
        return file;
    }

    static final Path SEARCH_VOLUME = Path.of("src/test/resources/web/search-volume.xml");
    static final Path RUSSIA_PAGES = Path.of("src/test/resources/web/frus1918Russiav03-p1.xml");

    @TempDir
    Path dir;

    @Test
    void strictByDefaultRefusesAnInvalidFileAndWritesNothing() throws IOException {
        Path tei = invalidButRenderable(dir);
        CliRun run = CliRun.run("publish", tei.toString(), "-o", dir.resolve("out").toString());
        assertEquals(ExitCode.INPUT, run.status(), run.err());
        assertTrue(run.err().contains("dangling.xml:"), run.err());
        assertTrue(run.err().contains("no element has that xml:id"), run.err());
        // the rules run beside the outputs being made: their error is told once, and nothing is kept
        assertEquals(1, run.err().lines().filter(l -> l.contains(": error: @ref points to \"#nobody\"")).count(), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void warnPublishesListsTheErrorsAndExitsZero() throws IOException {
        Path tei = invalidButRenderable(dir);
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("publish", tei.toString(), "--validation=warn", "-o", out.toString());
        assertEquals(ExitCode.OK, run.status(), run.err());
        assertEquals("", run.out(), "stdout stays clean");
        assertEquals(1, run.err().lines().filter(l -> l.contains(": error: @ref points to \"#nobody\"")).count(), run.err());
        assertTrue(run.err().contains("validation: 1 error, 0 warnings"), run.err());
        assertTrue(run.err().contains("1 file, 1 document, 3 pages, 1 note"), run.err());
        assertTrue(run.err().contains("peak heap"), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("\\s*verified pages\\s+3 read back, 0 remembered")), run.err());
        assertFalse(run.err().contains("\r"), "no progress when stderr is not a terminal");
        for (String name : new String[] {"dangling.pdf", "dangling.xml", "html/index.html", "report.json", "timings.json"}) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(1, report.at("/summary/validationErrors").asInt());
        assertEquals(3, report.at("/summary/pages").asInt());
        assertEquals(1, report.at("/summary/documents").asInt());
        assertEquals(1, report.at("/summary/notes").asInt());
        assertEquals(0, report.at("/summary/overflows").size());
        assertEquals("schematron.pointer-dangling", report.at("/documents/0/validation/diagnostics/0/code").asText());
        // the PDF's set lines, as the counter reads them from the published PDF
        org.teiedition.verify.LineQuality.Report lines = org.teiedition.verify.LineQuality.read(out.resolve("dangling.pdf"));
        assertTrue(lines.lines() > 50, lines.describe());
        assertEquals(lines.looseLines(), report.at("/documents/0/lines/looseLines").asInt());
        assertEquals(lines.hyphenRuns(), report.at("/documents/0/lines/hyphenRuns").asInt());
        assertEquals(lines.loosePages().size(), report.at("/documents/0/lines/loosePages").size());
        assertEquals(lines.looseLines(), report.at("/summary/looseLines").asInt());
        assertEquals(lines.tightLines(), report.at("/documents/0/lines/tightLines").asInt());
        assertEquals(lines.tightLines(), report.at("/summary/tightLines").asInt());
        assertTrue(run.err().contains("loose lines (word spaces over 2.0 times the font's): " + lines.looseLines()
                + "; tight lines (under 0.75 times): " + lines.tightLines()), run.err());
        String reportText = Files.readString(out.resolve("report.json"));
        assertFalse(reportText.contains("millis") || reportText.contains("Heap"), "no times or memory in report.json");
        JsonNode timings = new ObjectMapper().readTree(out.resolve("timings.json").toFile());
        assertTrue(timings.at("/peakHeapBytes").asLong() > 0);
        assertEquals("parse+validate", timings.at("/stages/0/name").asText());

        // reproducible: a second publication gives the same report.json
        Path again = dir.resolve("again");
        CliRun second = CliRun.run("publish", tei.toString(), "--validation=warn", "--quiet", "-o", again.toString());
        assertEquals(ExitCode.OK, second.status(), second.err());
        assertArrayEquals(Files.readAllBytes(out.resolve("report.json")), Files.readAllBytes(again.resolve("report.json")));
        // --quiet: the problems still, no summary
        assertTrue(second.err().contains("no element has that xml:id"), second.err());
        assertFalse(second.err().contains("published") || second.err().contains("peak heap"), second.err());
    }

    @Test
    void warnDoesNotExcuseAPageThatDoesNotFit() throws IOException {
        Path tei = invalidButRenderable(dir);
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("publish", tei.toString(), "--validation=warn", "--overflow", "fail",
                "-p", "page-height=3.5in", "-o", out.toString());
        assertEquals(ExitCode.INPUT, run.status(), run.err());
        assertTrue(run.err().contains("does not fit one page"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badParameterNameIsUsageError() {
        CliRun run = CliRun.run("publish", "tei/memorandum.xml", "-p", "1st=x", "-o", dir.resolve("out").toString());
        assertEquals(ExitCode.USAGE, run.status(), run.err());
        assertTrue(run.err().startsWith("1st=x: error: no stylesheet parameter is called \"1st\"; the parameters are "), run.err());
    }

    @Test
    void severalVolumesMakeASeriesWithEachVolumeInItsFolder() throws IOException {
        Path site = dir.resolve("site");
        String[] command = {"publish", SEARCH_VOLUME.toString(), RUSSIA_PAGES.toString(), "-o", site.toString(),
                "--validation=warn", "--series-title", "Test Series"};
        CliRun run = CliRun.run(command);
        assertEquals(ExitCode.OK, run.status(), run.err());
        assertTrue(run.err().contains("published " + site.resolve("search-volume") + " (report.json, timings.json):"), run.err());
        assertTrue(run.err().contains("published the series " + site + ": search-volume, frus1918Russiav03-p1"), run.err());
        String landing = Files.readString(site.resolve("index.html"));
        assertTrue(landing.contains("<h1>Test Series</h1>"), landing);
        assertTrue(landing.contains("<a href=\"search-volume/html/index.html\">Search Test Volume: Russia, 1917–1918</a>"), landing);
        assertTrue(landing.contains("href=\"frus1918Russiav03-p1/frus1918Russiav03-p1.pdf\""), landing);
        for (String file : new String[] {"search-volume/html/search.html", "search-volume/search-volume.epub", "search-volume/report.json",
                "frus1918Russiav03-p1/html/index.html", "frus1918Russiav03-p1/frus1918Russiav03-p1.pdf", "search/volumes.js",
                "assets/series-search.js"}) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
        // each volume's pages lead back to the landing page
        String contents = Files.readString(site.resolve("search-volume/html/index.html"));
        assertTrue(contents.contains("<a href=\"../../index.html\">All volumes</a> › "), contents);
        for (String page : new String[] {"search-volume/html/search.html", "frus1918Russiav03-p1/html/d1.html"}) {
            assertTrue(Files.readString(site.resolve(page)).contains("<a href=\"../../index.html\">All volumes</a>"), page);
        }
        // the site holds what is published and nothing else: what the next publication reuses is kept beside it
        try (var walk = Files.walk(site)) {
            assertEquals(java.util.List.of(), walk.filter(p -> p.getFileName().toString().contains("cache")).toList());
        }
        assertTrue(Files.isDirectory(dir.resolve(".tei-edition-cache/site")));
        run = CliRun.run(command);
        assertEquals(ExitCode.OK, run.status(), run.err());
        assertTrue(run.err().contains("unchanged since the last publication"), run.err());
    }

    @Test
    void severalVolumesPublishedAsOneEditionOnRequest() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("publish", SEARCH_VOLUME.toString(), RUSSIA_PAGES.toString(), "-o", out.toString(),
                "--validation=warn", "--one-edition", "--quiet");
        assertEquals(ExitCode.OK, run.status(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("html/search.html")), "one web edition of both volumes' documents");
        assertTrue(Files.isRegularFile(out.resolve("search-volume.pdf")));
        assertFalse(Files.exists(out.resolve("index.html")), "no series landing page");
        assertFalse(Files.readString(out.resolve("html/index.html")).contains("All volumes"), "nor a link to one");
    }

    @Test
    void aVolumeNamedAsAFileOfTheSeriesSiteIsRefusedBeforeAnyWork() throws IOException {
        Path search = Files.copy(SEARCH_VOLUME, dir.resolve("search.xml"));
        Path site = dir.resolve("site");
        CliRun run = CliRun.run("publish", search.toString(), RUSSIA_PAGES.toString(), "-o", site.toString(), "--validation=warn");
        assertEquals(ExitCode.USAGE, run.status(), run.err());
        assertTrue(run.err().startsWith(search + ": error: would be the volume search of the series, and the series site has a file "
                + "of that name of its own"), run.err());
        assertFalse(Files.exists(site));
        assertFalse(Files.exists(dir.resolve(".tei-edition-cache")), "no volume published");
    }
}

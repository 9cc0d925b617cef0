// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;
import org.teiedition.publish.OutputLayout;
import org.teiedition.publish.PublicationCacheTest;
import org.teiedition.series.SeriesFixture;

/**
 * Every Maven goal writes the files of its command on the command line, with the same bytes (timings aside), and
 * tells the problems its command tells: both run through the one publication engine (the series goal and command,
 * which publish nothing, through the one assembly of published volumes).
 */
class DriversAgreeTest {
    private final CapturingLog log = new CapturingLog();
    @TempDir
    Path folder;
    Path sources;
    Path memorandum;

    @BeforeEach
    void setUp() throws Exception {
        sources = folder.resolve("tei");
        Files.createDirectories(sources);
        memorandum = sources.resolve("memorandum.xml");
        Files.copy(Path.of("tei/memorandum.xml"), memorandum);
    }

    @Test
    void thePublishGoalPublishesTheCommandsBytes() throws Exception {
        Files.writeString(sources.resolve("copy.xml"), Files.readString(memorandum)
                .replace("xml:id=\"frus1943v03-welles-litvinov\"", "xml:id=\"frus1943v03-welles-litvinov-copy\""));
        Path maven = run(new PublishMojo(), "maven");
        Path cli = command("publish", "--quiet", "-o", folder.resolve("cli").toString(), sources.resolve("copy.xml").toString(), memorandum.toString());
        Map<String, String> fromMaven = PublicationCacheTest.outputs(maven);
        assertTrue(fromMaven.containsKey(OutputLayout.REPORT), fromMaven.keySet().toString());
        assertTrue(fromMaven.containsKey("html/copy.pdf"), fromMaven.keySet().toString());
        assertEquals(fromMaven, PublicationCacheTest.outputs(cli));
    }

    @Test
    void thePdfEpubAndPaginateGoalsWriteTheFilesOfTheirCommands() throws Exception {
        Path maven = run(new PdfMojo(), "maven");
        run(new EpubMojo(), "maven");
        PaginateMojo paginate = new PaginateMojo();
        paginate.paginatedDirectory = folder.resolve("paginated").toFile();
        run(paginate, "maven");
        Path cli = folder.resolve("cli");
        command("pdf", "-o", cli.resolve("memorandum.pdf").toString(), memorandum.toString());
        command("epub", "-o", cli.resolve("memorandum.epub").toString(), memorandum.toString());
        command("paginate", "-o", cli.resolve("memorandum.xml").toString(), memorandum.toString());
        for (String name : List.of("memorandum.pdf", "memorandum.epub")) {
            assertArrayEquals(Files.readAllBytes(cli.resolve(name)), Files.readAllBytes(maven.resolve(name)), name);
        }
        assertArrayEquals(Files.readAllBytes(cli.resolve("memorandum.xml")), Files.readAllBytes(folder.resolve("paginated/memorandum.xml")));
    }

    @Test
    void theHtmlGoalWritesTheWebEditionOfTheCommand() throws Exception {
        Path maven = run(new HtmlMojo(), "maven").resolve(OutputLayout.SITE);
        Path cli = command("html", "-o", folder.resolve("cli/html").toString(), memorandum.toString());
        assertEquals(PublicationCacheTest.outputs(cli), PublicationCacheTest.outputs(maven));
    }

    @Test
    void theValidateGoalFindsTheProblemsOfTheCommand() throws Exception {
        Files.writeString(memorandum, Files.readString(memorandum).replaceFirst("ref=\"#stalin\"", "ref=\"#nobody\""));
        assertThrows(MojoFailureException.class, () -> run(new ValidateMojo(), "maven"));
        CliRun cli = CliRun.run("validate", memorandum.toString());
        assertEquals(1, cli.status(), cli.err());
        assertEquals(cli.err().lines().toList(), log.errors);
    }

    @Test
    void thePaginateGoalWritesTheFirstPrintOfTheCommand() throws Exception {
        Files.writeString(memorandum, Files.readString(memorandum).replaceAll("<pb [^>]*/>", ""));
        PaginateMojo paginate = new PaginateMojo();
        paginate.paginatedDirectory = folder.resolve("paginated").toFile();
        run(paginate, "maven");
        Path cli = command("paginate", "-o", folder.resolve("cli/memorandum.xml").toString(), memorandum.toString());
        byte[] fromMaven = Files.readAllBytes(folder.resolve("paginated/memorandum.xml"));
        assertTrue(new String(fromMaven, java.nio.charset.StandardCharsets.UTF_8).contains("<pb "), "a first print's pages written in");
        assertArrayEquals(Files.readAllBytes(cli), fromMaven);
    }

    @Test
    void theSeriesGoalAssemblesTheSiteOfTheCommand() throws Exception {
        Path command = SeriesFixture.site(); // the series command's site of two volumes published on their own
        SeriesMojo series = new SeriesMojo();
        series.volumes = List.of(SeriesFixture.FIRST.toFile(), SeriesFixture.SECOND.toFile());
        series.title = "Test Series";
        series.siteDirectory = folder.resolve("maven-site").toFile();
        series.setLog(log);
        series.execute();
        Map<String, String> fromMaven = PublicationCacheTest.outputs(folder.resolve("maven-site"));
        assertTrue(fromMaven.containsKey("index.html") && fromMaven.containsKey("volume-b/html/index.html"), fromMaven.keySet().toString());
        assertEquals(PublicationCacheTest.outputs(command), fromMaven);
    }

    /** With validation warn, each goal goes on past an invalid file and tells what its command tells, line for line. */
    @Test
    void everyGoalTellsTheProblemsOfItsCommand() throws Exception {
        Files.writeString(memorandum, Files.readString(memorandum).replaceFirst("ref=\"#stalin\"", "ref=\"#nobody\""));
        Map<String, AbstractRenderMojo> goals = new java.util.LinkedHashMap<>();
        goals.put("pdf", new PdfMojo());
        goals.put("epub", new EpubMojo());
        goals.put("html", new HtmlMojo());
        PaginateMojo paginate = new PaginateMojo();
        paginate.paginatedDirectory = folder.resolve("paginated").toFile();
        goals.put("paginate", paginate);
        Map<String, String> outputs = Map.of("pdf", "memorandum.pdf", "epub", "memorandum.epub", "html", "html", "paginate", "memorandum.xml");
        for (Map.Entry<String, AbstractRenderMojo> goal : goals.entrySet()) {
            log.warnings.clear();
            goal.getValue().validation = "warn";
            run(goal.getValue(), "maven");
            CliRun cli = CliRun.run(goal.getKey(), "--validation", "warn", "-o", folder.resolve("cli").resolve(outputs.get(goal.getKey())).toString(),
                    memorandum.toString());
            assertEquals(0, cli.status(), goal.getKey() + ": " + cli.err());
            assertTrue(cli.err().contains("#nobody"), goal.getKey() + ": " + cli.err());
            assertEquals(cli.err().lines().toList(), log.warnings, goal.getKey());
        }
    }

    private Path run(AbstractEditionMojo mojo, String output) throws Exception {
        mojo.basedir = folder.toFile();
        mojo.sourceDirectory = sources.toFile();
        mojo.schema = "edition";
        mojo.setLog(log);
        if (mojo instanceof AbstractRenderMojo render) {
            render.outputDirectory = folder.resolve(output).toFile();
        }
        mojo.execute();
        return folder.resolve(output);
    }

    /** Runs a command whose output is named after {@code -o}; gives that output. */
    private static Path command(String... args) {
        CliRun run = CliRun.run(args);
        assertEquals(0, run.status(), run.err());
        return Path.of(args[List.of(args).indexOf("-o") + 1]);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;
import org.teiedition.publish.OutputLayout;
import org.teiedition.publish.PublicationCacheTest;

/** Every Maven goal writes the files of its command on the command line, with the same bytes (timings aside). */
class DriversAgreeTest {
    @TempDir
    Path folder;
    Path sources;
    Path memorandum;
    List<String> errors = new ArrayList<>();

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
        assertEquals(cli.err().lines().toList(), errors);
    }

    private Path run(AbstractEditionMojo mojo, String output) throws Exception {
        mojo.basedir = folder.toFile();
        mojo.sourceDirectory = sources.toFile();
        mojo.schema = "edition";
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                errors.add(content.toString());
            }
        });
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

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.config.EditionConfig;
import org.teiedition.print.Overflow;
import org.teiedition.print.PdfFor;
import org.teiedition.validate.ValidationMode;
import org.teiedition.publish.Selection;
import org.teiedition.transform.Stylesheets;

/** The goals' parameters as Maven sets them, mapped to the TEI files, the edition's configuration and the options. */
class MojoTest {
    private final CapturingLog log = new CapturingLog();
    @TempDir
    Path project;
    PublishMojo mojo;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(project.resolve("src/main/tei/drafts"));
        Files.writeString(project.resolve("src/main/tei/memorandum.xml"), "<TEI/>");
        Files.writeString(project.resolve("src/main/tei/drafts/draft.xml"), "<TEI/>");
        mojo = new PublishMojo();
        mojo.basedir = project.toFile();
        mojo.sourceDirectory = project.resolve("src/main/tei").toFile();
        mojo.outputDirectory = project.resolve("target/edition").toFile();
        mojo.schema = "edition";
        mojo.overflow = "fail";
        mojo.validation = "strict";
        mojo.setLog(log);
    }

    @Test
    void defaultsTakeEveryXmlFileWithTheToolkitsSchema() throws Exception {
        assertEquals(List.of(project.resolve("src/main/tei/drafts/draft.xml"), project.resolve("src/main/tei/memorandum.xml")),
                mojo.sources());
        assertEquals(project.resolve("target/edition"), mojo.outputDirectory());
        assertEquals(ValidationMode.STRICT, mojo.options().validation());
        assertEquals(Overflow.FAIL, mojo.options().overflow());
        assertEquals(EditionConfig.defaults(), mojo.config());
    }

    @Test
    void parametersMapToTheRequestAndTheConfiguration() throws Exception {
        Path fo = project.resolve("src/main/xsl/letter-fo.xsl");
        Files.createDirectories(fo.getParent());
        Files.writeString(fo, "<xsl:stylesheet/>");
        Files.writeString(project.resolve("series.rng"), "<grammar/>");
        mojo.excludes = List.of("drafts/**");
        mojo.overflow = "Shrink";
        mojo.validation = "warn";
        mojo.foCustomization = fo.toFile();
        mojo.parameters = Map.of("page-width", "8.5in");
        mojo.schema = "series.rng";
        assertEquals(List.of(project.resolve("src/main/tei/memorandum.xml")), mojo.sources());
        assertEquals(Overflow.SHRINK, mojo.options().overflow());
        assertEquals(ValidationMode.WARN, mojo.options().validation());
        EditionConfig config = mojo.config();
        assertEquals(Map.of(Stylesheets.Output.FO, fo), config.customizations());
        assertEquals(Map.of("page-width", "8.5in"), config.parameters());
        assertEquals(project.resolve("series.rng").toString(), config.schema());
    }

    @Test
    void pdfForChoosesThePressPdf() throws Exception {
        assertEquals(PdfFor.READER, mojo.config().pdfFor());
        mojo.pdfFor = "Press";
        assertEquals(PdfFor.PRESS, mojo.config().pdfFor());
        PdfMojo pdf = new PdfMojo();
        pdf.basedir = project.toFile();
        pdf.pdfFor = "press";
        assertEquals(EditionConfig.defaults().withPdfFor(PdfFor.PRESS), pdf.config());
        mojo.pdfFor = "printer";
        assertEquals("tei-edition: pdfFor must be reader or press, not \"printer\"",
                assertThrows(MojoFailureException.class, mojo::config).getMessage());
    }

    @Test
    void wrongValuesAreNamed() {
        mojo.overflow = "squeeze";
        assertEquals("tei-edition: overflow must be fail or shrink, not \"squeeze\"",
                assertThrows(MojoFailureException.class, mojo::options).getMessage());
        mojo.overflow = "fail";
        mojo.validation = "lenient";
        assertEquals("tei-edition: validation must be strict or warn, not \"lenient\"",
                assertThrows(MojoFailureException.class, mojo::options).getMessage());
        mojo.schema = "missing.rng";
        assertEquals("tei-edition: schema \"missing.rng\" not found: expected \"edition\" or a schema file",
                assertThrows(MojoFailureException.class, mojo::config).getMessage());
        mojo.schema = "edition";
        mojo.htmlCustomization = project.resolve("none.xsl").toFile();
        assertTrue(assertThrows(MojoFailureException.class, mojo::config).getMessage().startsWith("tei-edition: htmlCustomization \""));
        mojo.htmlCustomization = null;
        mojo.epubCustomization = project.resolve("none.xsl").toFile();
        assertTrue(assertThrows(MojoFailureException.class, mojo::config).getMessage().startsWith("tei-edition: epubCustomization \""));
    }

    @Test
    void aWrongParameterIsABuildFailureNamingIt() {
        mojo.overflow = "squeeze";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("tei-edition: overflow must be fail or shrink, not \"squeeze\"", e.getMessage());
        mojo.overflow = "fail";
        mojo.schema = "missing.rng";
        assertEquals("tei-edition: schema \"missing.rng\" not found: expected \"edition\" or a schema file",
                assertThrows(MojoFailureException.class, mojo::execute).getMessage());
    }

    @Test
    void skipDoesNothing() throws Exception {
        mojo.skip = true;
        mojo.sourceDirectory = new File(project.toFile(), "nowhere");
        mojo.overflow = "squeeze";
        mojo.execute();
        assertTrue(Files.notExists(project.resolve("target")));
    }

    @Test
    void noSourceFolderIsAWarning() throws Exception {
        mojo.sourceDirectory = new File(project.toFile(), "nowhere");
        mojo.execute();
        assertEquals(List.of("tei-edition: no source folder " + mojo.sourceDirectory + ": nothing to do"), log.warnings);
    }

    @Test
    void theGoalsAndWhatTheyMake() {
        assertEquals(Selection.VALIDATION, new ValidateMojo().selection());
        assertEquals(Selection.PDF, new PdfMojo().selection());
        assertEquals(Selection.EPUB, new EpubMojo().selection());
        assertEquals(Selection.HTML, new HtmlMojo().selection());
        assertEquals(Selection.PAGINATED_TEI, new PaginateMojo().selection());
        assertEquals(Selection.EDITION, new PublishMojo().selection());
    }
}

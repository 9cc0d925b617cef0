// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code -p/--param NAME=VALUE} reaches the stylesheets of {@code pdf} and {@code html}, and a name no
 * stylesheet declares or a value not of its parameter's kind is a usage error before any work, one line
 * naming the parameter and what it takes.
 */
class ParameterOptionTest {
    @TempDir
    Path dir;

    @Test
    void pdfTakesStylesheetParameters() throws IOException {
        Path pdf = dir.resolve("m.pdf");
        CliRun run = CliRun.run("pdf", "tei/memorandum.xml", "-o", pdf.toString(), "--param", "page-height=10in",
                "-p", "page-width=7in");
        assertEquals(ExitCode.OK, run.status(), run.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(720f, document.getPage(0).getMediaBox().getHeight(), 0.5f);
            assertEquals(504f, document.getPage(0).getMediaBox().getWidth(), 0.5f);
        }
    }

    @Test
    void htmlTakesStylesheetParameters() throws IOException {
        Path site = dir.resolve("site");
        CliRun run = CliRun.run("html", "tei/memorandum.xml", "-o", site.toString(), "-p", "site-url=https://example.org/ed/");
        assertEquals(ExitCode.OK, run.status(), run.err());
        try (var pages = Files.list(site)) {
            assertTrue(pages.filter(p -> p.toString().endsWith(".html")).anyMatch(p -> read(p).contains("https://example.org/ed/")));
        }
    }

    @Test
    void aParameterNeedsAName() {
        CliRun run = CliRun.run("html", "tei/memorandum.xml", "-o", dir.resolve("site").toString(), "-p", "=x");
        assertEquals(ExitCode.USAGE, run.status(), run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "page-height=abc | page-height=abc: error: page-height is a length with its unit (in, cm, mm, pt or pc) from 2in to 20in, not \"abc\"",
        "page-height=90in | page-height=90in: error: page-height is a length from 2in to 20in, not 90in",
        "text-font-size=ten | text-font-size=ten: error: text-font-size is a number from 5 to 24, not \"ten\"",
        "first-folio=1.5 | first-folio=1.5: error: first-folio is a whole number from 1 to 99999, not 1.5",
        "page-design=larger | page-design=larger: error: page-design is one of auto, modern, dense, large, not \"larger\"",
        "font-family=No Such Font | font-family=No Such Font: error: font-family names the font families the toolkit ships and embeds (Source Serif 4, Noto Serif, Noto Sans SC), a comma between them; not \"No Such Font\"",
        "pdf-href=javascript:alert(1) | pdf-href=javascript:alert(1): error: pdf-href is a relative, http or https URL, not \"javascript:alert(1)\"",
        "pdf-href= javascript:alert(1) | pdf-href= javascript:alert(1): error: pdf-href is a URL without spaces, not \" javascript:alert(1)\"",
        "site-url=javascript:alert(1)// | site-url=javascript:alert(1)//: error: site-url is an http or https URL, not \"javascript:alert(1)//\"",
        "pdf-for=press | pdf-for=press: error: \"pdf-for\" is set by the toolkit, not by a parameter; the parameters are ",
        "nosuch=1 | nosuch=1: error: no stylesheet parameter is called \"nosuch\"; the parameters are bleed, chapter-start, ",
    })
    void aValueNotOfItsParametersKindIsAUsageErrorBeforeAnyWork(String parameter, String expected) {
        Path out = dir.resolve("out");
        CliRun run = CliRun.run("publish", "tei/memorandum.xml", "-o", out.toString(), "-p", parameter);
        assertEquals(ExitCode.USAGE, run.status(), run.err());
        assertTrue(run.err().startsWith(expected), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aParameterWithoutAValueIsAUsageError() {
        CliRun run = CliRun.run("pdf", "tei/memorandum.xml", "-o", dir.resolve("m.pdf").toString(), "-p", "noequals");
        assertEquals(ExitCode.USAGE, run.status(), run.err());
        assertTrue(run.err().contains("should be in KEY=VALUE format but was noequals"), run.err());
    }

    @Test
    void theEditorsOwnStylesheetMayDeclareParametersOfItsOwn() throws IOException {
        Path custom = dir.resolve("custom.xsl");
        Files.writeString(custom, """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:import href="https://tei-edition.org/xslt/html/edition-html.xsl"/>
                  <xsl:param name="house-style" select="'plain'"/>
                </xsl:stylesheet>
                """);
        var config = org.teiedition.config.EditionConfig.defaults()
                .withCustomization(org.teiedition.transform.Stylesheets.Output.HTML, custom)
                .withParameters(java.util.Map.of("house-style", "bold", "site-url", "https://example.org/"));
        org.teiedition.config.StylesheetParameters.check(config);
        var unknown = config.withParameters(java.util.Map.of("house-styles", "bold"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.teiedition.diag.UsageException.class,
                () -> org.teiedition.config.StylesheetParameters.check(unknown));
        assertTrue(e.reason().contains("house-style, "), e.reason());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

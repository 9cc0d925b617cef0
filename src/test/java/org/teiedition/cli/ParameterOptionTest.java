// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -p/--param NAME=VALUE} reaches the stylesheets of {@code pdf} and {@code html}. */
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

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teiedition.cli.ExitCode;

/** Hostile inputs that are made, not stored: huge, deep, slow to expand, or pointed at the network. */
class HostileInputTest {
    static final String TEI = "http://www.tei-c.org/ns/1.0";

    @TempDir
    Path dir;

    @BeforeAll
    static void warmUp() {
        // the first call compiles stylesheets and schema; time limits below are about the input alone
        Run.of("validate", "tei/memorandum.xml");
        Run.of("text", "tei/memorandum.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "text", "pdf", "publish"})
    void billionLaughsFailsFast(String command) throws IOException {
        Path input = dir.resolve("laughs.xml");
        try (InputStream in = Catalogue.open("billion-laughs.xml")) {
            Files.write(input, in.readAllBytes());
        }
        Run run = Run.of(BadInputCatalogueTest.arguments(command, input, dir.resolve("out")));
        assertEquals(ExitCode.INPUT, run.status(), run::toString);
        assertTrue(run.took().compareTo(Duration.ofSeconds(2)) < 0, () -> "billion laughs must fail in under 2 s: " + run);
        assertTrue(run.err().startsWith(input + ":"), run::toString);
        run.assertNoStackTrace();
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void anEpubWhoseNavigationInflatesToAGigabyteIsNotAPlausibleEpub() throws IOException {
        Path bomb = dir.resolve("bomb.epub");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/container.xml"));
            zip.write(("<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
                    + "<rootfile full-path=\"EPUB/package.opf\"/></rootfiles></container>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("EPUB/package.opf"));
            zip.write(("<package xmlns=\"http://www.idpf.org/2007/opf\"><manifest>"
                    + "<item href=\"nav.xhtml\" properties=\"nav\"/></manifest></package>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("EPUB/nav.xhtml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 1_100; i++) {
                zip.write(spaces); // 1.1 GB inflated, about 1 MB on disk
            }
        }
        Run run = Run.of("verify", bomb.toString(), "--tei", "tei/memorandum.xml");
        assertEquals(ExitCode.INPUT, run.status(), run::toString);
        assertEquals(bomb + ": error: not a plausible EPUB: EPUB/nav.xhtml inflates to more than 64 MB", run.err().strip());
        run.assertNoStackTrace();
    }

    @Test
    void anHttpEntityIsRefusedWithoutConnecting() throws IOException {
        int before = NetworkWatch.get().connections();
        Path input = dir.resolve("remote.xml");
        String url = "http://127.0.0.1:" + NetworkWatch.get().port() + "/entity";
        Files.writeString(input, "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY e SYSTEM \"" + url + "\">]>\n"
                + "<TEI xmlns=\"" + TEI + "\"><text><body><p>&e;</p></body></text></TEI>\n");
        for (String command : List.of("text", "validate", "pdf", "html", "publish")) {
            Run run = Run.of(BadInputCatalogueTest.arguments(command, input, dir.resolve("out")));
            assertEquals(ExitCode.INPUT, run.status(), () -> command + ": " + run);
            assertTrue(run.took().compareTo(Duration.ofSeconds(2)) < 0, () -> command + " must fail fast: " + run);
            run.assertNoStackTrace();
        }
        // give a connection that was attempted after all the time to be counted
        sleep(200);
        assertEquals(before, NetworkWatch.get().connections(), "no connection may be attempted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "validate", "pdf", "html", "publish"})
    void veryDeepNestingIsACleanAnswer(String command) throws IOException {
        Path input = dir.resolve("deep.xml");
        int depth = 100_000;
        try (BufferedWriter out = Files.newBufferedWriter(input)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"" + TEI + "\"><text><body>\n");
            for (int i = 0; i < depth; i++) {
                out.write("<div>");
            }
            out.write("<p>deep</p>");
            for (int i = 0; i < depth; i++) {
                out.write("</div>");
            }
            out.write("\n</body></text></TEI>\n");
        }
        Run run = Run.of(BadInputCatalogueTest.arguments(command, input, dir.resolve("out")));
        assertTrue(run.status() == 0 || run.status() == ExitCode.INPUT, run::toString);
        run.assertNoStackTrace();
        if (run.status() == ExitCode.INPUT) {
            assertTrue(run.err().startsWith(input + ":"), () -> "the message names the file: " + run);
            assertFalse(Files.exists(dir.resolve("out")), "nothing written");
        }
    }

    /**
     * A 50 MB edition (the memorandum's document 5 600 times, ids renumbered) validates at the test JVM's
     * -Xmx2g, in reasonable time, with a clear answer.
     */
    @Test
    void aFiftyMegabyteDocumentValidates() throws IOException {
        Path input = dir.resolve("big.xml");
        long size = writeBigEdition(input, 50L << 20);
        assertTrue(size >= 50L << 20, "big enough: " + size);
        Run run = Run.of("validate", input.toString());
        assertTrue(run.status() == 0 || run.status() == ExitCode.INPUT, run::toString);
        run.assertNoStackTrace();
        assertTrue(run.took().compareTo(Duration.ofMinutes(3)) < 0, () -> "took too long: " + run);
        assertTrue(run.err().length() < 1 << 20, "a report, not a flood: " + run.err().length() + " characters");
    }

    static long writeBigEdition(Path target, long atLeast) throws IOException {
        String memo = Files.readString(Path.of("tei/memorandum.xml"));
        int start = memo.indexOf("<div type=\"document\"");
        int end = memo.indexOf("</div>", start) + "</div>".length();
        String head = memo.substring(0, start);
        String document = memo.substring(start, end);
        String tail = memo.substring(end);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(head);
            written += head.getBytes(StandardCharsets.UTF_8).length;
            for (int i = 1; written < atLeast; i++) {
                int page = 522 + 3 * (i - 1);
                String copy = document.replace("xml:id=\"d1\"", "xml:id=\"d" + i + "\"")
                        .replace("d1fn65", "d" + i + "fn65")
                        .replace("n=\"522\" xml:id=\"pg_522\"", "n=\"" + page + "\" xml:id=\"pg_" + page + "\"")
                        .replace("n=\"523\" xml:id=\"pg_523\"", "n=\"" + (page + 1) + "\" xml:id=\"pg_" + (page + 1) + "\"")
                        .replace("n=\"524\" xml:id=\"pg_524\"", "n=\"" + (page + 2) + "\" xml:id=\"pg_" + (page + 2) + "\"");
                out.write(copy);
                out.write("\n      ");
                written += copy.getBytes(StandardCharsets.UTF_8).length + 7;
            }
            out.write(tail);
        }
        return Files.size(target);
    }

    @Test
    void anInputThatIsAFolderIsAUsageError() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.xml"));
        for (String command : List.of("encode", "validate", "text", "pdf", "html", "publish")) {
            Run run = Run.of(BadInputCatalogueTest.arguments(command, folder, dir.resolve("out")));
            assertEquals(ExitCode.USAGE, run.status(), () -> command + ": " + run);
            assertTrue(run.err().contains(folder + ": error: "), () -> command + ": " + run);
            run.assertNoStackTrace();
        }
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aMissingInputIsAUsageError() {
        Path absent = dir.resolve("absent.xml");
        for (String command : List.of("encode", "validate", "text", "pdf", "html", "publish")) {
            Run run = Run.of(BadInputCatalogueTest.arguments(command, absent, dir.resolve("out")));
            assertEquals(ExitCode.USAGE, run.status(), () -> command + ": " + run);
            assertTrue(run.err().contains(absent + ": error: "), () -> command + ": " + run);
            run.assertNoStackTrace();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

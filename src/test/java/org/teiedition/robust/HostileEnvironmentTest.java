// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teiedition.cli.ExitCode;
import org.teiedition.io.OutputFolder;

/**
 * The toolkit in a hostile environment, as a careless user and a crashing machine would try it: output
 * folders that hold the editor's own files, runs killed or signalled at any moment, a full disk, too
 * little memory, huge and damaged inputs, odd file names, characters no font has.
 */
class HostileEnvironmentTest {
    static final Path MEMORANDUM = Path.of("tei/memorandum.xml");

    @TempDir
    Path dir;

    // never destroy what the toolkit did not write

    @ParameterizedTest
    @ValueSource(strings = {"publish", "html"})
    void aFolderHoldingTheEditorsFilesIsRefused(String command) throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(project.resolve(".git"));
        Path tei = Files.copy(MEMORANDUM, Files.createDirectories(project.resolve("tei")).resolve("memorandum.xml"));
        Files.writeString(project.resolve("thesis.txt"), "years of work");
        Map<String, String> before = snapshot(project);
        for (Path input : List.of(tei, MEMORANDUM)) {
            Run run = Run.of(command, input.toString(), "-o", project.toString());
            assertEquals(ExitCode.USAGE, run.status(), run::toString);
            assertTrue(run.err().startsWith(project + ": error: "), run::toString);
            run.assertNoStackTrace();
            assertEquals(before, snapshot(project), "the folder is as it was");
        }
    }

    @Test
    void theInputCannotBeDeletedByItsOwnPublication() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, Run.of("publish", MEMORANDUM.toString(), "-o", out.toString(), "-q").status());
        Path published = out.resolve("memorandum.xml");
        Run run = Run.of("publish", published.toString(), "-o", out.toString(), "-q");
        assertEquals(ExitCode.USAGE, run.status(), run::toString);
        assertTrue(run.err().contains("lies in the output folder"), run::toString);
        assertTrue(Files.isRegularFile(published));
    }

    @Test
    void anEditionTheToolkitWroteIsReplacedButNotOnceSomeoneAddedToIt() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(ExitCode.OK, Run.of("publish", MEMORANDUM.toString(), "-o", out.toString(), "-q").status());
        assertTrue(Files.readString(out.resolve(OutputFolder.MANIFEST)).contains("html/index.html\n"));
        assertEquals(ExitCode.OK, Run.of("publish", MEMORANDUM.toString(), "-o", out.toString(), "-q").status());
        Files.writeString(out.resolve("html").resolve("notes.txt"), "mine");
        Run run = Run.of("publish", MEMORANDUM.toString(), "-o", out.toString(), "-q");
        assertEquals(ExitCode.USAGE, run.status(), run::toString);
        assertTrue(run.err().contains("html/notes.txt"), run::toString);
        assertEquals("mine", Files.readString(out.resolve("html").resolve("notes.txt")));
    }

    // duplicates and odd names

    @Test
    void duplicateInputsAreAUsageErrorBeforeAnyWork() throws IOException {
        Path other = Files.copy(MEMORANDUM, Files.createDirectories(dir.resolve("b")).resolve("memorandum.xml"));
        Path out = dir.resolve("out");
        for (List<String> files : List.of(List.of(MEMORANDUM.toString(), MEMORANDUM.toString()),
                List.of(MEMORANDUM.toString(), "./" + MEMORANDUM), List.of(MEMORANDUM.toString(), other.toString()))) {
            for (String command : List.of("publish", "html")) {
                Run run = Run.of(Stream.concat(Stream.of(command), Stream.concat(files.stream(), Stream.of("-o", out.toString())))
                        .toArray(String[]::new));
                assertEquals(ExitCode.USAGE, run.status(), run::toString);
                assertTrue(run.err().startsWith(files.get(1) + ": error: "), run::toString);
                assertTrue(run.took().toMillis() < 5_000, () -> "refused before any work: " + run);
                assertFalse(Files.exists(out));
            }
        }
    }

    @Test
    void anOutputThatIsALinkIsWrittenWhereItPointsAndTheLinkStays() throws IOException {
        Path real = Files.createDirectories(dir.resolve("elsewhere/edition"));
        Path link = Files.createSymbolicLink(dir.resolve("edition"), real);
        Path pdfTarget = Files.writeString(dir.resolve("elsewhere/memorandum.pdf"), "an earlier PDF");
        Path pdfLink = Files.createSymbolicLink(dir.resolve("memorandum.pdf"), pdfTarget);
        assertEquals(ExitCode.OK, Run.of("html", MEMORANDUM.toString(), "-o", link.toString()).status());
        assertEquals(ExitCode.OK, Run.of("pdf", MEMORANDUM.toString(), "-o", pdfLink.toString()).status());
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(pdfLink), "the links stay");
        assertTrue(Files.isRegularFile(real.resolve("index.html")));
        assertTrue(Files.readString(pdfTarget, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Files.writeString(real.resolve("notes.txt"), "the editor's");
        Run run = Run.of("html", MEMORANDUM.toString(), "-o", link.toString());
        assertEquals(ExitCode.USAGE, run.status(), "a linked folder holding the editor's files is refused like any other");
        assertEquals("the editor's", Files.readString(real.resolve("notes.txt")));
    }

    @Test
    void theCurrentFolderIsNotAnOutputFolderToReplace() throws IOException {
        String cwd = Path.of("").toAbsolutePath().toString();
        for (String output : List.of(".", cwd, Path.of(cwd).getParent().toString())) {
            Run run = Run.of("html", MEMORANDUM.toString(), "-o", output);
            assertEquals(ExitCode.USAGE, run.status(), run::toString);
            assertTrue(run.err().startsWith(output + ": error: is the current folder or holds it"), run::toString);
        }
    }

    @Test
    void twoFilesWhoseNamesDifferOnlyInCaseAreRefusedIntoOneFolder() throws IOException {
        Path upper = Files.copy(MEMORANDUM, Files.createDirectories(dir.resolve("a")).resolve("Memorandum.xml"));
        Path out = dir.resolve("out");
        Run run = Run.of("publish", MEMORANDUM.toString(), upper.toString(), "-o", out.toString());
        assertEquals(ExitCode.USAGE, run.status(), run::toString);
        assertTrue(run.err().startsWith(upper + ": error: would be published as Memorandum.pdf, as " + MEMORANDUM
                + " is (names that differ only in case are one file on many file systems)"), run::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void xmlIdsWithQuotesAndSlashesPublishedWithWarnAreLocatedProblemsNotATrace() throws IOException {
        String text = Files.readString(MEMORANDUM).replaceAll("xml:id=\"([^\"]*)\"", "xml:id=\"$1&quot;/x\"")
                .replaceAll("(ref|target|corresp)=\"#([^\"]*)\"", "$1=\"#$2&quot;/x\"");
        Path tei = Files.writeString(dir.resolve("quoted.xml"), text);
        Path out = dir.resolve("out");
        Run run = Run.of("publish", tei.toString(), "--validation=warn", "-o", out.toString());
        assertTrue(run.status() == ExitCode.OK || run.status() == ExitCode.INPUT, run::toString);
        run.assertNoStackTrace();
        assertFalse(run.err().contains("internal error"), run::toString);
        assertTrue(run.err().lines().allMatch(line -> line.startsWith(tei.toString()) || line.startsWith(out.toString())
                || line.startsWith("published ") || line.startsWith("  ")), run::toString);
    }

    @Test
    void aPipeOrAnUnreadableFileIsSaidToBeSoNotMissing() throws Exception {
        Path pipe = dir.resolve("pipe.xml");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        Run run = Run.of("validate", pipe.toString());
        assertEquals(ExitCode.USAGE, run.status(), run::toString);
        assertEquals(pipe + ": error: is not a file but a pipe, a device or a socket: give the path of a file", run.err().strip());
        Path locked = Files.copy(MEMORANDUM, dir.resolve("locked.xml"));
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "the superuser reads any file");
        run = Run.of("pdf", locked.toString(), "-o", dir.resolve("locked.pdf").toString());
        assertEquals(ExitCode.USAGE, run.status(), run::toString);
        assertEquals(locked + ": error: cannot be read: permission denied", run.err().strip());
    }

    @Test
    void fileNamesOfAnyFormWorkAndTheirLinksResolve() throws IOException {
        Path spaces = Files.copy(MEMORANDUM, dir.resolve("my memo.xml"));
        Path accents = Files.copy(MEMORANDUM, dir.resolve("mémo 中 #1%.xml"));
        Path out = dir.resolve("édition finale");
        Run run = Run.of("publish", spaces.toString(), accents.toString(), "-o", out.toString(), "-q");
        assertEquals(ExitCode.OK, run.status(), run::toString);
        assertTrue(Files.isRegularFile(out.resolve("my memo.pdf")) && Files.isRegularFile(out.resolve("mémo 中 #1%.pdf")));
        Path site = out.resolve("html");
        int links = 0;
        try (Stream<Path> pages = Files.list(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher href = Pattern.compile("href=\"([^\"#:]+)(#[^\"]*)?\"").matcher(Files.readString(page));
                while (href.find()) {
                    String target = URLDecoder.decode(href.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
                    assertTrue(Files.exists(site.resolve(target)), page.getFileName() + " links " + href.group() + ", which is not there");
                    links++;
                }
            }
        }
        assertTrue(links > 10, "links checked: " + links);
    }

    @Test
    void aLongLegalOutputNameWorks() throws IOException {
        Path out = dir.resolve("e".repeat(240));
        Run run = Run.of("publish", MEMORANDUM.toString(), "-o", out.toString(), "-q");
        assertEquals(ExitCode.OK, run.status(), run::toString);
        Run pdf = Run.of("pdf", MEMORANDUM.toString(), "-o", dir.resolve("p".repeat(236) + ".pdf").toString());
        assertEquals(ExitCode.OK, pdf.status(), pdf::toString);
        assertNoLeftovers(dir);
    }

    // damaged and huge inputs

    @Test
    void aTruncatedOrDamagedPdfIsAnInputProblemNamingIt() throws IOException {
        Path pdf = dir.resolve("memorandum.pdf");
        assertEquals(ExitCode.OK, Run.of("pdf", MEMORANDUM.toString(), "-o", pdf.toString()).status());
        byte[] whole = Files.readAllBytes(pdf);
        assertEquals(ExitCode.OK, Run.of("verify", pdf.toString(), "--tei", MEMORANDUM.toString()).status());
        Random random = new Random(7);
        for (int i = 0; i < 6; i++) {
            Path broken = dir.resolve("broken-" + i + ".pdf");
            byte[] bytes;
            if (i < 3) {
                bytes = java.util.Arrays.copyOf(whole, new int[] {30_000, whole.length - 12, 1000}[i]);
            } else {
                bytes = whole.clone();
                int at = whole.length / 4 + random.nextInt(whole.length / 2);
                java.util.Arrays.fill(bytes, at, Math.min(bytes.length, at + 3000), (byte) 0);
            }
            Files.write(broken, bytes);
            Run run = Run.of("verify", broken.toString(), "--tei", MEMORANDUM.toString());
            assertEquals(ExitCode.INPUT, run.status(), run::toString);
            assertTrue(run.err().startsWith(broken + ": error: not a whole, readable PDF"), run::toString);
            assertFalse(run.out().contains("pagination matches"), run::toString);
            run.assertNoStackTrace();
        }
    }

    @Test
    void verifyRefusesAPdfWithScriptAFalsePageCountOrADamagedStructureOrMetadata() throws IOException {
        Path pdf = dir.resolve("memorandum.pdf");
        assertEquals(ExitCode.OK, Run.of("pdf", MEMORANDUM.toString(), "-o", pdf.toString()).status());
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("count", "not a whole, readable PDF: its page tree claims 2000000000 pages but holds 3");
        expected.put("script", "the PDF carries JavaScript (object ");
        expected.put("structure", "not a whole, readable PDF: its structure tree is damaged: its root holds no structure elements");
        expected.put("metadata", "not a whole, readable PDF: its XMP metadata is not well-formed XML");
        for (Map.Entry<String, String> fault : expected.entrySet()) {
            Path damaged = dir.resolve(fault.getKey() + ".pdf");
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                var catalog = document.getDocumentCatalog();
                switch (fault.getKey()) {
                    case "count" -> catalog.getPages().getCOSObject().setInt(org.apache.pdfbox.cos.COSName.COUNT, 2_000_000_000);
                    case "script" -> catalog.setOpenAction(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert(1)"));
                    case "structure" -> catalog.getStructureTreeRoot().getCOSObject().setInt(org.apache.pdfbox.cos.COSName.K, 7);
                    default -> {
                        try (var out = catalog.getMetadata().getCOSObject().createOutputStream()) {
                            out.write("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
                document.save(damaged.toFile());
            }
            Run run = Run.of("verify", damaged.toString(), "--tei", MEMORANDUM.toString());
            assertEquals(ExitCode.INPUT, run.status(), run::toString);
            assertTrue(run.err().startsWith(damaged + ": error: " + fault.getValue()), run::toString);
            assertEquals(1, run.err().lines().count(), run::toString);
            run.assertNoStackTrace();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"encode", "validate", "text", "pdf", "publish", "verify"})
    void aTwoGigabyteInputIsRefusedBeforeItIsRead(String command) throws IOException {
        Path huge = dir.resolve(command.equals("verify") ? "huge.pdf" : "huge.xml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2L * 1024 * 1024 * 1024); // sparse: no disk used
        }
        Run run = switch (command) {
            case "verify" -> Run.of("verify", huge.toString(), "--tei", MEMORANDUM.toString());
            case "publish" -> Run.of("publish", huge.toString(), "-o", dir.resolve("out").toString());
            default -> Run.of(command, huge.toString());
        };
        assertEquals(ExitCode.FAILURE, run.status(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().startsWith(huge + ": error: is 2.0 GB, larger than"), run::toString);
        assertTrue(run.took().toMillis() < 5_000, run::toString);
    }

    // glyphs

    @Test
    void theCommonScriptsOfTheSeriesPrintComposed() throws IOException {
        String quoted = "Ἀθῆναι, Москва, 中國外交部, ひらがな";
        Path tei = withText("scripts.xml", quoted + ", Cafe\u0301");
        Path pdf = dir.resolve("scripts.pdf");
        Run run = Run.of("pdf", tei.toString(), "-o", pdf.toString(), "--overflow", "shrink");
        assertEquals(ExitCode.OK, run.status(), run::toString);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            for (String word : quoted.split(", ")) {
                assertTrue(text.contains(word), () -> word + " is not in the PDF's text: " + text.substring(0, 600));
            }
            assertTrue(text.contains("Caf\u00e9"), "the accent composed with its letter");
        }
    }

    @Test
    void aCharacterNoFontHasFailsWithItsPlace() throws IOException {
        Path tei = withText("emoji.xml", "Greetings \uD83D\uDE00 from Moscow");
        Path pdf = dir.resolve("emoji.pdf");
        Run run = Run.of("pdf", tei.toString(), "-o", pdf.toString());
        assertEquals(ExitCode.INPUT, run.status(), run::toString);
        String[] lines = Files.readString(tei).split("\n", -1);
        int line = 0;
        while (!lines[line].contains("Greetings")) {
            line++;
        }
        int column = lines[line].indexOf('\uD83D') + 1;
        assertTrue(run.err().startsWith(tei + ":" + (line + 1) + ":" + column + ": error: no glyph for U+1F600"), run::toString);
        assertFalse(Files.exists(pdf));
    }

    // the machine fails: kill, signal, full disk, little memory

    @Test
    void aPublicationKilledAtAnyMomentLeavesTheEarlierEditionAndTheNextRunClearsUp() throws Exception {
        Path out = dir.resolve("edition");
        assertEquals(ExitCode.OK, Run.of("publish", MEMORANDUM.toString(), "-o", out.toString(), "-q").status());
        Map<String, String> earlier = snapshot(out);
        Random random = new Random(2024);
        // the system's temporary folder of the killed runs: what they leave there, the next run removes too
        Path system = Files.createDirectories(dir.resolve("system-temporaries"));
        List<String> jvm = List.of("-Xmx512m", "-Djava.io.tmpdir=" + system);
        for (int attempt = 0; attempt < 3; attempt++) {
            ChildJvm child = ChildJvm.start(dir, jvm, "publish", MEMORANDUM.toString(), "-o", out.toString(),
                    "-q", "-p", "page-design=dense");
            Thread.sleep(500 + random.nextInt(9_000));
            child.process().destroyForcibly().waitFor();
            Map<String, String> now = snapshot(out);
            if (!now.equals(earlier)) {
                // the run had finished its switch: the new edition, whole
                assertEquals(earlier.keySet(), now.keySet(), "the same files, a whole edition");
                earlier = now;
            }
        }
        ChildJvm next = ChildJvm.start(dir, jvm, "publish", MEMORANDUM.toString(), "-o", out.toString(), "-q");
        assertEquals(ExitCode.OK, next.await(), next.err());
        assertNoLeftovers(dir);
        try (Stream<Path> left = Files.list(system)) {
            assertEquals(List.of(), left.map(path -> path.getFileName().toString()).toList(),
                    "the toolkit leaves nothing in the system's temporary folder (nor Java 2D a copy of a font)");
        }
    }

    @Test
    void sigtermRemovesTheTemporariesAndSaysItWasInterrupted() throws Exception {
        Path out = dir.resolve("edition");
        assertEquals(ExitCode.OK, Run.of("publish", MEMORANDUM.toString(), "-o", out.toString(), "-q").status());
        Map<String, String> earlier = snapshot(out);
        ChildJvm child = ChildJvm.start(dir, List.of("-Xmx512m"), "publish", MEMORANDUM.toString(), "-o", out.toString(), "-q");
        long deadline = System.currentTimeMillis() + 60_000;
        while (leftovers(dir).isEmpty() && child.process().isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Assumptions.assumeTrue(child.process().isAlive(), "the publication ended before it could be signalled");
        child.process().destroy(); // SIGTERM
        assertEquals(143, child.await(), "128 + SIGTERM");
        assertTrue(child.err().contains("tei-edition: interrupted"), child.err());
        assertFalse(child.err().contains("\tat "), child.err());
        assertEquals(List.of(), leftovers(dir));
        assertEquals(earlier, snapshot(out));
    }

    @Test
    void runningOutOfMemoryIsOneLineNamingTheFile() throws Exception {
        ChildJvm child = ChildJvm.start(dir, List.of("-Xmx16m", "-XX:+UseSerialGC"), "publish", MEMORANDUM.toString(),
                "-o", dir.resolve("out").toString(), "-q");
        int status = child.await();
        String err = child.err();
        assertEquals(ExitCode.FAILURE, status, err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith(MEMORANDUM + ": error: not enough memory"), err);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aFullDiskIsOneLineNamingTheOutput() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(mount.waitFor() == 0, "a small filesystem cannot be mounted here (" + said.strip() + "): full disk not tried");
        try {
            for (String command : List.of("publish", "pdf", "html")) {
                Path out = disk.resolve(command.equals("pdf") ? "memorandum.pdf" : "edition");
                Files.write(disk.resolve("filler"), new byte[command.equals("pdf") ? 236 * 1024 : 0]);
                Run run = Run.of(command, MEMORANDUM.toString(), "-o", out.toString());
                assertEquals(ExitCode.FAILURE, run.status(), run::toString);
                assertEquals(out + ": error: no space left on device\n", run.err(), run::toString);
                assertEquals(List.of(disk.resolve("filler")), BadInputCatalogueTest.list(disk), "nothing left on the disk");
            }
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }

    @Test
    void validationErrorsLetThroughArePrintedWhenThePublicationThenFails() throws IOException {
        Path tei = dir.resolve("invalid.xml");
        Files.writeString(tei, Files.readString(MEMORANDUM).replaceFirst("ref=\"#stalin\"", "ref=\"#nobody\""));
        Path file = Files.writeString(dir.resolve("a-file"), "in the way");
        Run run = Run.of("publish", tei.toString(), "--validation=warn", "-o", file.resolve("edition").toString());
        assertEquals(ExitCode.FAILURE, run.status(), run::toString);
        assertTrue(run.err().contains(tei + ":") && run.err().contains("#nobody"), () -> "the validation error: " + run);
        run.assertNoStackTrace();
    }

    // helpers

    private Path withText(String name, String text) throws IOException {
        String tei = Files.readString(MEMORANDUM);
        int p = tei.indexOf("<p>", tei.indexOf("<body")) + 3;
        return Files.writeString(dir.resolve(name), tei.substring(0, p) + text + " " + tei.substring(p));
    }

    /** Every file under the folder with the SHA-256 of its content. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return Map.of("(missing)", folder.toString());
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The toolkit's temporaries in a folder, and in the store of publications beside it. */
    private static List<Path> leftovers(Path folder) throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        for (Path in : List.of(folder, folder.resolve(org.teiedition.store.UnitStore.FOLDER))) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> list = Files.list(in)) {
                    list.filter(p -> p.getFileName().toString().startsWith(".tei-edition-")
                            && !p.getFileName().toString().equals(org.teiedition.store.UnitStore.FOLDER)).forEach(found::add);
                }
            }
        }
        return found;
    }

    private static void assertNoLeftovers(Path folder) throws IOException {
        assertEquals(List.of(), leftovers(folder), "the toolkit's temporaries are all gone");
    }
}

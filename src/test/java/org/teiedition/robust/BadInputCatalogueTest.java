// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teiedition.io.OutputFolder;

/**
 * Every input of the catalogue ({@code src/test/resources/bad/catalogue.tsv}) through the real command line:
 * the exit status; a message naming the file and the place; no stack trace; nothing left in the output
 * folder, no temporary file anywhere; nothing read from outside the input's folder (a secret file beside
 * that folder must not show up in any output); no network connection (entities point at a watched socket).
 */
class BadInputCatalogueTest {
    static final String SECRET = "SECRET-9c41e7-must-never-leak";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    static Stream<Catalogue.Entry> entries() {
        return Catalogue.entries().stream();
    }

    @Test
    void theCatalogueIsBigEnoughAndComplete() throws IOException {
        List<Catalogue.Entry> entries = Catalogue.entries();
        assertTrue(entries.size() >= 30, "at least 30 bad inputs: " + entries.size());
        for (Catalogue.Entry entry : entries) {
            try (InputStream in = Catalogue.open(entry.file())) {
                assertTrue(in != null, entry.file());
            }
            if (entry.fails()) {
                assertFalse(entry.places().isEmpty(), "a failing entry says where its message points: " + entry);
            }
        }
        for (String command : Catalogue.COMMANDS) {
            assertTrue(entries.stream().anyMatch(e -> e.command().equals(command)), "no entry for " + command);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void badInput(Catalogue.Entry entry) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET + "\n");
        Path in = Files.createDirectory(dir.resolve("in"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Path input = in.resolve(entry.file());
        Files.write(input, substitute(read(entry.file()), secret));
        int connectionsBefore = NetworkWatch.get().connections();

        Run run = Run.of(arguments(entry.command(), input, out));

        assertTrue(entry.statuses().contains(run.status()), () -> entry + ": expected exit " + entry.statuses() + ", got " + run);
        assertTrue(run.took().compareTo(PATIENCE) < 0, () -> entry + " took too long: " + run);
        assertEquals(connectionsBefore, NetworkWatch.get().connections(), () -> entry + ": a network connection was made");
        assertNothingLeaked(entry, run, out);
        assertEquals(List.of(input), list(in), () -> entry + ": something was written beside the input");
        assertNoTemporaries(entry);
        if (run.status() == 0) {
            if (!entry.command().equals("validate")) {
                assertFalse(list(out).isEmpty(), () -> entry + ": succeeded without writing its output");
            }
            return;
        }
        run.assertNoStackTrace();
        assertEquals(List.of(), list(out), () -> entry + ": a failed run left output behind");
        assertNamesFileAndPlace(entry, run, input.toString());
        assertHasFragment(entry, run);
    }

    /** The failing TEI entries of every command but encode, each to be read by every command that reads TEI. */
    static Stream<org.junit.jupiter.params.provider.Arguments> teiEntriesByCommand() {
        return Catalogue.entries().stream()
                .filter(entry -> entry.fails() && !entry.command().equals("encode") && entry.file().endsWith(".xml"))
                .flatMap(entry -> Stream.of("pdf", "html", "text", "verify")
                        .map(command -> org.junit.jupiter.params.provider.Arguments.of(entry, command)));
    }

    /**
     * Every command that reads TEI validates it first: a bad file is refused by each (exit 1 or 2) with a
     * message naming the file at a line, no stack trace and nothing written.
     */
    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("teiEntriesByCommand")
    void everyCommandThatReadsTeiRefusesIt(Catalogue.Entry entry, String command) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET + "\n");
        Path in = Files.createDirectory(dir.resolve("in"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Path input = in.resolve(entry.file());
        Files.write(input, substitute(read(entry.file()), secret));

        String[] args = command.equals("verify")
                ? new String[] {"verify", org.teiedition.print.Memorandum.pdf().toString(), "--tei", input.toString()}
                : arguments(command, input, out);
        Run run = Run.of(args);

        assertTrue(run.status() == 1 || run.status() == 2, () -> command + " " + entry + ": expected exit 1 or 2, got " + run);
        run.assertNoStackTrace();
        assertEquals(List.of(), list(out), () -> command + " " + entry + ": a failed run left output behind");
        assertEquals(List.of(input), list(in), () -> command + " " + entry + ": something was written beside the input");
        assertNoTemporaries(entry);
        assertNothingLeaked(entry, run, out);
        assertTrue(Pattern.compile(Pattern.quote(input.toString()) + "(:\\d+)*: error: ").matcher(run.err()).find(),
                () -> command + " " + entry + ": the message must name the file: " + run);
    }

    static String[] arguments(String command, Path input, Path out) {
        return switch (command) {
            case "encode" -> new String[] {"encode", input.toString(), "-o", out.resolve("result.xml").toString()};
            case "validate" -> new String[] {"validate", input.toString()};
            case "text" -> new String[] {"text", input.toString(), "-o", out.resolve("result.txt").toString()};
            case "pdf" -> new String[] {"pdf", input.toString(), "-o", out.resolve("result.pdf").toString()};
            case "html" -> new String[] {"html", input.toString(), "-o", out.resolve("html").toString()};
            case "publish" -> new String[] {"publish", input.toString(), "-o", out.resolve("edition").toString()};
            default -> throw new IllegalArgumentException(command);
        };
    }

    private static void assertNamesFileAndPlace(Catalogue.Entry entry, Run run, String file) {
        boolean found = false;
        for (String place : entry.places()) {
            Pattern expected = switch (place.split(":").length) {
                case 2 -> Pattern.compile(Pattern.quote(file + ":" + place + ": error: "));
                default -> place.equals("none")
                        ? Pattern.compile(Pattern.quote(file + ": error: "))
                        : Pattern.compile(Pattern.quote(file + ":" + place + ":") + "(\\d+:)? error: ");
            };
            found |= expected.matcher(run.err()).find();
        }
        assertTrue(found, () -> entry + ": the message must name the file and " + String.join(" or ", entry.places())
                + " as file:line:column: error: ...; got " + run);
    }

    private static void assertHasFragment(Catalogue.Entry entry, Run run) {
        String err = run.err().toLowerCase(Locale.ROOT);
        assertTrue(entry.fragments().isEmpty() || entry.fragments().stream().anyMatch(f -> err.contains(f.toLowerCase(Locale.ROOT))),
                () -> entry + ": the message should say " + String.join(" or ", entry.fragments()) + "; got " + run);
    }

    private void assertNothingLeaked(Catalogue.Entry entry, Run run, Path out) throws IOException {
        assertFalse(run.out().contains(SECRET) || run.err().contains(SECRET), () -> entry + ": the secret was read: " + run);
        for (Path file : list(out)) {
            if (Files.isRegularFile(file)) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(SECRET), () -> entry + ": the secret was copied into " + file);
            }
        }
    }

    private void assertNoTemporaries(Catalogue.Entry entry) throws IOException {
        for (Path file : list(dir)) {
            String name = file.getFileName().toString();
            // a publication keeps its own manifest, and beside it its units for the next one in a hidden folder
            boolean kept = name.equals(OutputFolder.MANIFEST) || name.equals(org.teiedition.store.UnitStore.FOLDER)
                    || file.toString().contains("/" + org.teiedition.store.UnitStore.FOLDER + "/");
            assertFalse(!kept && (name.endsWith(".part") || name.startsWith(".")), () -> entry + ": a temporary was left: " + file);
        }
    }

    /** Every file and folder under {@code folder}, sorted, without {@code folder} itself. */
    static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(walk.filter(p -> !p.equals(folder)).sorted().toList());
            return all;
        }
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = Catalogue.open(file)) {
            return in.readAllBytes();
        }
    }

    /** Fills in {@code @PORT@} and {@code @SECRET_URI@}, byte for byte (the files are in several encodings). */
    private static byte[] substitute(byte[] content, Path secret) {
        byte[] result = replace(content, "@PORT@", String.valueOf(NetworkWatch.get().port()));
        return replace(result, "@SECRET_URI@", secret.toUri().toString());
    }

    private static byte[] replace(byte[] content, String token, String value) {
        byte[] from = token.getBytes(StandardCharsets.US_ASCII);
        byte[] to = value.getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream result = new java.io.ByteArrayOutputStream(content.length);
        int i = 0;
        while (i < content.length) {
            if (i + from.length <= content.length && java.util.Arrays.equals(content, i, i + from.length, from, 0, from.length)) {
                result.write(to, 0, to.length);
                i += from.length;
            } else {
                result.write(content[i++]);
            }
        }
        return result.toByteArray();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The catalogue of bad inputs, {@code src/test/resources/bad/catalogue.tsv}: one {@link Entry} a line. */
final class Catalogue {
    static final String FOLDER = "/bad/";
    static final Set<String> COMMANDS = Set.of("encode", "validate", "text", "pdf", "html", "publish");

    private Catalogue() {
    }

    /**
     * @param file     the input, a file in {@code bad/}
     * @param command  the CLI command to run on it
     * @param statuses the exit statuses accepted (usually one)
     * @param fragments what the message must contain, any one of them, case-insensitive; empty for none
     * @param places   where the message must point, any one of them: {@code line:column}, {@code line} or
     *                 {@code none} (the file named without a place); empty when nothing is expected
     * @param what     what the input is
     */
    record Entry(String file, String command, Set<Integer> statuses, List<String> fragments, List<String> places, String what) {
        boolean fails() {
            return !statuses.contains(0);
        }

        @Override
        public String toString() {
            return file + " (" + command + ")";
        }
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = open("catalogue.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                entries.add(parse(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static InputStream open(String file) throws IOException {
        InputStream in = Catalogue.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("not in the catalogue's folder: " + file);
        }
        return in;
    }

    private static Entry parse(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 6) {
            throw new IllegalArgumentException("catalogue line needs 6 tab-separated cells: " + line);
        }
        if (!COMMANDS.contains(cells[1])) {
            throw new IllegalArgumentException("unknown command in catalogue line: " + line);
        }
        Set<Integer> statuses = Arrays.stream(cells[2].split("\\|")).map(Integer::valueOf).collect(Collectors.toSet());
        return new Entry(cells[0], cells[1], statuses, alternatives(cells[3]), alternatives(cells[4]), cells[5]);
    }

    private static List<String> alternatives(String cell) {
        return cell.equals("-") ? List.of() : List.of(cell.split("\\|"));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.Severity;
import org.teiedition.io.AtomicOutput;
import org.teiedition.cache.Fingerprint;
import org.teiedition.cache.Hashes;

/**
 * What earlier builds made, kept in a JSON file between builds: per unit of work (a validated document,
 * a PDF, a published document, the web edition), the fingerprint of its inputs, the content hashes of its
 * outputs, the diagnostics it gave (so that an up-to-date unit reports its warnings again) and, for a
 * published document, its part of {@code report.json}. A unit is up to date when its inputs have the same
 * fingerprint and its outputs are still there, unchanged. A missing, unreadable or older-format file is
 * an empty state: everything is built. Safe for use from several threads.
 */
public final class BuildState {
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final Map<String, Entry> units;

    private BuildState(Path file, Map<String, Entry> units) {
        this.file = file;
        this.units = units;
    }

    /** One unit's record. */
    public record Entry(Map<String, String> inputs, Map<String, String> outputs, List<Problem> diagnostics, JsonNode report) {
        public Entry {
            inputs = Map.copyOf(inputs);
            outputs = Map.copyOf(outputs);
            diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        }

        public List<Diagnostic> problems() {
            return diagnostics.stream().map(Problem::toDiagnostic).toList();
        }
    }

    /** A diagnostic as stored. */
    public record Problem(String severity, String code, String message, String file, int line, int column) {
        static Problem of(Diagnostic d) {
            return new Problem(d.severity().name(), d.code(), d.message(), d.file(), d.line(), d.column());
        }

        Diagnostic toDiagnostic() {
            return new Diagnostic(Severity.valueOf(severity), code, message, file, line, column);
        }
    }

    private record Stored(int format, Map<String, Entry> units) {
    }

    /** The state kept in a file, or an empty one when there is none or it cannot be read. */
    public static BuildState load(Path file) {
        Map<String, Entry> units = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                Stored stored = MAPPER.readValue(file.toFile(), Stored.class);
                if (stored.format() == FORMAT && stored.units() != null) {
                    units.putAll(stored.units());
                }
            } catch (IOException | RuntimeException e) {
                // a damaged state only costs a full build
            }
        }
        return new BuildState(file, units);
    }

    /** The earlier record of a unit, if its inputs have not changed since; else why it must be built. */
    public synchronized Check check(String unit, Fingerprint inputs) throws IOException {
        Entry entry = units.get(unit);
        if (entry == null) {
            return Check.build("first build");
        }
        Optional<String> change = inputs.changeSince(new Fingerprint(entry.inputs()));
        if (change.isPresent()) {
            return Check.build(change.get());
        }
        for (Map.Entry<String, String> output : entry.outputs().entrySet()) {
            if (!hashOutput(Path.of(output.getKey())).equals(output.getValue())) {
                return Check.build("output " + Path.of(output.getKey()).getFileName() + " is missing or was changed");
            }
        }
        return new Check(Optional.of(entry), "up to date");
    }

    /** Records a unit built now, hashing its outputs as they are on disk. */
    public synchronized void record(String unit, Fingerprint inputs, List<Path> outputs, List<Diagnostic> diagnostics,
            JsonNode report) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (Path output : outputs) {
            Path absolute = output.toAbsolutePath().normalize();
            hashes.put(absolute.toString(), hashOutput(absolute));
        }
        units.put(unit, new Entry(inputs.inputs(), hashes, diagnostics.stream().map(Problem::of).toList(), report));
    }

    public synchronized void forget(String unit) {
        units.remove(unit);
    }

    /** The units whose names start with a prefix. */
    public synchronized List<String> units(String prefix) {
        List<String> found = new ArrayList<>();
        for (String unit : units.keySet()) {
            if (unit.startsWith(prefix)) {
                found.add(unit);
            }
        }
        return found;
    }

    public synchronized void save() throws IOException {
        AtomicOutput.writeString(file, MAPPER.writeValueAsString(new Stored(FORMAT, new TreeMap<>(units))) + "\n");
    }

    private static String hashOutput(Path output) throws IOException {
        return Files.isDirectory(output) ? Hashes.ofTree(output) : Hashes.of(output);
    }

    /** The outcome of a check: the earlier record when up to date, or why the unit must be built. */
    public record Check(Optional<Entry> earlier, String reason) {
        static Check build(String reason) {
            return new Check(Optional.empty(), reason);
        }

        public boolean upToDate() {
            return earlier.isPresent();
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    @Override
    public String toString() {
        return "build state " + Objects.toString(file);
    }
}

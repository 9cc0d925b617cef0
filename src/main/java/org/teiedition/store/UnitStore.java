// SPDX-License-Identifier: Apache-2.0
package org.teiedition.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.teiedition.io.AtomicOutput;

/**
 * What a publication's units were built from and built, kept beside the publication (in
 * {@value #FOLDER}{@code /NAME} next to the publication folder NAME, never inside what an editor ships) so
 * that the next publication into the same folder reuses every unit whose inputs are unchanged instead of
 * building it again.
 *
 * <p>An entry is a folder named by its unit's kind and the {@link Fingerprint#hash() hash} of the unit's
 * inputs; it holds the unit's files. Equal fingerprints mean equal outputs, so an entry is never
 * checked against anything else, and a store that is older or newer than the publication beside it is
 * still right, only less useful. Each publication writes a new store holding exactly the entries it used:
 * those it reused (hard-linked from the earlier store where the file system allows, else copied) and
 * those it built; it replaces the earlier store once the publication has taken its place.
 */
public final class UnitStore {
    /** The folder that holds the stores of the publications beside it. */
    public static final String FOLDER = ".tei-edition-cache";
    private static final String RECORD = "unit.json";
    private static final String FILES = "files";
    private static final com.fasterxml.jackson.databind.ObjectMapper RECORDS = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Path earlier;
    private final Path next;

    private UnitStore(Path earlier, Path next) {
        this.earlier = earlier;
        this.next = next;
    }

    /** Where the store of the publication in {@code publication} is: beside it, not in it. */
    public static Path storeOf(Path publication) {
        Path folder = publication.toAbsolutePath().normalize();
        return folder.resolveSibling(FOLDER).resolve(folder.getFileName().toString());
    }

    /**
     * Where the store of one kind of output made into {@code folder} is ({@code kind}: {@code pdf}, {@code html}, …):
     * beside that of a publication into the folder, so that neither drops the other's entries.
     */
    public static Path storeOf(Path folder, String kind) {
        Path publication = storeOf(folder);
        return publication.resolveSibling(publication.getFileName() + "-" + kind);
    }

    /** The store {@code earlierStore} (which may not exist), read while the next one is written into {@code nextStore}. */
    public static UnitStore between(Path earlierStore, Path nextStore) {
        return new UnitStore(earlierStore, nextStore);
    }

    /** The laid-out pages of one unit, over the pages of the earlier store; {@code layout}: what layout runs with. */
    public FolderStore pages(Fingerprint layout) {
        return FolderStore.between(earlier.resolve(FolderStore.FOLDER), next.resolve(FolderStore.FOLDER), layout);
    }

    /**
     * The files of single documents an output made ({@link UnitFiles}), over those of the earlier store;
     * {@code rendering}: what the output is made with.
     */
    public FolderStore files(Fingerprint rendering) {
        return FolderStore.between(earlier.resolve(FILES), next.resolve(FILES), rendering);
    }

    /**
     * The entry an earlier publication built for these inputs, carried into the new store, or empty when
     * there is none (or it cannot be read: the unit is then built again).
     */
    public Optional<Path> reuse(String kind, Fingerprint inputs) {
        Path from = earlier.resolve(name(kind, inputs));
        if (!Files.isDirectory(from)) {
            return Optional.empty();
        }
        Path to = next.resolve(name(kind, inputs));
        try {
            copyTree(from, to);
            return Optional.of(to);
        } catch (IOException e) {
            try {
                AtomicOutput.deleteTree(to);
            } catch (IOException ignored) {
                // what is left is in the new publication's store, which its own next publication ignores
            }
            return Optional.empty();
        }
    }

    /** Where an entry of the store being written will be once it has replaced the earlier store. */
    public Path placed(Path entry) {
        return earlier.resolve(next.relativize(entry).toString());
    }

    /**
     * A new, empty entry for a unit about to be built, recording the unit's name and inputs so that the
     * next publication can say what changed.
     */
    public Path create(String kind, String unit, Fingerprint inputs) throws IOException {
        Path entry = next.resolve(name(kind, inputs));
        AtomicOutput.deleteTree(entry);
        Files.createDirectories(entry);
        Files.writeString(entry.resolve(RECORD), RECORDS.writeValueAsString(new Record(unit, inputs.inputs())));
        return entry;
    }

    /**
     * Why a unit is built again: the first of its inputs that differs from the earlier publication's
     * ({@code stylesheet letter-fo.xsl changed}), or {@code first build} when that had no such unit.
     */
    public String whyBuilt(String kind, String unit, Fingerprint inputs) {
        try {
            for (Record earlierUnit : earlierRecords(kind)) {
                if (unit.equals(earlierUnit.unit())) {
                    return inputs.changeSince(new Fingerprint(earlierUnit.inputs())).orElse("its earlier outputs are gone");
                }
            }
        } catch (IOException e) {
            return "the earlier publication cannot be read";
        }
        return "first build";
    }

    /** The units of a kind the earlier store holds, by name: what the earlier run made. */
    public List<String> earlierUnits(String kind) throws IOException {
        return earlierRecords(kind).stream().map(Record::unit).toList();
    }

    private List<Record> earlierRecords(String kind) throws IOException {
        List<Record> records = new java.util.ArrayList<>();
        if (Files.isDirectory(earlier)) {
            try (Stream<Path> entries = Files.list(earlier)) {
                for (Path entry : entries.filter(e -> e.getFileName().toString().startsWith(kind + "-")).sorted().toList()) {
                    Path record = entry.resolve(RECORD);
                    if (Files.isRegularFile(record)) {
                        records.add(RECORDS.readValue(record.toFile(), Record.class));
                    }
                }
            }
        }
        return records;
    }

    /** What an entry was built from, beside its files. */
    private record Record(String unit, java.util.Map<String, String> inputs) {
    }

    private static String name(String kind, Fingerprint inputs) {
        return kind + "-" + inputs.hash();
    }

    /** Copies a folder's files, linking rather than copying where the file system allows. */
    public static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.sorted().toList();
        }
        for (Path source : all) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                link(source, target);
            }
        }
    }

    private static void link(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(source, target);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.teiedition.diag.UsageException;

/**
 * An output folder the toolkit replaces as a whole ({@code publish}, {@code html}). It only ever replaces
 * a folder it wrote itself: each such folder lists every file in it in {@link #MANIFEST}, and a folder that
 * holds anything else (the editor's project, the TEI itself, a {@code .git}) is refused before any work.
 */
public final class OutputFolder {
    /** The list of the files the toolkit wrote into the folder, one relative path a line, sorted. */
    public static final String MANIFEST = ".tei-edition-manifest";

    private OutputFolder() {
    }

    /**
     * Refuses to replace {@code folder} when it holds files the toolkit did not write, or when one of the
     * {@code inputs} lies in it (a publication must never remove its own source). A missing or empty
     * folder is fine. First puts back the earlier edition that a run killed in the middle of its switch
     * left aside, so that even a run that fails later leaves an edition in place.
     */
    public static void requireReplaceable(Path folder, List<Path> inputs) throws IOException {
        Path absolute = AtomicOutput.throughLink(folder).toAbsolutePath().normalize();
        if (Path.of("").toAbsolutePath().startsWith(real(absolute))) {
            throw new UsageException(folder.toString(), "is the current folder or holds it, and the output folder is replaced "
                    + "as a whole (the shell would be left in a folder that is gone): give a folder below it, for example -o edition");
        }
        if (absolute.getParent() != null) {
            Temporaries.removeLeftovers(absolute.getParent(), absolute);
        }
        for (Path input : inputs) {
            if (real(input).startsWith(real(folder))) {
                throw new UsageException(folder.toString(), "the input " + input + " lies in the output folder, which is "
                        + "replaced as a whole: choose another output folder");
            }
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<String> foreign = new TreeSet<>(files(absolute));
        foreign.removeAll(manifest(absolute));
        foreign.remove(MANIFEST);
        if (!foreign.isEmpty()) {
            List<String> shown = new ArrayList<>(foreign).subList(0, Math.min(3, foreign.size()));
            throw new UsageException(folder.toString(), "holds files the toolkit did not write (" + String.join(", ", shown)
                    + (foreign.size() > shown.size() ? ", and " + (foreign.size() - shown.size()) + " more" : "")
                    + "), and the output folder is replaced as a whole: choose a new or empty folder");
        }
    }

    /** Lists every file of a folder just filled, as the record of what the toolkit wrote there. */
    static void writeManifest(Path folder) throws IOException {
        Set<String> files = new TreeSet<>(files(folder));
        files.remove(MANIFEST);
        StringBuilder text = new StringBuilder();
        files.forEach(file -> text.append(file).append('\n'));
        Files.writeString(folder.resolve(MANIFEST), text, StandardCharsets.UTF_8);
    }

    /** Every file and folder under {@code folder}, relative, with '/' between names; folders end in '/'. */
    private static List<String> files(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (path.equals(folder)) {
                    continue;
                }
                String name = folder.relativize(path).toString().replace('\\', '/');
                boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
                names.add(directory ? name + "/" : name);
            }
        }
        return names;
    }

    /** The files the manifest lists, with the folders they lie in. */
    private static Set<String> manifest(Path folder) throws IOException {
        Set<String> listed = new TreeSet<>();
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return listed;
        }
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                continue;
            }
            listed.add(line);
            for (int slash = line.indexOf('/'); slash >= 0; slash = line.indexOf('/', slash + 1)) {
                listed.add(line.substring(0, slash + 1));
            }
        }
        return listed;
    }

    /** The path with links resolved as far as it exists, so that an input reached by another way is still found. */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (NoSuchFileException e) {
            return absolute;
        }
    }
}

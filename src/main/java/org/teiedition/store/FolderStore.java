// SPDX-License-Identifier: Apache-2.0
package org.teiedition.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.teiedition.store.PageStore;

/**
 * Laid-out pages kept between builds, one file per page named by the digest of its layout inputs and of
 * what the layout runs with (fonts, toolkit): the next build lays out only the pages it does not find.
 * Beside them, the verifier's passing verdicts on the pages, named by the digest of what each depends on
 * and of the toolkit, so that it reads back only the pages it does not find a verdict for. Entries are read
 * from the earlier build's folder and carried into the new build's folder as they are used (hard-linked
 * where the file system allows), so the new folder holds exactly the entries the new build used. A
 * publication keeps them in its {@link UnitStore} store (folder {@value #FOLDER}), as does a run of the PDFs
 * alone (the Maven {@code pdf} goal) in a store of its own. A publication keeps the web pages and EPUB
 * content documents of single documents ({@link UnitFiles}) the same way, in a folder of their own.
 */
public final class FolderStore implements PageStore {
    static final String FOLDER = "pages";

    private final Path earlier;
    private final Path next;
    private final String layout;
    private final Set<String> used = new TreeSet<>();
    private int found;
    private int stored;

    private FolderStore(Path earlier, Path next, Fingerprint layout) {
        this.earlier = earlier;
        this.next = next;
        this.layout = layout.hash();
    }

    /**
     * The pages in folder {@code earlier} (which may not exist), carried into folder {@code next} as they
     * are used; {@code layout}: what layout runs with.
     */
    public static FolderStore between(Path earlier, Path next, Fingerprint layout) {
        return new FolderStore(earlier, next, layout);
    }

    @Override
    public Optional<byte[]> get(String key) {
        return get(key, true);
    }

    @Override
    public void put(String key, byte[] entry) throws IOException {
        put(key, entry, true);
    }

    @Override
    public PageStore forVerdicts() {
        return new PageStore() {
            @Override
            public Optional<byte[]> get(String key) {
                return FolderStore.this.get(key, false);
            }

            @Override
            public void put(String key, byte[] entry) throws IOException {
                FolderStore.this.put(key, entry, false);
            }
        };
    }

    private synchronized Optional<byte[]> get(String key, boolean counted) {
        String name = name(key);
        try {
            if (carry(name)) {
                used.add(name);
                found += counted ? 1 : 0;
                return Optional.of(Files.readAllBytes(next.resolve(name)));
            }
        } catch (IOException e) {
            // laid out again
        }
        return Optional.empty();
    }

    private synchronized void put(String key, byte[] entry, boolean counted) throws IOException {
        String name = name(key);
        Files.createDirectories(next);
        Files.write(next.resolve(name), entry);
        used.add(name);
        stored += counted ? 1 : 0;
    }

    /** How many entries were found (kept from the earlier build) and how many stored (made anew). */
    public synchronized int found() {
        return found;
    }

    public synchronized int stored() {
        return stored;
    }

    /** The files of the pages got or put, to be carried on with the unit that used them. */
    public synchronized List<String> used() {
        return List.copyOf(used);
    }

    /** Carries pages an earlier publication's unit used into the new store (a unit taken whole). */
    public synchronized void carry(Collection<String> names) throws IOException {
        for (String name : names) {
            if (name.matches("[0-9a-f]{64}")) {
                carry(name);
            }
        }
    }

    private boolean carry(String name) throws IOException {
        Path to = next.resolve(name);
        if (Files.isRegularFile(to)) {
            return true;
        }
        Path from = earlier.resolve(name);
        if (!Files.isRegularFile(from)) {
            return false;
        }
        Files.createDirectories(next);
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(from, to);
        }
        return true;
    }

    private String name(String key) {
        return Hashes.of(layout + "\n" + key);
    }
}

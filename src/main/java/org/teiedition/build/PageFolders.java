// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.teiedition.cache.Fingerprint;
import org.teiedition.cache.Hashes;
import org.teiedition.cache.PageCache;
import org.teiedition.diag.InputException;
import org.teiedition.io.AtomicOutput;
import org.teiedition.publish.OutputLayout;

/**
 * What a goal keeps for each of its outputs, in a folder of its own (a {@link PageCache}) beside the build
 * state, so that an output made again makes only what changed: the {@code pdf} goal keeps each PDF's
 * laid-out pages, the {@code epub} and {@code html} goals the EPUB content documents and web pages of single
 * documents ({@link org.teiedition.cache.UnitFiles}). A build of an output reads the folder the last build
 * left and fills a new one with exactly the entries it used, which takes the earlier one's place only once
 * the output is made: entries no build uses any more are gone after the next build of their output, and a
 * failed build leaves the earlier ones as they were.
 */
final class PageFolders {
    private final Path root;
    private final Fingerprint layout;

    /** {@code made}: what the entries are made with besides their own inputs (fonts, stylesheets, toolkit). */
    PageFolders(Path root, Fingerprint made) {
        this.root = root;
        this.layout = made;
    }

    /** The folder kept beside a build state file ({@code build-state.json}: {@code build-state.pages}). */
    static Path beside(Path stateFile) {
        String name = stateFile.getFileName().toString();
        return stateFile.resolveSibling(name.replaceFirst("\\.json$", "") + ".pages");
    }

    /** The making of an output over a store of what its last build kept. */
    @FunctionalInterface
    interface Making<T> {
        T make(PageCache kept) throws InputException, IOException;
    }

    /** Makes the output at {@code output} over what its last build kept, then keeps what this one used. */
    <T> T keep(Path output, Making<T> making) throws InputException, IOException {
        Path folder = folder(output);
        List<T> result = new java.util.ArrayList<>(1);
        AtomicOutput.writeFolder(folder, fresh -> result.add(making.make(PageCache.between(folder, fresh, layout))));
        return result.get(0);
    }

    /** Forgets what was kept for an output that is no longer built. */
    void remove(Path output) throws IOException {
        AtomicOutput.deleteTree(folder(output));
    }

    /** An output's folder: its name, and a digest of its path that keeps apart outputs of one name elsewhere. */
    private Path folder(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return root.resolve(OutputLayout.baseName(absolute) + "-" + Hashes.of(absolute.toString()).substring(0, 12));
    }
}

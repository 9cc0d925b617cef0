// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import java.io.IOException;
import java.nio.file.Path;
import org.teiedition.cache.Fingerprint;
import org.teiedition.cache.Hashes;
import org.teiedition.cache.PageCache;
import org.teiedition.diag.InputException;
import org.teiedition.io.AtomicOutput;
import org.teiedition.print.PageStore;
import org.teiedition.print.PdfResult;
import org.teiedition.publish.OutputLayout;

/**
 * The laid-out pages the {@code pdf} goal keeps for each PDF, in a folder of its own (a {@link PageCache})
 * beside the build state, so that a PDF made again lays out only the pages whose layout inputs changed. A
 * build of a PDF reads the folder the last build left and fills a new one with exactly the pages it used,
 * which takes the earlier one's place only once the PDF is made: pages no build uses any more are gone
 * after the next build of their PDF, and a failed build leaves the earlier pages as they were.
 */
final class PageFolders {
    private final Path root;
    private final Fingerprint layout;

    /** {@code layout}: what page layout runs with besides a page's own inputs (fonts, toolkit). */
    PageFolders(Path root, Fingerprint layout) {
        this.root = root;
        this.layout = layout;
    }

    /** The folder of pages kept beside a build state file ({@code build-state.json}: {@code build-state.pages}). */
    static Path beside(Path stateFile) {
        String name = stateFile.getFileName().toString();
        return stateFile.resolveSibling(name.replaceFirst("\\.json$", "") + ".pages");
    }

    /** A rendering of a PDF over a store of pages. */
    @FunctionalInterface
    interface Rendering {
        PdfResult render(PageStore pages) throws InputException, IOException;
    }

    /** Renders the PDF at {@code pdf} over the pages its last build kept, then keeps the pages this one used. */
    PdfResult render(Path pdf, Rendering rendering) throws InputException, IOException {
        Path folder = folder(pdf);
        PdfResult[] result = new PdfResult[1];
        AtomicOutput.writeFolder(folder, fresh -> result[0] = rendering.render(PageCache.between(folder, fresh, layout)));
        return result[0];
    }

    /** Forgets the pages of a PDF that is no longer built. */
    void remove(Path pdf) throws IOException {
        AtomicOutput.deleteTree(folder(pdf));
    }

    /** A PDF's folder: its name, and a digest of its path that keeps apart PDFs of one name in other output folders. */
    private Path folder(Path pdf) {
        Path absolute = pdf.toAbsolutePath().normalize();
        return root.resolve(OutputLayout.baseName(absolute) + "-" + Hashes.of(absolute.toString()).substring(0, 12));
    }
}

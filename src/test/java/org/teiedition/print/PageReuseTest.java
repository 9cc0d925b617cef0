// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.store.PageStore;

/** Pages are laid out once: an edit lays out only its page, and the PDF is the same however its pages were made. */
class PageReuseTest {
    private static final Edition EDITION = Edition.create();

    @Test
    void anEditOnOnePageLaysOutThatPageOnlyAndGivesTheBytesOfAFreshRendering(@TempDir Path dir) throws Exception {
        String tei = Files.readString(Memorandum.TEI);
        // a word of the second page (523) changes
        String edited = tei.replaceFirst("that kind of understanding", "that sort of understanding");
        Path file = dir.resolve("memorandum.xml");
        Files.writeString(file, tei);
        Counting store = new Counting();
        render(EDITION.load(file), store, 2);
        // the two pages that can be full are laid out again with their leading opened (Filling); the last ends the text
        assertEquals(6, store.laidOut.size(), "at first: the three pages, the header they share, two pages filled");
        store.laidOut.clear();
        Files.writeString(file, edited);

        byte[] reused = render(EDITION.load(file), store, 2);
        assertEquals(2, store.laidOut.size(), "after a one-word edit, its page and that page filled: " + store.laidOut.size());
        assertArrayEquals(render(EDITION.load(file), PageStore.inMemory(), 1), reused, "cached pages against one layout on one thread");
        assertArrayEquals(render(EDITION.load(file), PageStore.inMemory(), 2), reused, "cached pages against layouts on two threads");
    }

    private static byte[] render(XdmNode tree, PageStore store, int threads) throws Exception {
        PdfRenderer renderer = new PdfRenderer(new org.teiedition.transform.Stylesheets(tree.getProcessor(), java.util.Map.of()),
                java.util.Map.of());
        renderer.layoutThreads(threads);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(tree, out, Overflow.FAIL, store);
        return out.toByteArray();
    }

    /** A store that counts the pages put into it (the pages laid out). */
    private static final class Counting implements PageStore {
        private final PageStore entries = PageStore.inMemory();
        final List<String> laidOut = new ArrayList<>();

        @Override
        public Optional<byte[]> get(String key) {
            return entries.get(key);
        }

        @Override
        public void put(String key, byte[] entry) throws java.io.IOException {
            laidOut.add(key);
            entries.put(key, entry);
        }
    }
}

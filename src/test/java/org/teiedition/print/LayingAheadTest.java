// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.teiedition.Edition;
import org.teiedition.EditionStages;
import org.teiedition.store.PageStore;

/**
 * With a second layout thread, pages are laid out while the stylesheet still writes the FO, and the fit takes
 * them from the store: the PDF is the same bytes as one laid out on one thread, which lays out nothing ahead.
 */
class LayingAheadTest {
    private static final String AHEAD = "tei-edition-layout-ahead";
    private static final Path SLICE = Path.of("src", "test", "resources", "corpus", "frus1918Russiav03.xml");

    @Test
    void pagesLaidOutWhileTheFoIsWrittenGiveTheSamePdf() throws Exception {
        Recording oneThread = new Recording();
        byte[] alone = render(1, oneThread);
        assertFalse(oneThread.threads.contains(AHEAD), "laid out on " + oneThread.threads);
        // laying ahead gives way when the transformation ends first, as it may on a starved machine: a few tries
        Recording twoThreads = new Recording();
        for (int attempt = 0; attempt < 3 && !twoThreads.threads.contains(AHEAD); attempt++) {
            twoThreads = new Recording();
            assertArrayEquals(alone, render(2, twoThreads));
        }
        assertTrue(twoThreads.threads.contains(AHEAD), "laid out on " + twoThreads.threads);
    }

    private static byte[] render(int threads, PageStore store) throws Exception {
        Edition edition = Edition.create();
        PdfRenderer renderer = EditionStages.pdf(edition);
        renderer.layoutThreads(threads);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(edition.load(SLICE), out, Overflow.SHRINK, store);
        return out.toByteArray();
    }

    /** A store in memory that notes the threads its pages were laid out on. */
    private static final class Recording implements PageStore {
        private final Map<String, byte[]> entries = new ConcurrentHashMap<>();
        private final Set<String> threads = ConcurrentHashMap.newKeySet();

        @Override
        public Optional<byte[]> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public void put(String key, byte[] entry) {
            threads.add(Thread.currentThread().getName());
            entries.put(key, entry);
        }
    }
}

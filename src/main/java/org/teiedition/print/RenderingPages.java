// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.teiedition.store.PageStore;

/**
 * The page store of one rendering: the given store with an in-memory one in front (a page the overflow
 * passes lay out twice is read once), knowing which pages this rendering laid out itself, so that it can
 * tell how many of the PDF's pages were laid out and how many were taken from the store.
 */
final class RenderingPages implements PageStore {
    private final PageStore behind;
    private final Map<String, byte[]> memory = new ConcurrentHashMap<>();
    private final Set<String> laidOut = ConcurrentHashMap.newKeySet();

    RenderingPages(PageStore behind) {
        this.behind = behind;
    }

    @Override
    public Optional<byte[]> get(String key) {
        Optional<byte[]> known = Optional.ofNullable(memory.get(key));
        if (known.isEmpty()) {
            known = behind.get(key);
            known.ifPresent(entry -> memory.put(key, entry));
        }
        return known;
    }

    @Override
    public void put(String key, byte[] entry) throws IOException {
        memory.put(key, entry);
        laidOut.add(key);
        behind.put(key, entry);
    }

    /** Whether the page stored under {@code key} was laid out by this rendering. */
    boolean laidOut(String key) {
        return laidOut.contains(key);
    }
}

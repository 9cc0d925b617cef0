// SPDX-License-Identifier: Apache-2.0
package org.teiedition.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where what is made of each page is kept between publications, by a key naming all it is made from:
 * laid-out pages, by the digest of what each is laid out from, so that the next publication lays out
 * only the pages that changed; and the verifier's passing verdicts on them, so that it reads back only
 * those pages. Thread-safe.
 */
public interface PageStore {
    /** The entry stored under {@code key}, or empty. */
    Optional<byte[]> get(String key);

    void put(String key, byte[] entry) throws java.io.IOException;

    /**
     * The same store, for verdicts kept beside its entries (the verifier's and the line counts on pages): kept and
     * carried on like them, but not counted among the entries found and made.
     */
    default PageStore forVerdicts() {
        return this;
    }

    /** Whether the store keeps anything: a user may skip working out keys for one that does not. */
    default boolean keeps() {
        return true;
    }

    /** A store that keeps nothing: every entry is made, none is found. */
    static PageStore none() {
        return new PageStore() {
            @Override
            public Optional<byte[]> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, byte[] entry) {
            }

            @Override
            public boolean keeps() {
                return false;
            }
        };
    }

    /** A store that lasts as long as the object. */
    static PageStore inMemory() {
        Map<String, byte[]> entries = new ConcurrentHashMap<>();
        return new PageStore() {
            @Override
            public Optional<byte[]> get(String key) {
                return Optional.ofNullable(entries.get(key));
            }

            @Override
            public void put(String key, byte[] entry) {
                entries.put(key, entry);
            }
        };
    }
}

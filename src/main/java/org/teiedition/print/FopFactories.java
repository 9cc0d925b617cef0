// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fop.apps.FopFactory;

/**
 * FOP factories for layouts that run at once: one factory per running layout, since FOP reads its
 * configuration (a DOM, which is not safe to read from two threads) again for every document it
 * starts. A factory given back is used again.
 */
final class FopFactories {
    private final ConcurrentLinkedDeque<FopFactory> idle = new ConcurrentLinkedDeque<>();

    FopFactory borrow() {
        FopFactory factory = idle.pollFirst();
        return factory != null ? factory : FopSetup.newFactory();
    }

    void giveBack(FopFactory factory) {
        idle.addFirst(factory);
    }
}

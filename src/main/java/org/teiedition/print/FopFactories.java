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
    private final PdfFor pdfFor;

    FopFactories() {
        this(PdfFor.READER);
    }

    /** Factories for the PDF made for {@code pdfFor}. */
    FopFactories(PdfFor pdfFor) {
        this.pdfFor = pdfFor;
    }

    PdfFor pdfFor() {
        return pdfFor;
    }

    FopFactory borrow() {
        FopFactory factory = idle.pollFirst();
        return factory != null ? factory : FopSetup.newFactory(pdfFor);
    }

    void giveBack(FopFactory factory) {
        idle.addFirst(factory);
    }
}

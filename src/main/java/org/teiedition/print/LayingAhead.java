// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.teiedition.diag.InputException;

/**
 * Lays out pages at the design's size while the stylesheet is still writing the FO, on a thread beside it
 * (the transformation takes one core; the layouts wait for its end): each page as soon as its sequence is
 * written, if it is among the fullest {@code share} of the pages written so far, those the fit measures
 * first ({@link Fitting}). The pages go into the store, where the fit's first pass takes them; a page
 * laid out alone is the same as one laid out in a run ({@link PageLayout}), so only the time changes.
 */
final class LayingAhead implements AutoCloseable {
    private final PageLayout layout;
    private final double share;
    private final List<Long> weights = new ArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread worker = new Thread(task, "tei-edition-layout-ahead");
        worker.setDaemon(true);
        return worker;
    });
    private volatile boolean closed;

    /** @param share the share of the pages the fit measures first (1: all) */
    LayingAhead(PageLayout layout, double share) {
        this.layout = layout;
        this.share = share;
    }

    /** A page sequence written, with the FO written before the sequences. */
    void written(FoPages.Fo before, FoPages.Sequence sequence) {
        if (FoPages.Fo.index(sequence) <= 0 || !amongFullest(sequence.fullness())) {
            return;
        }
        FoPages.Fo page = new FoPages.Fo(before.rootStart(), before.prologue(), new byte[0], List.of(sequence), before.design());
        thread.execute(() -> {
            if (closed) {
                return;
            }
            try {
                layout.lay(page);
            } catch (InputException | IOException | RuntimeException e) {
                // the pass that needs the page lays it out again, and says what is wrong with it
            }
        });
    }

    /** Whether a page is among the fullest share of those written so far. */
    private boolean amongFullest(long weight) {
        weights.add(weight);
        long fuller = weights.stream().filter(other -> other > weight).count();
        return fuller < Math.ceil(weights.size() * share);
    }

    /** Lays out no more pages, and waits for the page being laid out to be stored. */
    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

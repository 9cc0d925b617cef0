// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.diag.InputException;
import org.teiedition.html.HtmlRenderer;

/**
 * The web edition of a publication, rendered on its own thread while the PDFs are made. Its output does
 * not depend on the PDFs (their links are written as if they were there; the publisher copies them in
 * afterwards), so the site has the same bytes as when it is made after them.
 */
final class WebStage {
    private final ExecutorService thread;
    private final Future<Long> nanos;

    private WebStage(ExecutorService thread, Future<Long> nanos) {
        this.thread = thread;
        this.nanos = nanos;
    }

    static WebStage start(HtmlRenderer renderer, List<XdmNode> trees, Path site) {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread worker = new Thread(task, "tei-edition-web");
            worker.setDaemon(true);
            return worker;
        });
        return new WebStage(thread, thread.submit(() -> {
            long started = System.nanoTime();
            renderer.render(trees, site, true);
            return System.nanoTime() - started;
        }));
    }

    /** Waits for the web edition; its failure is this call's. Returns how long it took, in nanoseconds. */
    long await() throws InputException, IOException {
        try {
            return nanos.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the web edition was made", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException input) {
                throw input;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (CancellationException e) {
            throw new IOException("the web edition was cancelled", e);
        }
    }

    /** Stops the work if it still runs and waits for the thread, so that nothing writes into a folder being removed. */
    void stop() {
        nanos.cancel(true);
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the web edition did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

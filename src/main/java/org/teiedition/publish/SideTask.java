// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.teiedition.diag.InputException;

/**
 * Work of a publication done on a thread of its own while the PDFs are laid out on the caller's (the web
 * edition, a file's EPUB): it needs the TEI only, so its output is the same as when made after them. Its
 * failure is the caller's when the caller awaits it.
 */
final class SideTask<T> {
    /** The work: gives its result or fails as a stage fails. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws InputException, IOException;
    }

    /** A result and the wall time it took. */
    record Timed<T>(T value, long nanos) {
    }

    private final ExecutorService thread;
    private final Future<Timed<T>> result;

    private SideTask(ExecutorService thread, Future<Timed<T>> result) {
        this.thread = thread;
        this.result = result;
    }

    static <T> SideTask<T> start(String name, Work<T> work) {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread worker = new Thread(task, name);
            worker.setDaemon(true);
            return worker;
        });
        return new SideTask<>(thread, thread.submit(() -> {
            long started = System.nanoTime();
            T value = work.run();
            return new Timed<>(value, System.nanoTime() - started);
        }));
    }

    /** Waits for the work; its failure is this call's. */
    Timed<T> await() throws InputException, IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for " + Thread.currentThread().getName());
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
            throw new IOException("the work was cancelled", e);
        }
    }

    /** Stops the work if it still runs and waits for its thread, so that nothing writes into a folder being removed. */
    void stop() {
        result.cancel(true);
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("work on a second thread did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

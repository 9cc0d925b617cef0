// SPDX-License-Identifier: Apache-2.0
package org.teiedition.concurrent;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.teiedition.diag.InputException;

/**
 * Work done on a thread of its own (a daemon, which ends with the work) while the caller does something
 * else: a publication's web edition and EPUBs beside its PDFs, a Schematron compiling while the file is
 * read. Its failure is the caller's when the caller awaits it.
 */
public final class SideTask<T> {
    /** The work: gives its result or fails as a stage fails. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws InputException, IOException;
    }

    /** A result and the wall time it took. */
    public record Timed<T>(T value, long nanos) {
    }

    private final ExecutorService thread;
    private final Future<Timed<T>> result;

    private SideTask(ExecutorService thread, Future<Timed<T>> result) {
        this.thread = thread;
        this.result = result;
    }

    public static <T> SideTask<T> start(String name, Work<T> work) {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread worker = new Thread(task, name);
            worker.setDaemon(true);
            return worker;
        });
        Future<Timed<T>> result = thread.submit(() -> {
            long started = System.nanoTime();
            T value = work.run();
            return new Timed<>(value, System.nanoTime() - started);
        });
        thread.shutdown(); // the thread ends with the work
        return new SideTask<>(thread, result);
    }

    /** Waits for the work; its failure is this call's. */
    public Timed<T> await() throws InputException, IOException {
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

    /** Whether the work has ended, in success or failure (never waits). */
    public boolean isDone() {
        return result.isDone();
    }

    /** Stops the work if it still runs and waits for its thread, so that nothing writes into a folder being removed. */
    public void stop() {
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

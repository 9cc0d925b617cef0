// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work done on a thread of its own (a daemon: an abandoned compilation never keeps the JVM alive), whose
 * result is waited for where it is needed; its I/O failure comes back as the {@link IOException} it was.
 */
final class Pending<T> {
    /** Work that may fail on I/O. */
    interface Work<T> {
        T run() throws IOException;
    }

    private final CompletableFuture<T> result;

    private Pending(CompletableFuture<T> result) {
        this.result = result;
    }

    static <T> Pending<T> start(String name, Work<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.run());
            } catch (IOException e) {
                result.completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "tei-edition " + name);
        thread.setDaemon(true);
        thread.start();
        return new Pending<>(result);
    }

    static <T> Pending<T> done(T value) {
        return new Pending<>(CompletableFuture.completedFuture(value));
    }

    T get() throws IOException {
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}

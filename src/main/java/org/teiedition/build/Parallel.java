// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/**
 * Runs independent tasks on a number of threads and gives their results in the tasks' order, so that
 * what follows does not depend on which finished first. Every task runs to its end; then the input
 * problems of all tasks are thrown together, in task order, else the first I/O or unexpected failure.
 */
final class Parallel {
    @FunctionalInterface
    interface Task<T> {
        T call() throws InputException, IOException;
    }

    private Parallel() {
    }

    static <T> List<T> run(int threads, List<Task<T>> tasks) throws InputException, IOException {
        List<Object> outcomes = new ArrayList<>();
        if (threads <= 1 || tasks.size() <= 1) {
            for (Task<T> task : tasks) {
                outcomes.add(attempt(task));
            }
        } else {
            AtomicInteger count = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), runnable -> {
                Thread thread = new Thread(runnable, "tei-edition-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Object>> futures = new ArrayList<>();
                for (Task<T> task : tasks) {
                    futures.add(pool.submit(() -> attempt(task)));
                }
                for (Future<Object> future : futures) {
                    outcomes.add(future.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a task failed outside its own handling", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return results(outcomes);
    }

    private static Object attempt(Task<?> task) {
        try {
            return new Done(task.call());
        } catch (InputException | IOException | RuntimeException | Error e) {
            return e;
        }
    }

    private record Done(Object value) {
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> results(List<Object> outcomes) throws InputException, IOException {
        List<Diagnostic> problems = new ArrayList<>();
        List<T> results = new ArrayList<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof IOException e) {
                throw e;
            } else if (outcome instanceof RuntimeException e) {
                throw e;
            } else if (outcome instanceof Error e) {
                throw e;
            } else if (outcome instanceof InputException e) {
                problems.addAll(e.diagnostics());
            } else {
                results.add((T) ((Done) outcome).value());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return results;
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.teiedition.publish.ProgressListener;

/**
 * Progress on a terminal: one line, redrawn in place ({@code \r}), for example
 * {@code publish: pdf 0/1 files, 0/374 pages (41 s)}; the seconds tick while a long stage runs. Cleared
 * when closed. Used only when the error stream is a terminal and {@code --quiet} is not given.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {
    private final PrintWriter err;
    private final String prefix;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private String current = "";
    private int width;

    TerminalProgress(PrintWriter err, String prefix) {
        this.err = err;
        this.prefix = prefix;
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tei-edition-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void progress(Progress progress) {
        current = progress.describe();
        draw();
    }

    /** Shows a free text, for example a benchmark's run. */
    synchronized void show(String text) {
        current = text;
        draw();
    }

    private synchronized void draw() {
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        String line = prefix + ": " + current + " (" + seconds + " s)";
        StringBuilder out = new StringBuilder("\r").append(line);
        for (int i = line.length(); i < width; i++) {
            out.append(' ');
        }
        width = line.length();
        err.print(out);
        err.flush();
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}

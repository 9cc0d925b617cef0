// SPDX-License-Identifier: Apache-2.0
package org.teiedition.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Work a run will need soon, done ahead on one background thread while the run does something else
 * (a publication compiles its stylesheets while the TEI is validated), or on a thread of its own for a
 * job that would hold up the rest (EPUBCheck's schemas).
 * The thread is a daemon, so work nobody came to need never keeps the JVM alive; whoever needs the
 * result waits for it or, if it has not begun, does it itself ({@link Stylesheets} compiles each
 * stylesheet once, whichever thread asks first).
 */
public final class Warmup {
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "tei-edition-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    private Warmup() {
    }

    /** Does {@code work} in the background, after what was asked before; its failure is left to whoever needs it. */
    public static void ahead(Runnable work) {
        THREAD.execute(quietly(work));
    }

    /**
     * Does {@code work} in the background on a daemon thread of its own, at once: for one job long enough
     * to hold up everything queued behind it (EPUBCheck's schemas take seconds, each stylesheet less).
     */
    public static void aside(String name, Runnable work) {
        Thread thread = new Thread(quietly(work), name);
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static Runnable quietly(Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                // the run meets the same failure (a bad stylesheet, no memory left) where it needs the
                // result, and reports it there, once
            }
        };
    }
}

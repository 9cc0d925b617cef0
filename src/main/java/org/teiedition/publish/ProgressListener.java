// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

/**
 * Told how far a publication has got, stage by stage: the command line draws it on a terminal, a build
 * tool may log it. Called on the publishing thread; an implementation must be quick and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {
    /** Tells nothing. */
    ProgressListener NONE = progress -> {
    };

    void progress(Progress progress);

    /**
     * A file of the edition is made and checked before the rest ({@code made}, in the folder being filled; its
     * name in the folder {@code name}): a caller that shows the edition while it is edited may put it in place
     * at once, before the publication ends. Called on the publishing thread.
     */
    default void ready(java.nio.file.Path made, String name) {
    }

    /**
     * One step: in {@code stage}, {@code done} of {@code total} {@code unit} are done, and, when the stage
     * counts pages too, {@code pagesDone} of {@code pages} (both 0 otherwise).
     */
    record Progress(String stage, int done, int total, String unit, int pagesDone, int pages) {
        /** For example {@code pdf 1/1 files, 374/374 pages}. */
        public String describe() {
            String text = stage + " " + done + "/" + total + " " + unit;
            return pages > 0 ? text + ", " + pagesDone + "/" + pages + " pages" : text;
        }
    }
}

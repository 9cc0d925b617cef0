// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

/** Progress of one document's stages: files done and pages done, across the publication. */
record DocumentProgress(ProgressListener listener, int index, int files, int pagesBefore, int pagesHere, int pages) {
    void started(String stage) {
        listener.progress(new ProgressListener.Progress(stage, index, files, "files", pagesBefore, pages));
    }

    /** The renderer and the verifier give no finer steps: a document's pages are done when its stage ends. */
    void finished(String stage) {
        listener.progress(new ProgressListener.Progress(stage, index + 1, files, "files", pagesBefore + pagesHere, pages));
    }
}

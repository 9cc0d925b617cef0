// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.ArrayList;
import java.util.List;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.Severity;

/** FOP's events of one rendering, as the toolkit's diagnostics (informational events are dropped). */
final class FopEvents implements EventListener {
    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Per diagnostic, the page sequence FOP was working on when it said it. */
    private final List<Integer> pages = new ArrayList<>();
    private int page = -1;
    private final MissingGlyphs missing = new MissingGlyphs();

    FopEvents(String file) {
        this.file = file;
    }

    @Override
    public synchronized void processEvent(Event event) {
        EventSeverity severity = event.getSeverity();
        if (severity == EventSeverity.INFO) {
            return;
        }
        if (event.getEventKey().equals("glyphNotAvailable") && event.getParam("ch") instanceof Character ch) {
            missing.add(ch); // an error of its own, with its place in the TEI
            return;
        }
        Severity level = severity == EventSeverity.WARN ? Severity.WARNING : Severity.ERROR;
        String message = "fop: " + EventFormatter.format(event).replaceAll("\\s+", " ").replaceAll(" ?\\(See position [0-9:]+\\)", "").strip();
        diagnostics.add(new Diagnostic(level, "pdf.fop." + event.getEventKey(), message, file, 0, 0));
        pages.add(page);
    }

    /** FOP now reads (and lays out) the page sequence {@code index} of its run, counted from 0. */
    synchronized void page(int index) {
        page = index;
    }

    /** What FOP said while it read or laid out the page sequence {@code index}. */
    synchronized List<Diagnostic> diagnostics(int index) {
        List<Diagnostic> of = new ArrayList<>();
        for (int i = 0; i < diagnostics.size(); i++) {
            if (pages.get(i) == index) {
                of.add(diagnostics.get(i));
            }
        }
        return of;
    }

    /** The characters no font of the chain has. */
    MissingGlyphs missingGlyphs() {
        return missing;
    }

    synchronized List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}

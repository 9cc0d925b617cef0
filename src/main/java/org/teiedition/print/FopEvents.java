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
    }

    /** The characters no font of the chain has. */
    MissingGlyphs missingGlyphs() {
        return missing;
    }

    synchronized List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}

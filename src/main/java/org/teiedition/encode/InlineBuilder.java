// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nu.xom.Element;

/**
 * Fills an element with a line's text, putting {@code pb} where its page markers stand and {@code note}
 * where its footnote calls stand. An inline marker's one following space belongs to the marker: the
 * text form writes a {@code pb} as {@code "[Page N] "} when text follows it in the line.
 */
final class InlineBuilder {
    private final List<String> footnotes;

    /** @param footnotes the footnote texts, in order of their calls */
    InlineBuilder(List<String> footnotes) {
        this.footnotes = List.copyOf(footnotes);
    }

    private record Event(int start, int end, Element element) {
    }

    void fill(Element target, Block block, List<NoteCall> calls) {
        String text = block.text();
        List<Event> events = new ArrayList<>();
        for (Marker marker : block.markers()) {
            int end = marker.end() < text.length() ? marker.end() + 1 : marker.end();
            events.add(new Event(marker.start(), end, Tei.pb(marker.page())));
        }
        for (NoteCall call : calls) {
            events.add(new Event(call.start(), call.end(), note(call)));
        }
        events.sort(Comparator.comparingInt(Event::start));
        int position = 0;
        for (Event event : events) {
            if (event.start() > position) {
                target.appendChild(text.substring(position, event.start()));
            }
            target.appendChild(event.element());
            position = event.end();
        }
        if (position < text.length()) {
            target.appendChild(text.substring(position));
        }
    }

    /** The line's text without its page markers and footnote calls (for the title). */
    static String plain(Block block, List<NoteCall> calls) {
        Element scratch = Tei.element("scratch");
        new InlineBuilder(List.of()).fillPlain(scratch, block, calls);
        return scratch.getValue();
    }

    private void fillPlain(Element target, Block block, List<NoteCall> calls) {
        List<NoteCall> bare = calls.stream().map(c -> new NoteCall(c.n(), -1, c.block(), c.start(), c.end())).toList();
        fill(target, block, bare);
    }

    private Element note(NoteCall call) {
        Element note = Tei.element("note", "n", Integer.toString(call.n()), "xml:id", "d1fn" + call.n());
        if (call.note() >= 0) {
            note.appendChild(footnotes.get(call.note()));
        }
        return note;
    }
}

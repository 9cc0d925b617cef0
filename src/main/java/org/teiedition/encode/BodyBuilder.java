// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.List;
import java.util.OptionalInt;
import nu.xom.Element;

/**
 * Builds {@code text/body/div[@type='document']} from the classified lines, in the order of the
 * edition's contract: first page break, source note, heading, the lines under it, paragraphs and page
 * breaks, closer.
 */
final class BodyBuilder {
    private final InlineBuilder inline;

    BodyBuilder(List<String> footnotes) {
        this.inline = new InlineBuilder(footnotes);
    }

    Element build(Transcript transcript, OptionalInt firstPage, List<NoteCall> calls) {
        Element text = Tei.element("text");
        Element body = Tei.add(text, Tei.element("body"));
        Element div = Tei.add(body, Tei.element("div", "type", "document", "xml:id", "d1"));
        firstPage.ifPresent(page -> div.appendChild(Tei.pb(page)));
        Element list = null;
        List<Block> blocks = transcript.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            final int index = b;
            List<NoteCall> here = calls.stream().filter(call -> call.block() == index).toList();
            Element element = switch (block.kind()) {
                case SOURCE -> Tei.element("note", "rend", "inline", "type", "source");
                case HEAD -> Tei.element("head");
                case SUBHEAD -> Tei.element("head", "type", "sub");
                case DATELINE -> Tei.element("dateline");
                case LIST_HEAD, LIST_RUN_IN, ITEM -> null;
                case P -> Tei.element("p");
                case PAGE -> null;
                case SIGNED -> Tei.element("signed");
            };
            switch (block.kind()) {
                case PAGE -> div.appendChild(Tei.pb(block.markers().get(0).page()));
                case LIST_HEAD -> {
                    list = Tei.add(div, Tei.element("list", "type", "participants"));
                    inline.fill(Tei.add(list, Tei.element("head")), block, here);
                }
                case ITEM -> inline.fill(Tei.add(list, Tei.element("item")), block, here);
                case LIST_RUN_IN -> runIn(div, block, here);
                case SIGNED -> {
                    inline.fill(element, block, here);
                    Tei.add(div, Tei.element("closer")).appendChild(element);
                }
                default -> inline.fill(Tei.add(div, element), block, here);
            }
        }
        return text;
    }

    /** {@code Participants: A, B} as a list whose head and single item share the line, one space apart. */
    private void runIn(Element div, Block block, List<NoteCall> calls) {
        Element list = Tei.add(div, Tei.element("list", "type", "participants", "rend", "run-in"));
        int colon = block.text().indexOf(':') + 1;
        Tei.add(list, Tei.text("head", block.text().substring(0, colon)));
        Line rest = new Line(block.line().number(), block.text().substring(colon + 1));
        int shift = colon + 1;
        List<Marker> markers = block.markers().stream()
                .map(m -> new Marker(m.page(), m.line(), m.column(), m.start() - shift, m.end() - shift)).toList();
        List<NoteCall> shifted = calls.stream()
                .map(c -> new NoteCall(c.n(), c.note(), c.block(), c.start() - shift, c.end() - shift)).toList();
        inline.fill(Tei.add(list, Tei.element("item")), new Block(Block.Kind.ITEM, rest, markers), shifted);
    }
}

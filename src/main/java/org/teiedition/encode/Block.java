// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.List;

/** One line of the text part of a transcription, classified, with the page markers inside it. */
record Block(Kind kind, Line line, List<Marker> markers) {

    enum Kind {
        /** the file number, TEI {@code note type="source"} */
        SOURCE,
        /** the heading, {@code head} */
        HEAD,
        /** a short line under the heading, {@code head type="sub"} */
        SUBHEAD,
        /** a place and date or a {@code [Received …]} line, {@code dateline} */
        DATELINE,
        /** {@code Participants:} alone on its line, the {@code head} of a list */
        LIST_HEAD,
        /** {@code Participants: …} on one line, a run-in list */
        LIST_RUN_IN,
        /** one participant, {@code item} */
        ITEM,
        /** a paragraph, {@code p} */
        P,
        /** a {@code [Page N]} line between paragraphs, a {@code pb} at div level */
        PAGE,
        /** the signature, {@code closer/signed} */
        SIGNED;

        /** Whether a footnote call may stand in a line of this kind. */
        boolean takesNotes() {
            return this != SOURCE && this != PAGE && this != SIGNED;
        }
    }

    Block {
        markers = List.copyOf(markers);
    }

    String text() {
        return line.text();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.List;
import java.util.Optional;

/**
 * A parsed transcription: the text lines in order, classified, and the footnote lines.
 *
 * @param opening      the {@code [Page N]} line that opens the document, if it has one
 * @param blocks       every line from the file number to the signature, page lines included
 * @param footnotes    the {@code - text↩} lines, in order
 * @param finalNewline whether the file ends with a line break
 */
record Transcript(Optional<Marker> opening, List<Block> blocks, List<Line> footnotes, boolean finalNewline) {
    Transcript {
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
    }

    /** The text of a footnote line, between {@code "- "} and {@code "↩"}. */
    static String footnoteText(Line line) {
        String text = line.text();
        return text.substring(2, text.length() - 1);
    }
}

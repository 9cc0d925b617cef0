// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.teiedition.encode.EncodeOptions;

/**
 * The pages of a transcription: the first page (from the option, an opening marker, or the first marker
 * minus one) and the markers, which must count up by one.
 *
 * @param first the first page, when known
 * @param last  the last page, when known
 */
record Pages(OptionalInt first, OptionalInt last) {

    static Pages check(Transcript transcript, EncodeOptions options, Problems problems) {
        List<Marker> markers = new ArrayList<>();
        transcript.blocks().forEach(block -> markers.addAll(block.markers()));
        OptionalInt first = options.firstPage();
        if (transcript.opening().isPresent()) {
            Marker opening = transcript.opening().get();
            if (first.isPresent() && first.getAsInt() != opening.page()) {
                problems.error("first-page", "the document opens with page \"" + opening.page() + "\" but the first page is given as \""
                        + first.getAsInt() + "\"", opening.line(), 1);
            }
            first = OptionalInt.of(opening.page());
        } else if (first.isEmpty() && !markers.isEmpty()) {
            Marker marker = markers.get(0);
            if (marker.page() == 1) {
                problems.error("first-page", "page marker \"[Page 1]\" does not open the document: the first page would be 0",
                        marker.line(), marker.column());
            }
            first = OptionalInt.of(marker.page() - 1);
        } else if (first.isEmpty()) {
            problems.warning("no-first-page",
                    "no first page: there is no \"[Page N]\" marker and no --first-page, so no page break opens the document", 1, 1);
            return new Pages(OptionalInt.empty(), OptionalInt.empty());
        }
        int previous = first.getAsInt();
        for (Marker marker : markers) {
            int column = marker.column();
            if (marker.page() <= previous) {
                problems.error("page-order", "page break \"" + marker.page() + "\" follows \"" + previous + "\": pages out of order",
                        marker.line(), column);
            } else if (marker.page() > previous + 1) {
                problems.error("page-missing", "page break \"" + marker.page() + "\" follows \"" + previous + "\": page "
                        + (previous + 1) + (marker.page() == previous + 2 ? " is" : "–" + (marker.page() - 1) + " are")
                        + " missing", marker.line(), column);
            }
            previous = marker.page();
        }
        return new Pages(first, OptionalInt.of(previous));
    }
}

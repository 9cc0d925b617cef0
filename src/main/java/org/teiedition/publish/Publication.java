// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.util.List;
import java.util.Map;

/**
 * A finished publication: its report (also in {@code report.json}), its timings ({@code timings.json}), and
 * which units it built (with why: {@code first build}, {@code TEI file memorandum.xml changed}, …) and which it
 * took unchanged from the earlier publication in the same folder ({@code NAME.pdf} for a TEI file's unit,
 * {@code html/} for the web edition), and per PDF built the folios of the pages it laid out, the others
 * being the earlier publication's ({@code laidOut}), and the EPUBs an edition being edited holds before
 * EPUBCheck has read them ({@code unchecked}, see {@link Publisher#check}).
 */
public record Publication(PublishReport report, PublishTimings timings, Map<String, String> why, List<String> reused,
        Map<String, List<String>> laidOut, List<UncheckedBook> unchecked) {
    public Publication {
        why = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(why));
        reused = List.copyOf(reused);
        laidOut = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(laidOut));
        unchecked = List.copyOf(unchecked);
    }

    /** A book in the published folder ({@code book}) and the store's entry of its unit, which marks it unchecked. */
    public record UncheckedBook(java.nio.file.Path book, java.nio.file.Path entry) {
        /** The book's file name. */
        public String name() {
            return book.getFileName().toString();
        }
    }

    /** The units built, in the order they were started. */
    public List<String> built() {
        return List.copyOf(why.keySet());
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

/** What a build makes, into the output folder. */
public enum Goal {
    /** Validates every document; writes nothing. */
    VALIDATE,
    /** Validates, then writes {@code NAME.pdf} per document. */
    PDF,
    /** Validates, then writes {@code NAME.epub} per document, checked with EPUBCheck. */
    EPUB,
    /** Validates, then writes the web edition of all documents into {@code html/}. */
    HTML,
    /**
     * Validates, then writes per document {@code NAME.xml}: the TEI with its pages, those of a first print
     * written in where the text has none of its own.
     */
    PAGINATE,
    /** Validates, then writes per document {@code NAME.xml}, {@code NAME.pdf} (verified), {@code NAME.epub}, {@code html/} and {@code report.json}. */
    PUBLISH
}

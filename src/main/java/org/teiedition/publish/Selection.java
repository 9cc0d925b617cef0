// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

/**
 * Which units a run of the {@link Publisher} makes: the whole edition, as {@code publish} does, or one
 * kind of output of every TEI file, as the single-output goals and commands do, or the check of one.
 */
public enum Selection {
    /** Every file validated; nothing written. */
    VALIDATION,
    /** {@code NAME.pdf} per TEI file. */
    PDF,
    /** {@code NAME.epub} per TEI file, checked with EPUBCheck. */
    EPUB,
    /** The web edition of all files, {@code html/}. */
    HTML,
    /** {@code NAME.xml} per TEI file: the text with its pages, a first print's written in where it has none. */
    PAGINATED_TEI,
    /** {@code NAME.txt} per TEI file: the transcription form; to nowhere, the text is given ({@link Made#texts}). */
    TEXT,
    /**
     * The output at the target's path (an EPUB by its extension, else a PDF) read back against its one TEI file
     * ({@link Made#readBack}); nothing written.
     */
    VERIFICATION,
    /** The whole publication, laid out as {@link OutputLayout} says, replacing the folder. */
    EDITION;

    /** The folder name of this selection's store beside the output folder. */
    String store() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.nio.file.Path;
import org.teiedition.io.InputFiles;

/**
 * Where a publication puts what, the one definition every driver uses: per TEI file {@code NAME.xml}
 * (the validated TEI), {@code NAME.pdf} and {@code NAME.epub}; {@code html/} (the web edition, with a copy of each PDF);
 * {@code report.json} and {@code timings.json}. {@code NAME} is the TEI file's name without its extension.
 */
public final class OutputLayout {
    public static final String SITE = "html";
    public static final String REPORT = "report.json";
    public static final String TIMINGS = "timings.json";

    private OutputLayout() {
    }

    /** The name a TEI file publishes under: its file name without the extension. */
    public static String baseName(Path tei) {
        return InputFiles.baseName(tei);
    }

    public static String pdf(Path tei) {
        return baseName(tei) + ".pdf";
    }

    public static String epub(Path tei) {
        return baseName(tei) + ".epub";
    }

    public static String xml(Path tei) {
        return baseName(tei) + ".xml";
    }

    /** The transcription form's file, which no publication holds: the {@code text} command's and {@link Selection#TEXT}'s. */
    public static String text(Path tei) {
        return baseName(tei) + ".txt";
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teiedition.diag.UsageException;

/**
 * Where a publication puts what, the one definition every driver uses: per TEI file {@code NAME.xml}
 * (the validated TEI) and {@code NAME.pdf}; {@code html/} (the web edition, with a copy of each PDF);
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
        String file = tei.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    public static String pdf(Path tei) {
        return baseName(tei) + ".pdf";
    }

    public static String xml(Path tei) {
        return baseName(tei) + ".xml";
    }

    /**
     * Refuses, before any work, files that would publish under the same name (the same file twice, or two
     * files of one name in different folders): one would overwrite the other.
     */
    public static void requireDistinctNames(List<Path> teiFiles) {
        Map<String, Path> seen = new HashMap<>();
        for (Path tei : teiFiles) {
            Path earlier = seen.putIfAbsent(baseName(tei), tei);
            if (earlier != null) {
                throw new UsageException(earlier.equals(tei)
                        ? tei + " is given twice"
                        : tei + " and " + earlier + " would both publish as " + baseName(tei) + ".pdf: rename one");
            }
        }
    }
}

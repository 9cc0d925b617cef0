// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.util.List;

/**
 * A finished publication: its report (also in {@code report.json}), its timings ({@code timings.json}), and
 * which units it built and which it took unchanged from the earlier publication in the same folder
 * ({@code NAME.pdf} for a TEI file's unit, {@code html/} for the web edition).
 */
public record Publication(PublishReport report, PublishTimings timings, List<String> built, List<String> reused) {
    public Publication {
        built = List.copyOf(built);
        reused = List.copyOf(reused);
    }
}

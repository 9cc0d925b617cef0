// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.util.Objects;
import java.util.Optional;
import org.teiedition.verify.LineQuality;
import org.teiedition.verify.PaginationReport;

/**
 * An output read back against its TEI file ({@link Selection#VERIFICATION}): its pages, source page by source page,
 * and for a PDF its set lines, told for a person to judge (they decide nothing).
 */
public record ReadBack(PaginationReport pagination, Optional<LineQuality.Report> lines) {
    public ReadBack {
        Objects.requireNonNull(pagination, "pagination");
        Objects.requireNonNull(lines, "lines");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.util.List;
import org.teiedition.render.PdfResult;
import org.teiedition.validate.ValidationReport;
import org.teiedition.verify.PaginationReport;

/** What {@code publish} did, written to {@code report.json}: per document, validation, PDF and pagination. */
public record PublishReport(List<DocumentReport> documents) {
    public PublishReport {
        documents = List.copyOf(documents);
    }

    public boolean ok() {
        return documents.stream().allMatch(DocumentReport::ok);
    }

    /** One TEI document's outcome; the output names are relative to the publication folder. */
    public record DocumentReport(String tei, String pdf, ValidationReport validation, PdfResult rendering,
            PaginationReport pagination) {
        public boolean ok() {
            return validation.isValid() && pagination.matches();
        }
    }
}

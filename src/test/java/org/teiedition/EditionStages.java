// SPDX-License-Identifier: Apache-2.0
package org.teiedition;

import org.teiedition.print.PdfRenderer;
import org.teiedition.web.HtmlRenderer;

/** The stages an {@link Edition} built, for the tests that run one on trees of their own: users go through the facade. */
public final class EditionStages {
    private EditionStages() {
    }

    public static PdfRenderer pdf(Edition edition) {
        return edition.pdfRenderer();
    }

    public static HtmlRenderer html(Edition edition) {
        return edition.htmlRenderer();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

/** Whom the PDF is made for: the same pages, finished for reading or for the printer. */
public enum PdfFor {
    /** The reader's PDF: the trimmed page, PDF/A-2b and PDF/UA-1, for screens, archives and assistive technology. */
    READER,
    /**
     * The printer's PDF: the same pages, tagged as the reader's (PDF/UA-1), on a sheet larger than the trim
     * with a bleed and crop marks, PDF/X-4 with a press output intent ({@link PressFinish}).
     */
    PRESS
}

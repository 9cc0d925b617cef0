// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.OptionalInt;

/**
 * Options of one encoding.
 *
 * @param firstPage the printed folio of the transcription's first page; when empty it is inferred from
 *                  the first {@code [Page N]} marker, and with no marker there is no first page break
 */
public record EncodeOptions(OptionalInt firstPage) {
    public EncodeOptions {
        if (firstPage.isPresent() && firstPage.getAsInt() < 1) {
            throw new IllegalArgumentException("the first page must be a positive number");
        }
    }

    public static EncodeOptions defaults() {
        return new EncodeOptions(OptionalInt.empty());
    }

    public static EncodeOptions firstPage(int page) {
        return new EncodeOptions(OptionalInt.of(page));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

/** What to do when a source page does not fit on one PDF page. Never reflow silently. */
public enum Overflow {
    /** Stop with an error naming the page and by how much it overflows. */
    FAIL,
    /** Re-set that page alone, smaller within declared bounds, and report the factor. */
    SHRINK
}

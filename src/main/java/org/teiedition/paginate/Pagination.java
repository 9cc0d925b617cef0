// SPDX-License-Identifier: Apache-2.0
package org.teiedition.paginate;

/** Where a print edition's pages come from. */
public enum Pagination {
    /** The text's own page breaks when it has any, else a first print: the text laid out into new pages. */
    AUTO,
    /** A first print whatever the text has: its page breaks are removed and new ones written. */
    NEW
}

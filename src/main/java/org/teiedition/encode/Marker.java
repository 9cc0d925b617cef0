// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

/**
 * A {@code [Page N]} marker: the page that begins there, and where the marker stands in its line
 * ({@code column} 1-based in code points; {@code start} and {@code end} are char offsets of the brackets, end
 * exclusive).
 */
record Marker(int page, int line, int column, int start, int end) {
}

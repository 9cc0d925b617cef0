// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

/**
 * A footnote call found in the text: the printed number {@code n}, in block {@code block} at chars
 * {@code start} (inclusive) to {@code end} (exclusive) of its line; {@code note} is the 0-based index of
 * its footnote line.
 */
record NoteCall(int n, int note, int block, int start, int end) {
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

/** One line of a transcription, without its line break; {@code number} is 1-based. */
record Line(int number, String text) {
}

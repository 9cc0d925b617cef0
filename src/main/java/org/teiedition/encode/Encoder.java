// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import org.teiedition.EncodeOptions;
import org.teiedition.diag.InputException;

/** Turns a transcription (DESIGN.md §5) into TEI with XOM. */
public final class Encoder {
    /**
     * @param transcription the file's bytes: must be UTF-8
     * @param file          the file's name, for messages
     */
    public Encoded encode(byte[] transcription, String file, EncodeOptions options) throws InputException {
        throw new UnsupportedOperationException("encoder: issue 9");
    }
}

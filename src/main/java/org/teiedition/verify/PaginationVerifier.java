// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.io.IOException;
import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;

/** Reads a PDF back with PDFBox and proves its pagination against the TEI. */
public final class PaginationVerifier {
    public PaginationReport verify(Path pdf, XdmNode tei) throws IOException {
        throw new UnsupportedOperationException("verify: issue 4");
    }
}

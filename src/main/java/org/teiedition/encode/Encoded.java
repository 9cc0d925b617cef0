// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.List;
import nu.xom.Document;
import org.teiedition.diag.Diagnostic;

/**
 * The TEI made from a transcription, and the warnings about choices the encoder made (an ambiguous
 * note call it resolved, a first page it could not know).
 */
public record Encoded(Document document, List<Diagnostic> warnings) {
    public Encoded {
        warnings = List.copyOf(warnings);
    }

    /** The TEI as an XML file's content. */
    public String toXml() {
        return TeiSerializer.toXml(document);
    }
}

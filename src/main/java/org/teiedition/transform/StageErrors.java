// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import net.sf.saxon.s9api.Location;
import net.sf.saxon.s9api.XmlProcessingError;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.Severity;

/** Turns Saxon's errors into the toolkit's diagnostics. */
public final class StageErrors {
    private StageErrors() {
    }

    public static Diagnostic of(XmlProcessingError error) {
        Location location = error.getLocation();
        String file = location == null || location.getSystemId() == null ? "" : location.getSystemId();
        int line = location == null ? 0 : Math.max(0, location.getLineNumber());
        int column = location == null ? 0 : Math.max(0, location.getColumnNumber());
        String code = error.getErrorCode() == null ? "xslt" : "xslt." + error.getErrorCode().getLocalName();
        return new Diagnostic(error.isWarning() ? Severity.WARNING : Severity.ERROR, code,
                error.getMessage(), file, line, column);
    }
}

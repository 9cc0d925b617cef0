// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.Severity;
import org.teiedition.transform.XmlMessages;
import org.xml.sax.SAXParseException;

/** The validator's messages, in one place: lower case, one line, places as the user's file names them. */
final class Messages {
    private Messages() {
    }

    static String clean(String message) {
        return XmlMessages.clean(message == null ? "unknown problem" : message);
    }

    static Diagnostic at(boolean error, String code, String file, SAXParseException e) {
        return new Diagnostic(error ? Severity.ERROR : Severity.WARNING, code, clean(e.getMessage()), file,
                Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()));
    }

    static Diagnostic malformed(String file, String message, int line, int column) {
        return Diagnostic.error("xml.malformed", clean(message), file, Math.max(0, line), Math.max(0, column));
    }

    static Diagnostic unsupportedSchema(String schema) {
        return Diagnostic.error("schema.unsupported",
                "schema \"" + schema + "\" is neither RELAX NG (.rng, .rnc) nor Schematron (.sch)", schema, 0, 0);
    }
}

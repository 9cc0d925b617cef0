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

    private static final java.util.regex.Pattern DUPLICATE_ID = java.util.regex.Pattern.compile("ID (\"[^\"]*\") has already been defined\\.?");
    private static final java.util.regex.Pattern FIRST_ID = java.util.regex.Pattern.compile("first occurrence of ID (\"[^\"]*\")\\.?");

    /** Jing's message at its place; its ID messages in the edition's words (an xml:id used twice). */
    static Diagnostic at(boolean error, String code, String file, SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        Severity severity = error ? Severity.ERROR : Severity.WARNING;
        java.util.regex.Matcher duplicate = DUPLICATE_ID.matcher(message);
        java.util.regex.Matcher first = FIRST_ID.matcher(message);
        if (duplicate.matches()) {
            message = "xml:id " + duplicate.group(1) + " is used twice: an xml:id must be unique in the document";
        } else if (first.matches()) {
            message = "xml:id " + first.group(1) + " is first used here";
            severity = Severity.WARNING;
        }
        return new Diagnostic(severity, code, clean(message), file,
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

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import java.nio.file.Path;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.xml.SafeXml;
import net.sf.saxon.trans.XPathException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Parses a TEI file into a Saxon tree through {@link SafeXml}, with line numbers kept for messages. */
public final class TeiLoader {
    private final Processor processor;

    public TeiLoader(Processor processor) {
        this.processor = processor;
    }

    public XdmNode load(Path file) throws InputException {
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        InputSource input = new InputSource(file.toUri().toString());
        try {
            return builder.build(new SAXSource(SafeXml.newReader(), input));
        } catch (SaxonApiException e) {
            throw new InputException(malformed(file, e));
        }
    }

    /** The parser's complaint, at its place in the file. */
    static Diagnostic malformed(Path file, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException parse) {
                return at(file, parse.getMessage(), parse.getLineNumber(), parse.getColumnNumber());
            }
            if (cause instanceof XPathException xpath && xpath.getLocator() != null) {
                return at(file, xpath.getMessage(), xpath.getLocator().getLineNumber(), xpath.getLocator().getColumnNumber());
            }
        }
        return at(file, String.valueOf(failure.getMessage()), 0, 0);
    }

    private static Diagnostic at(Path file, String message, int line, int column) {
        String text = message.replaceFirst("^(SXXP\\d+\\s+)?Error reported by XML parser:\\s*", "");
        return Diagnostic.error("xml.malformed", XmlMessages.clean(text), file.toString(), Math.max(0, line), Math.max(0, column));
    }
}

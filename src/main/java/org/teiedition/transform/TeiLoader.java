// SPDX-License-Identifier: Apache-2.0
package org.teiedition.transform;

import java.io.CharConversionException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.trans.XPathException;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.xml.DepthGuard;
import org.teiedition.xml.SafeXml;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Parses a TEI file into a Saxon tree through {@link SafeXml}, with line numbers kept for messages. A
 * document nested deeper than {@link DepthGuard#MAX_DEPTH} elements is refused.
 */
public final class TeiLoader {
    private final Processor processor;

    public TeiLoader(Processor processor) {
        this.processor = processor;
    }

    public XdmNode load(Path file) throws InputException {
        InputSource input = new InputSource(file.toUri().toString());
        DepthGuard guard = new DepthGuard(SafeXml.newReader());
        try {
            return builder(file).build(new SAXSource(guard, input));
        } catch (SaxonApiException e) {
            throw new InputException(malformed(file, e, guard.locator()));
        }
    }

    /**
     * The tree of a file's new contents, not yet written (a first print's text with its page breaks):
     * parsed as {@link #load(Path)} parses the file, messages naming the file.
     */
    public XdmNode load(byte[] contents, Path file) throws InputException {
        InputSource input = new InputSource(new java.io.ByteArrayInputStream(contents));
        input.setSystemId(file.toUri().toString());
        DepthGuard guard = new DepthGuard(SafeXml.newReader());
        try {
            return builder(file).build(new SAXSource(guard, input));
        } catch (SaxonApiException e) {
            throw new InputException(malformed(file, e, guard.locator()));
        }
    }

    /**
     * The tree of a file read through {@code reader} (a filter over a {@link DepthGuard} and {@link SafeXml}
     * of the caller's, which sees the same parse), with line numbers as {@link #load} keeps them.
     */
    public XdmNode load(XMLReader reader, Path file) throws SaxonApiException {
        return builder(file).build(new SAXSource(reader, new InputSource(file.toUri().toString())));
    }

    private DocumentBuilder builder(Path file) {
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        builder.setBaseURI(file.toUri());
        return builder;
    }

    /** The parser's complaint, at its place in the file. */
    static Diagnostic malformed(Path file, Throwable failure) {
        return malformed(file, failure, null);
    }

    private static Diagnostic malformed(Path file, Throwable failure, Locator last) {
        int line = last == null ? 0 : last.getLineNumber();
        int column = last == null ? 0 : last.getColumnNumber();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException parse) {
                if (parse.getLineNumber() > 0) {
                    return at(file, parse.getMessage(), parse.getLineNumber(), parse.getColumnNumber());
                }
                // the parser has no place yet while it reads the XML declaration, which is on line 1
                return at(file, parse.getMessage(), Math.max(1, line), line > 0 ? column : 0);
            }
            if (cause instanceof XPathException xpath && xpath.getLocator() != null
                    && xpath.getLocator().getLineNumber() > 0) {
                return at(file, xpath.getMessage(), xpath.getLocator().getLineNumber(), xpath.getLocator().getColumnNumber());
            }
            if (cause instanceof UnsupportedEncodingException encoding) {
                return at(file, "unsupported encoding \"" + encoding.getMessage() + "\"", line, column);
            }
            if (cause instanceof CharConversionException || cause instanceof CharacterCodingException) {
                return at(file, "the bytes do not match the declared encoding: " + cause.getMessage(), line, column);
            }
            if (cause instanceof SAXException sax && sax.getMessage() != null && sax.getCause() == null) {
                // refused by SafeXml (entity declarations): no position of its own, the parser's last one
                return at(file, sax.getMessage(), line, column);
            }
        }
        return at(file, String.valueOf(failure.getMessage()), line, column);
    }

    private static Diagnostic at(Path file, String message, int line, int column) {
        String text = message.replaceFirst("^(SXXP\\d+\\s+)?Error reported by XML parser:\\s*", "");
        return Diagnostic.error("xml.malformed", XmlMessages.clean(text), file.toString(), Math.max(0, line), Math.max(0, column));
    }
}

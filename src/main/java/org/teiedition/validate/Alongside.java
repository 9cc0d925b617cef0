// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A filter that shows every content event of one parse to the RELAX NG validator before passing it on to
 * whoever reads through the filter (the tree builder), so that a file is parsed once for both. The parser's
 * errors go to the given handler, whoever reads.
 */
final class Alongside extends XMLFilterImpl {
    private final ContentHandler validator;
    private final ErrorHandler errors;

    Alongside(XMLReader parent, ContentHandler validator, ErrorHandler errors) {
        super(parent);
        this.validator = validator;
        this.errors = errors;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        validator.setDocumentLocator(locator);
        super.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        validator.startDocument();
        super.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        validator.endDocument();
        super.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        validator.startPrefixMapping(prefix, uri);
        super.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        validator.endPrefixMapping(prefix);
        super.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        validator.startElement(uri, localName, qName, atts);
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        validator.endElement(uri, localName, qName);
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        validator.characters(ch, start, length);
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        validator.ignorableWhitespace(ch, start, length);
        super.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        validator.processingInstruction(target, data);
        super.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        validator.skippedEntity(name);
        super.skippedEntity(name);
    }

    @Override
    public void warning(SAXParseException e) throws SAXException {
        errors.warning(e);
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        errors.error(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        errors.fatalError(e);
    }
}

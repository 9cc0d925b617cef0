// SPDX-License-Identifier: Apache-2.0
package org.teiedition.xml;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Refuses a document nested deeper than {@link #MAX_DEPTH} elements (the stylesheets recurse once per
 * level, and no edition needs that depth), and keeps the parser's locator for errors that come without a
 * place of their own.
 */
public final class DepthGuard extends XMLFilterImpl {
    /** The deepest element nesting accepted; TEI editions use a few dozen levels at most. */
    public static final int MAX_DEPTH = 1000;

    private Locator locator;
    private int depth;

    public DepthGuard(XMLReader parent) {
        super(parent);
    }

    /** The parser's last position, or {@code null} before it has one. */
    public Locator locator() {
        return locator;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (++depth > MAX_DEPTH) {
            throw new SAXParseException("elements are nested more than " + MAX_DEPTH + " deep (\"" + qName
                    + "\"): the document is refused", locator);
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        super.endElement(uri, localName, qName);
    }
}

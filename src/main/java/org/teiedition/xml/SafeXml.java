// SPDX-License-Identifier: Apache-2.0
package org.teiedition.xml;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The one way this toolkit parses XML: namespace-aware, no DTD or external entity ever loaded, no
 * XInclude, entity expansion bounded, and a document that declares entities refused outright. Every
 * stage (encode, validate, transform, render, verify) gets its readers from here.
 */
public final class SafeXml {
    /** The message a refused entity declaration carries; tests and callers may match on it. */
    public static final String ENTITY_DECLARATION_REFUSED =
            "the document declares entities in its DOCTYPE: entity declarations are not allowed";

    private static final SAXParserFactory FACTORY = newFactory();

    private SafeXml() {
    }

    /** A new, secure, namespace-aware reader. Readers are not thread-safe: take one per parse. */
    public static XMLReader newReader() {
        try {
            XMLReader reader = FACTORY.newSAXParser().getXMLReader();
            setFeature(reader, "http://xml.org/sax/features/external-general-entities", false);
            setFeature(reader, "http://xml.org/sax/features/external-parameter-entities", false);
            setFeature(reader, "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity \"" + systemId + "\" refused: nothing is loaded from outside the document");
            });
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", new RefuseEntities());
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be configured securely", e);
        }
    }

    private static SAXParserFactory newFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/namespace-prefixes", false);
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the XML parser does not support secure processing", e);
        }
        return factory;
    }

    private static void setFeature(XMLReader reader, String feature, boolean value) {
        try {
            reader.setFeature(feature, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the XML parser lacks feature " + feature, e);
        }
    }

    /** An input source that yields nothing, for places that must answer a request without loading it. */
    public static InputSource emptySource() {
        return new InputSource(new StringReader(""));
    }

    /** Refuses the first entity declaration: internal ones (billion laughs) and external ones alike. */
    private static final class RefuseEntities extends DefaultHandler2 implements DeclHandler {
        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new SAXException(ENTITY_DECLARATION_REFUSED + " (\"" + name + "\")");
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new SAXException(ENTITY_DECLARATION_REFUSED + " (\"" + name + "\")");
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId)
                throws SAXException, IOException {
            throw new SAXException("external entity \"" + systemId + "\" refused");
        }
    }
}

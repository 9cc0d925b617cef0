// SPDX-License-Identifier: Apache-2.0
package org.teiedition.xml;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The one way this toolkit parses XML: namespace-aware, no DTD or external entity ever loaded, no
 * XInclude, entity expansion bounded, and a document that declares entities refused outright. Every
 * stage (encode, validate, transform, render, verify) gets its readers from here; Saxon gets them too, as
 * its source parser ({@link Reader}) and through {@link SafeResources} for {@code doc()} and {@code document()}.
 *
 * <p>A DOCTYPE without entity declarations (a bare {@code <!DOCTYPE TEI>} or one naming an external DTD)
 * is accepted, and the DTD is not read.
 */
public final class SafeXml {
    /** The message a refused entity declaration carries; tests and callers may match on it. */
    public static final String ENTITY_DECLARATION_REFUSED =
            "the document declares entities in its DOCTYPE: entity declarations are not allowed";

    private static final String DECLARATION_HANDLER = "http://xml.org/sax/properties/declaration-handler";
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
            setOptionalProperty(reader, XMLConstants.ACCESS_EXTERNAL_DTD, "");
            setOptionalProperty(reader, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setEntityResolver(REFUSE);
            reader.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // a fatal error is thrown, never printed
            reader.setProperty(DECLARATION_HANDLER, new RefuseEntities());
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be configured securely", e);
        }
    }

    /** A source for Saxon or JAXP that parses the file with a secure reader. */
    public static SAXSource source(Path file) {
        return source(new InputSource(file.toUri().toString()));
    }

    public static SAXSource source(InputSource input) {
        return new SAXSource(newReader(), input);
    }

    private static SAXParserFactory newFactory() {
        // the JDK's own parser, whatever else is on the class path (EPUBCheck brings Apache Xerces, whose
        // messages and locations differ): the same input gives the same diagnostics
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            // secure processing bounds entity expansion, element depth and attribute counts
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

    private static void setOptionalProperty(XMLReader reader, String property, Object value) {
        try {
            reader.setProperty(property, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // a parser without the JAXP 1.5 properties: the features above already keep it from loading anything
        }
    }

    private static final EntityResolver REFUSE = (publicId, systemId) -> {
        throw new SAXException("external entity \"" + systemId + "\" refused: nothing is loaded from outside the document");
    };

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

    /**
     * A secure reader with a public no-argument constructor, for libraries that take a parser class by
     * name (Saxon's source parser). Whatever the library sets, entities stay refused.
     */
    public static final class Reader extends XMLFilterImpl {
        public Reader() {
            super(newReader());
        }

        @Override
        public void setEntityResolver(EntityResolver resolver) {
            // keep refusing: a caller's resolver could load what the document names
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new SAXException("external entity \"" + systemId + "\" refused: nothing is loaded from outside the document");
        }

        @Override
        public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
            if (!DECLARATION_HANDLER.equals(name)) {
                super.setProperty(name, value);
            }
        }

        @Override
        public void setFeature(String name, boolean value) throws SAXNotRecognizedException, SAXNotSupportedException {
            if (name.contains("external-general-entities") || name.contains("external-parameter-entities")
                    || name.contains("load-external-dtd") || name.endsWith("/xinclude")) {
                return;
            }
            super.setFeature(name, value);
        }
    }
}

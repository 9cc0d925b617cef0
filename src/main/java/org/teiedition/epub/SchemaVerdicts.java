// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import com.adobe.epubcheck.xml.XMLValidator;
import com.thaiopensource.util.PropertyMap;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.teiedition.store.Hashes;
import org.teiedition.store.PageStore;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * EPUBCheck's validation of a content document against one of its schemas, kept when it passed. The
 * verdict is a function of the schema and of the document's bytes (its path in the book too, to be
 * safe): a document that passed a schema passes it again, so the next check of a book leaves the
 * documents it has seen out of that schema's validation and runs everything else of EPUBCheck (the
 * package, the navigation, links and identifiers across the book, its own checks of every document) as
 * always. That validation is most of EPUBCheck's time on a book of hundreds of documents, in which an
 * edit changes one or two. Only passing verdicts are kept; a document that changed, or that had any
 * error or warning, is validated.
 *
 * <p>The verdicts are kept in the store a book is checked with ({@link #during}), on the checking thread;
 * without one, the schemas validate every document.
 */
public final class SchemaVerdicts {
    private static final ThreadLocal<Book> CHECKING = new ThreadLocal<>();
    private static final byte[] PASSED = "passed\n".getBytes(StandardCharsets.US_ASCII);

    private SchemaVerdicts() {
    }

    /** Work that checks {@code book}, with the verdicts kept in {@code store}. */
    interface Check<T> {
        T run() throws IOException;
    }

    static <T> T during(Path book, PageStore store, Check<T> check) throws IOException {
        if (store == null) {
            return check.run();
        }
        try (ZipFile zip = new ZipFile(book.toFile())) {
            CHECKING.set(new Book(zip, store));
            return check.run();
        } finally {
            CHECKING.remove();
        }
    }

    /**
     * Compiles one of EPUBCheck's schemas ({@code name}: its constant in {@code XMLValidators}); one that
     * validates content documents (XHTML, SVG) leaves out, while a book is checked with a store, the
     * documents it passed before.
     */
    public static XMLValidator compile(String name, String schema, boolean normative) {
        if (!name.startsWith("XHTML_") && !name.startsWith("SVG_")) {
            return new XMLValidator(schema, normative);
        }
        return new XMLValidator(schema, normative) {
            private final Schema keeping = keeping(name, super.getSchema());

            @Override
            public Schema getSchema() {
                return keeping;
            }
        };
    }

    private static Schema keeping(String name, Schema schema) {
        return new Schema() {
            @Override
            public Validator createValidator(PropertyMap properties) {
                Book book = CHECKING.get();
                return book == null ? schema.createValidator(properties) : new Keeping(name, schema, properties, book);
            }

            @Override
            public PropertyMap getProperties() {
                return schema.getProperties();
            }
        };
    }

    /** The book being checked: its entries' digests, read as validations ask for them, and the store. */
    private static final class Book {
        private final ZipFile zip;
        private final PageStore store;
        private final Map<String, String> digests = new ConcurrentHashMap<>();

        Book(ZipFile zip, PageStore store) {
            this.zip = zip;
            this.store = store;
        }

        /** The verdict's key, or null for a document that is not an entry of the book. */
        String key(String schema, String systemId) {
            String entry = entry(systemId);
            if (entry == null || zip.getEntry(entry) == null) {
                return null;
            }
            String digest = digests.computeIfAbsent(entry, this::digest);
            return "epubcheck-" + Hashes.of(EpubChecker.version() + "\n" + schema + "\n" + entry + "\n" + digest);
        }

        private String digest(String entry) {
            ZipEntry found = zip.getEntry(entry);
            try (InputStream in = zip.getInputStream(found)) {
                return Hashes.of(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** EPUBCheck names a document by a URL whose path is the entry's ({@code https://ID.epubcheck.w3c.org/EPUB/d1.xhtml}). */
        private static String entry(String systemId) {
            if (systemId == null) {
                return null;
            }
            try {
                String path = new URI(systemId).getPath();
                return path == null || path.length() < 2 ? null : path.substring(1);
            } catch (URISyntaxException e) {
                return null;
            }
        }
    }

    /** One document's validation: skipped when its verdict is kept; else run, and kept when it passes. */
    private static final class Keeping implements Validator {
        private final Validator validator;
        private final Filter filter;

        Keeping(String schema, Schema compiled, PropertyMap properties, Book book) {
            filter = new Filter(schema, book);
            filter.setErrorHandler(properties.get(ValidateProperty.ERROR_HANDLER));
            PropertyMapBuilder counting = new PropertyMapBuilder(properties);
            counting.put(ValidateProperty.ERROR_HANDLER, filter);
            validator = compiled.createValidator(counting.toPropertyMap());
            filter.setContentHandler(validator.getContentHandler());
        }

        @Override
        public ContentHandler getContentHandler() {
            return filter;
        }

        @Override
        public DTDHandler getDTDHandler() {
            return validator.getDTDHandler();
        }

        @Override
        public void reset() {
            validator.reset();
            filter.setContentHandler(validator.getContentHandler());
        }
    }

    /**
     * Passes a document's events to the schema's validator, or none of them when its verdict is kept, and
     * its validator's messages on to EPUBCheck, noting that there were some.
     */
    private static final class Filter extends XMLFilterImpl {
        private final String schema;
        private final Book book;
        private Locator locator;
        private String key;
        private boolean problems;

        Filter(String schema, Book book) {
            this.schema = schema;
            this.book = book;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            key = locator == null ? null : book.key(schema, locator.getSystemId());
            problems = false;
            if (key != null && book.store.get(key).isPresent()) {
                setContentHandler(null); // passed before: nothing to validate
            }
            super.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            boolean validated = getContentHandler() != null;
            super.endDocument();
            if (validated && key != null && !problems) {
                try {
                    book.store.put(key, PASSED);
                } catch (IOException e) {
                    // a verdict not kept is a validation run again next time
                }
            }
        }

        @Override
        public void warning(SAXParseException exception) throws SAXException {
            problems = true;
            super.warning(exception);
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            problems = true;
            super.error(exception);
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            problems = true;
            super.fatalError(exception);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.validate.prop.rng.RngProperty;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.transform.TeiLoader;
import org.teiedition.xml.DepthGuard;
import org.teiedition.xml.SafeXml;
import org.xml.sax.Locator;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** A compiled RELAX NG schema (XML or compact syntax), run by Jing. Immutable and thread-safe. */
final class RelaxNg {
    private final Schema schema;

    private RelaxNg(Schema schema) {
        this.schema = schema;
    }

    /**
     * Compiles a schema.
     *
     * @param systemId the schema's URI (a file or a resource of the toolkit)
     * @param label    how messages name the schema
     * @throws InputException when the schema itself is wrong, with Jing's messages at their places
     */
    static RelaxNg compile(String systemId, String label, boolean compact) throws InputException, IOException {
        Collector problems = new Collector(label, "schema.invalid");
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, problems);
        properties.put(ValidateProperty.XML_READER_CREATOR, SafeXml::newReader);
        RngProperty.CHECK_ID_IDREF.add(properties); // duplicate xml:id values are errors
        SchemaReader reader = compact ? CompactSchemaReader.getInstance() : SAXSchemaReader.getInstance();
        try {
            return new RelaxNg(reader.createSchema(new InputSource(systemId), properties.toPropertyMap()));
        } catch (IncorrectSchemaException | SAXException e) {
            if (problems.found.isEmpty()) {
                problems.found.add(Diagnostic.error("schema.invalid", Messages.clean(e.getMessage()), label, 0, 0));
            }
            throw new InputException(problems.found);
        }
    }

    /**
     * Validates one file while {@code loader} builds its tree from the same parse (through {@link SafeXml}
     * and a {@link DepthGuard}), so the file is read once. Returns every problem and the tree; a file that
     * is not well-formed yields the parser's one error, {@code wellFormed} false and no tree.
     */
    Result validate(Path file, TeiLoader loader) throws IOException {
        String label = file.toString();
        Collector problems = new Collector(label, "rng.invalid");
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, problems);
        com.thaiopensource.validate.Validator validator = schema.createValidator(properties.toPropertyMap());
        DepthGuard guard = new DepthGuard(SafeXml.newReader());
        Alongside reader = new Alongside(guard, validator.getContentHandler(), new ParserErrors(label, problems.found));
        Throwable failure;
        try {
            XdmNode tree = loader.load(reader, file);
            return new Result(problems.found, tree);
        } catch (SaxonApiException e) {
            failure = e;
        }
        while (failure.getCause() != null && !(failure instanceof SAXException) && !(failure instanceof IOException)) {
            failure = failure.getCause();
        }
        if (failure instanceof SAXParseException e) {
            problems.found.add(Messages.malformed(label, e.getMessage(), e.getLineNumber(), e.getColumnNumber()));
        } else if (failure instanceof java.io.UnsupportedEncodingException || failure instanceof java.io.CharConversionException) {
            problems.found.add(encoding(label, (IOException) failure));
        } else if (failure instanceof IOException e) {
            throw e;
        } else {
            Locator at = guard.locator();
            problems.found.add(Messages.malformed(label, failure.getMessage(),
                    at == null ? 0 : Math.max(0, at.getLineNumber()), at == null ? 0 : Math.max(0, at.getColumnNumber())));
        }
        return new Result(problems.found.stream().filter(d -> d.code().equals("xml.malformed")).toList(), null);
    }

    /** The file's bytes cannot be read in its declared (or detected) encoding: a problem of the file. */
    private static Diagnostic encoding(String label, IOException e) {
        return Messages.malformed(label, "the file cannot be read in its encoding: " + e.getMessage(), 1, 0);
    }

    /** The problems found, and the file's tree when it is well-formed ({@code null} when not). */
    record Result(List<Diagnostic> diagnostics, XdmNode tree) {
        boolean wellFormed() {
            return tree != null;
        }
    }

    /** Jing's errors, each at its place. */
    private static final class Collector implements org.xml.sax.ErrorHandler {
        final List<Diagnostic> found = new ArrayList<>();
        private final String label;
        private final String code;

        Collector(String label, String code) {
            this.label = label;
            this.code = code;
        }

        @Override
        public void warning(SAXParseException e) {
            found.add(Messages.at(false, code, label, e));
        }

        @Override
        public void error(SAXParseException e) {
            found.add(Messages.at(true, code, label, e));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }

    /** The parser's own recoverable errors are errors; its fatal ones stop the parse. */
    private record ParserErrors(String label, List<Diagnostic> found) implements org.xml.sax.ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // the parser's warnings (an unread DTD) say nothing about the document's validity
        }

        @Override
        public void error(SAXParseException e) {
            found.add(Messages.at(true, "xml.malformed", label, e));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}

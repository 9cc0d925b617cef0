// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import com.thaiopensource.validate.Option;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.SchemaReaderFactory;
import com.thaiopensource.validate.schematron.NewSaxonSchemaReaderFactory;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jing's Schematron reader (on Saxon), made once per kind of Schematron and used for every schema. Jing makes a
 * new reader for each schema it reads, and a reader compiles Schematron's own stylesheet and grammar when it is
 * made: EPUBCheck's first check reads some twenty Schematron schemas, and compiled them as often. A reader keeps
 * nothing of a schema it has read (each schema is compiled with the properties it is read with), so one serves
 * all. Registered as a service ahead of Jing's own factories, which it delegates to; kinds of schema it does not
 * read (RELAX NG, NVDL, W3C XML Schema) go on to the next factory.
 */
public final class SchematronReaders implements SchemaReaderFactory {
    private static final SchemaReaderFactory JING = new NewSaxonSchemaReaderFactory();
    private static final ConcurrentHashMap<String, Optional<SchemaReader>> READERS = new ConcurrentHashMap<>();

    @Override
    public SchemaReader createSchemaReader(String namespaceUri) {
        return READERS.computeIfAbsent(namespaceUri, uri -> Optional.ofNullable(JING.createSchemaReader(uri))).orElse(null);
    }

    @Override
    public Option getOption(String uri) {
        return JING.getOption(uri);
    }
}

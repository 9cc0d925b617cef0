// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.teiedition.transform.SaxonSetup;

/**
 * The toolkit validates with its Schematron transpiled when it was built: that XSLT must be what the
 * schema in the project transpiles to now, or validation would run rules the schema no longer has.
 */
class SchematronToXsltTest {
    @Test
    void theShippedXsltIsTheSchemaTranspiled() throws Exception {
        URL shipped = getClass().getClassLoader().getResource("schema/edition-sch.xsl");
        assertNotNull(shipped, "the build writes schema/edition-sch.xsl");
        String built;
        try (InputStream in = shipped.openStream()) {
            built = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String now = SchematronToXslt.xslt(SaxonSetup.newProcessor(), Path.of("schema/edition.sch").toUri().toString());
        assertEquals(now, built);
    }
}

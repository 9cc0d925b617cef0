// SPDX-License-Identifier: Apache-2.0
package org.teiedition.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
    @Test
    void formatsGnuStyle() {
        assertEquals("a.xml:12:7: error: element \"foo\" not allowed here",
                Diagnostic.error("rng", "element \"foo\" not allowed here", "a.xml", 12, 7).format());
    }

    @Test
    void leavesOutUnknownPositions() {
        assertEquals("a.xml:3: warning: w", Diagnostic.warning("x", "w", "a.xml", 3, 0).format());
        assertEquals("a.xml: error: e", Diagnostic.error("x", "e", "a.xml", 0, 0).format());
        assertEquals("error: e", Diagnostic.error("x", "e", "", 0, 0).format());
    }

    @Test
    void showsFileUrisAsPathsRelativeToTheWorkingFolder() {
        String uri = Path.of("tei/memorandum.xml").toAbsolutePath().toUri().toString();
        assertEquals("tei/memorandum.xml", Diagnostic.error("x", "e", uri, 1, 1).file());
        assertEquals("/elsewhere/x.xml", Diagnostic.error("x", "e", "file:/elsewhere/x.xml", 1, 1).file());
    }

    @Test
    void refusesNegativePositions() {
        assertThrows(IllegalArgumentException.class, () -> Diagnostic.error("x", "e", "a", -1, 0));
    }

    @Test
    void inputExceptionNeedsAProblemAndSummarisesTheFirstError() {
        assertThrows(IllegalArgumentException.class, () -> new InputException(List.of()));
        InputException e = new InputException(List.of(Diagnostic.warning("w", "first", "a", 1, 1),
                Diagnostic.error("e", "second", "a", 2, 1)));
        assertEquals("a:2:1: error: second", e.getMessage());
        assertEquals(2, e.diagnostics().size());
    }

    @Test
    void jsonIsStableAndUsesLowerCaseSeverity() {
        String json = Json.write(List.of(Diagnostic.error("xml.malformed", "m", "a.xml", 1, 2)));
        assertEquals(json, Json.write(List.of(Diagnostic.error("xml.malformed", "m", "a.xml", 1, 2))));
        assertEquals(true, json.contains("\"severity\" : \"error\""), json);
    }

    @Test
    void aStylesheetOfTheToolkitIsNamedByItsPathInTheToolkitNotWhereTheJarLies() {
        Diagnostic d = Diagnostic.error("xslt.XTTE0570", "wrong type", "jar:file:/opt/lib/tei-edition.jar!/xslt/fo/text.xsl", 12, 4);
        org.junit.jupiter.api.Assertions.assertEquals("tei-edition/xslt/fo/text.xsl:12:4: error: wrong type", d.format());
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.saxon.s9api.QName;
import org.junit.jupiter.api.Test;
import org.teiedition.transform.SaxonSetup;
import org.teiedition.transform.Stylesheets;

/** Every parameter of every output is declared with the kind of value it takes, and the kinds check what they say. */
class StylesheetParametersTest {
    @Test
    void everyGlobalParameterOfEveryOutputDeclaresItsKindOfValue() throws Exception {
        Stylesheets stylesheets = new Stylesheets(SaxonSetup.newProcessor(), Map.of());
        Set<String> compiled = new TreeSet<>();
        for (Stylesheets.Output output : Stylesheets.Output.values()) {
            for (QName name : stylesheets.get(output).getGlobalParameters().keySet()) {
                compiled.add(name.getLocalName());
            }
        }
        assertEquals(compiled, new TreeSet<>(StylesheetParameters.declared().keySet()));
    }

    @Test
    void aLengthIsANumberWithAnAbsoluteUnitWithinItsBounds() {
        StylesheetParameters.Declared height = StylesheetParameters.declared().get("page-height");
        for (String fits : List.of("9in", "22.86cm", "648pt", "54pc", "228.6mm", " 10in ", "2in", "20in")) {
            assertNull(StylesheetParameters.problem(height, fits), fits);
        }
        for (String refused : List.of("9", "9 in", "9em", "-9in", "1.9in", "20.1in", "abc", "", "9in;")) {
            assertTrue(StylesheetParameters.problem(height, refused) != null, refused);
        }
    }

    @Test
    void aUrlIsRelativeOrTheWebsAndASiteUrlTheWebs() {
        StylesheetParameters.Declared href = StylesheetParameters.declared().get("pdf-href");
        StylesheetParameters.Declared site = StylesheetParameters.declared().get("site-url");
        for (String fits : List.of("", "{name}.pdf", "../pdf/{name}.pdf", "https://example.org/a.pdf", "HTTP://x/", "//cdn.example.org/a.pdf")) {
            assertNull(StylesheetParameters.problem(href, fits), fits);
        }
        for (String refused : List.of("javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x", "vbscript:x",
                " javascript:x", "java\tscript:x", "a b.pdf")) {
            assertTrue(StylesheetParameters.problem(href, refused) != null, refused);
        }
        assertNull(StylesheetParameters.problem(site, "https://example.org/ed/"));
        assertTrue(StylesheetParameters.problem(site, "ed/") != null);
    }

    @Test
    void theFontFamiliesAreTheOnesTheToolkitEmbeds() {
        StylesheetParameters.Declared fonts = StylesheetParameters.declared().get("font-family");
        assertEquals(Set.of("Source Serif 4", "Noto Serif", "Noto Sans SC"), StylesheetParameters.shippedFamilies());
        assertNull(StylesheetParameters.problem(fonts, "Noto Serif, 'Source Serif 4'"));
        assertTrue(StylesheetParameters.problem(fonts, "serif").contains("not \"serif\""));
    }
}

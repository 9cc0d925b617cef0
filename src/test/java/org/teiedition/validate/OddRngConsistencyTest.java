// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.teiedition.transform.SaxonSetup;
import org.teiedition.transform.TeiLoader;

/** schema/edition.odd and schema/edition.rng declare the same elements and attributes, no more, no less. */
class OddRngConsistencyTest {
    private final Processor processor = SaxonSetup.newProcessor();

    private Set<String> strings(Path file, String xpath) throws Exception {
        XdmNode document = new TeiLoader(processor).load(file);
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        compiler.declareNamespace("rng", "http://relaxng.org/ns/structure/1.0");
        return compiler.evaluate(xpath, document).stream().map(item -> item.getStringValue())
                .flatMap(s -> Arrays.stream(s.trim().split("\\s+"))).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void sameElements() throws Exception {
        Set<String> odd = strings(Path.of("schema/edition.odd"),
                "//tei:schemaSpec/tei:moduleRef/@include, "
                + "//tei:schemaSpec/tei:elementSpec[@mode = 'add'][@ns = 'http://history.state.gov/frus/ns/1.0']/concat('frus:', @ident), "
                + "//tei:schemaSpec/tei:elementSpec[@mode = 'add'][not(@ns)]/@ident");
        Set<String> rng = strings(Path.of("schema/edition.rng"), "//rng:element/@name");
        assertEquals(odd, rng);
        assertTrue(rng.size() > 60, "the schema declares the edition's elements: " + rng.size());
    }

    @Test
    void sameAttributes() throws Exception {
        Set<String> odd = strings(Path.of("schema/edition.odd"), "//tei:schemaSpec//tei:attDef[not(@mode = 'delete')]/@ident");
        Set<String> rng = strings(Path.of("schema/edition.rng"), "//rng:attribute/@name");
        assertEquals(odd, rng);
    }

    @Test
    void everyElementSpecNamesAnIncludedElement() throws Exception {
        Set<String> included = strings(Path.of("schema/edition.odd"), "//tei:schemaSpec/tei:moduleRef/@include");
        Set<String> changed = strings(Path.of("schema/edition.odd"), "//tei:schemaSpec/tei:elementSpec[@mode = 'change']/@ident");
        changed.removeAll(included);
        assertEquals(Set.of(), changed, "elementSpecs that change elements the ODD does not include");
    }
}

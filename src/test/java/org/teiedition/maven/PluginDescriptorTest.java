// SPDX-License-Identifier: Apache-2.0
package org.teiedition.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

/**
 * What {@code mvn help:describe -Ddetail} shows comes from the descriptor maven-plugin-plugin writes from
 * the mojos' javadoc: every goal in its phase, every parameter described, since 0.1.0, with a
 * {@code tei-edition.} user property.
 */
class PluginDescriptorTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void everyGoalAndParameterIsDocumented() throws Exception {
        assumeTrue(Files.isRegularFile(DESCRIPTOR), "no " + DESCRIPTOR + ": run through Maven (process-classes writes it)");
        Processor processor = new Processor(false);
        XdmNode plugin = processor.newDocumentBuilder().build(DESCRIPTOR.toFile());
        XPathCompiler xpath = processor.newXPathCompiler();
        assertEquals("tei-edition", xpath.evaluateSingle("/plugin/goalPrefix", plugin).getStringValue());

        Map<String, String> phases = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (XdmItem mojo : xpath.evaluate("/plugin/mojos/mojo", plugin)) {
            String goal = xpath.evaluateSingle("goal", mojo).getStringValue();
            XdmItem phase = xpath.evaluateSingle("phase", mojo);
            phases.put(goal, phase == null ? "on demand" : phase.getStringValue());
            if (xpath.evaluateSingle("description", mojo).getStringValue().isBlank()) {
                problems.add(goal + ": no description");
            }
            for (XdmItem parameter : xpath.evaluate("parameters/parameter[editable = 'true']", mojo)) {
                String name = xpath.evaluateSingle("name", parameter).getStringValue();
                String where = goal + " " + name;
                if (xpath.evaluateSingle("description", parameter) == null
                        || xpath.evaluateSingle("description", parameter).getStringValue().isBlank()) {
                    problems.add(where + ": no description");
                }
                XdmItem since = xpath.evaluateSingle("since", parameter);
                if (since == null || !since.getStringValue().equals("0.1.0")) {
                    problems.add(where + ": not since 0.1.0");
                }
                XdmItem property = xpath.evaluateSingle("../../configuration/*[local-name() = '" + name + "']", parameter);
                if (property == null || !property.getStringValue().equals("${tei-edition." + name + "}")) {
                    problems.add(where + ": no user property tei-edition." + name);
                }
            }
        }
        assertEquals(Map.of("validate", "validate", "pdf", "package", "epub", "package", "html", "package", "publish", "package",
                "paginate", "on demand", "series", "package"), phases);
        assertEquals(List.of(), problems);
        assertFalse(xpath.evaluate("/plugin/mojos/mojo[goal = 'publish']/parameters/parameter[name = 'skip']", plugin).isEmpty());
    }
}

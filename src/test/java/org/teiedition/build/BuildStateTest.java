// SPDX-License-Identifier: Apache-2.0
package org.teiedition.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.diag.Diagnostic;
import org.teiedition.cache.Fingerprint;

class BuildStateTest {
    @TempDir
    Path folder;

    private final Fingerprint inputs = new Fingerprint(Map.of("tei:/p/a.xml", "1", "xslt:file:///p/a.xsl", "2"));

    @Test
    void aRecordedUnitIsUpToDateAfterSavingAndLoading() throws Exception {
        Path state = folder.resolve("status/state.json");
        Path pdf = folder.resolve("a.pdf");
        Files.writeString(pdf, "%PDF");
        BuildState first = BuildState.load(state);
        assertEquals("first build", first.check("pdf a", inputs).reason());
        Diagnostic warning = Diagnostic.warning("pdf.shrunk", "page 523 set at 96%", "/p/a.xml", 3, 4);
        first.record("pdf a", inputs, List.of(pdf), List.of(warning), TextNode.valueOf("report"));
        first.save();

        BuildState.Check check = BuildState.load(state).check("pdf a", inputs);
        assertTrue(check.upToDate());
        assertEquals(List.of(warning), check.earlier().orElseThrow().problems());
        assertEquals("report", check.earlier().orElseThrow().report().asText());
    }

    @Test
    void changedInputsOrOutputsAreReasonsToBuild() throws Exception {
        Path pdf = folder.resolve("a.pdf");
        Files.writeString(pdf, "%PDF");
        BuildState state = BuildState.load(folder.resolve("state.json"));
        state.record("pdf a", inputs, List.of(pdf), List.of(), null);
        Fingerprint edited = new Fingerprint(Map.of("tei:/p/a.xml", "1", "xslt:file:///p/a.xsl", "3"));
        assertEquals("stylesheet a.xsl changed", state.check("pdf a", edited).reason());
        Fingerprint more = new Fingerprint(Map.of("tei:/p/a.xml", "1", "xslt:file:///p/a.xsl", "2", "parameter:page-width", "5in"));
        assertEquals("stylesheet parameter page-width is new", state.check("pdf a", more).reason());
        assertEquals("TEI file a.xml is gone", state.check("pdf a", new Fingerprint(Map.of("xslt:file:///p/a.xsl", "2"))).reason());
        Files.writeString(pdf, "%PDF changed");
        assertEquals("output a.pdf is missing or was changed", state.check("pdf a", inputs).reason());
        state.forget("pdf a");
        assertEquals("first build", state.check("pdf a", inputs).reason());
    }

    @Test
    void aDamagedStateIsAnEmptyOne() throws Exception {
        Path file = folder.resolve("state.json");
        Files.writeString(file, "{ not json");
        assertFalse(BuildState.load(file).check("pdf a", inputs).upToDate());
        Files.writeString(file, "{\"format\": 0, \"units\": {}}");
        assertEquals(List.of(), BuildState.load(file).units(""));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.cli.CliRun;

/** A short page is filled by opening up its leading within bounds, never by moving a break; a page short by design is left. */
class FillTest {
    @Test
    void aShortPageHasItsLeadingOpenedWithinBoundsAndThePageThatEndsTheTextKeepsTheDesigns(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("edition");
        CliRun run = CliRun.run(Memorandum::edition, "publish", Memorandum.TEI.toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        Path pdf = out.resolve("memorandum.pdf");
        // the memorandum's design: 10 pt text on 12 pt
        float first = PrintChecks.leading(pdf, 1);
        assertTrue(first > 12.05f && first <= 12 * Filling.MOST / 1000f + 0.01f, "page 522, short above its footnote: " + first);
        assertEquals(12f, PrintChecks.leading(pdf, 3), 0.01f, "page 524 ends the text: short by design");
        PrintChecks.pagesMatch(Memorandum.edition(), Memorandum.TEI, pdf);

        JsonNode fill = new ObjectMapper().readTree(out.resolve("report.json").toFile()).at("/documents/0/rendering/fill");
        assertEquals(2, fill.get("pages").asInt(), fill.toString());
        assertEquals(1, fill.get("leftAside").asInt(), fill.toString());
        assertTrue(fill.get("median").asDouble() >= 0.9, "the pages that can be full are: " + fill);
        assertEquals(0, fill.get("under75").asDouble(), 1e-9, fill.toString());
    }

    @Test
    void aPageTheBookPrintedNoFolioOnIsShortByDesign(@TempDir Path dir) throws Exception {
        Path tei = Memorandum.variant(dir, "unnumbered.xml", "<pb n=\"522\" xml:id=\"pg_522\"/>", "<pb n=\"[522]\" xml:id=\"pg_522\"/>");
        Path out = dir.resolve("edition");
        CliRun run = CliRun.run(Memorandum::edition, "publish", tei.toString(), "-o", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(12f, PrintChecks.leading(out.resolve("unnumbered.pdf"), 1), 0.01f, "a page without a printed folio keeps the design's leading");
        JsonNode fill = new ObjectMapper().readTree(out.resolve("report.json").toFile()).at("/documents/0/rendering/fill");
        assertEquals(1, fill.get("pages").asInt(), fill.toString());
        assertEquals(2, fill.get("leftAside").asInt(), "the unnumbered page and the page that ends the text: " + fill);
    }

    @Test
    void aVolumeWhosePagesHaveRoomToSpareIsSetLargerOnlyWhenItsTypeIsFittedToItsPages(@TempDir Path dir) throws Exception {
        Path fitted = dir.resolve("fitted");
        CliRun shrink = CliRun.run(Memorandum::edition, "publish", Memorandum.TEI.toString(), "-o", fitted.toString(), "--overflow", "shrink");
        assertEquals(0, shrink.status(), shrink.err());
        JsonNode rendering = new ObjectMapper().readTree(fitted.resolve("report.json").toFile()).at("/documents/0/rendering");
        double scale = rendering.get("scale").asDouble();
        assertTrue(scale > 1.0 && scale <= Fitting.MOST / 100.0, "set larger than the design's 10 pt: " + rendering);
        assertEquals(10 * scale, rendering.at("/design/textSize").asDouble(), 0.01, rendering.toString());
        PrintChecks.pagesMatch(Memorandum.edition(), Memorandum.TEI, fitted.resolve("memorandum.pdf"));

        Path kept = dir.resolve("kept");
        CliRun fail = CliRun.run(Memorandum::edition, "publish", Memorandum.TEI.toString(), "-o", kept.toString());
        assertEquals(0, fail.status(), fail.err());
        assertEquals(1.0, new ObjectMapper().readTree(kept.resolve("report.json").toFile()).at("/documents/0/rendering/scale").asDouble(),
                "with --overflow fail the design's size is kept");
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.validate.ValidationMode;
import org.teiedition.cli.CliRun;
import org.teiedition.print.Memorandum;
import org.teiedition.Edition;
import org.teiedition.config.EditionConfig;
import java.util.Map;

class PaginationVerifierTest {
    private static final String PB_523 = "the achievement of <pb n=\"523\" xml:id=\"pg_523\"/>that kind";

    private static CliRun cli(String... args) {
        return CliRun.run(Memorandum::edition, args);
    }

    @Test
    void verifyPrintsAPageTableAndPasses() {
        CliRun run = cli("verify", Memorandum.pdf().toString(), "--tei", Memorandum.TEI.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("pagination matches the source"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("522    1    522    yes")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("524    3    524    yes")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("lines: \\d+ loose lines? .* in \\d+ lines \\(\\d+ hyphenated\\)")), run.out());
    }

    @Test
    void verifyGivesJson() throws Exception {
        CliRun run = cli("verify", Memorandum.pdf().toString(), "--tei", Memorandum.TEI.toString(), "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(3, report.get("pages").size());
        JsonNode first = report.get("pages").get(0);
        assertEquals("522", first.get("label").asText());
        assertEquals(1, first.get("pdfIndex").asInt());
        assertEquals("65", first.get("notes").get(0).asText());
        assertTrue(first.get("lastWords").asText().endsWith("the achievement of"));
        assertTrue(first.get("ok").asBoolean());
        assertEquals(0, report.get("problems").size());
    }

    /** A corr outside any choice is the text, and prints: the read-back expects it on its page. */
    @Test
    void aCorrectionOutsideAChoiceIsReadBackWhereItPrints(@TempDir Path folder) throws Exception {
        Path tei = Memorandum.variant(folder, "corrected.xml", "<p>The Ambassador said", "<p><corr>Indeed</corr> The Ambassador said");
        Path pdf = folder.resolve("corrected.pdf");
        Memorandum.edition().pdf(tei, pdf, PublishOptions.defaults());
        PaginationReport report = Memorandum.edition().verify(pdf, tei, PublishOptions.defaults());
        assertTrue(report.matches(), report.toString());
    }

    /**
     * The heads that are short titles are those the print's parameter names: with {@code short-head-types=running}
     * a head of type short prints in the text, and the read-back expects it there; the verify command takes the
     * parameters the PDF was printed with.
     */
    @Test
    void theShortTitlesAreThoseOfThePrintsParameters(@TempDir Path folder) throws Exception {
        Path tei = Memorandum.variant(folder, "short.xml", "(Welles)</head>", "(Welles)</head><head type=\"short\">Welles and Litvinov</head>");
        Path pdf = folder.resolve("short.pdf");
        Edition edition = new Edition(EditionConfig.defaults().withParameters(Map.of("short-head-types", "running")));
        edition.pdf(tei, pdf, PublishOptions.defaults());
        PaginationReport report = edition.verify(pdf, tei, PublishOptions.defaults());
        assertTrue(report.matches(), report.toString());
        assertTrue(String.join(" ", org.teiedition.paginate.PageTexts.byLabel(pdf).values()).replaceAll("\\s+", " ").contains("welles and litvinov"), "the short title printed");

        CliRun run = CliRun.run("verify", pdf.toString(), "--tei", tei.toString(), "-p", "short-head-types=running");
        assertEquals(0, run.status(), run.out() + run.err());
    }

    @Test
    void aMovedPageBreakIsCaught(@TempDir Path folder) throws Exception {
        Path wrong = Memorandum.variant(folder, "moved.xml", PB_523,
                "the <pb n=\"523\" xml:id=\"pg_523\"/>achievement of that kind");
        CliRun run = cli("verify", Memorandum.pdf().toString(), "--tei", wrong.toString(), "--validation", "warn");
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().contains("pagination DOES NOT match the source"), run.out());
        assertTrue(run.out().contains("ends \"not see any prospect of the achievement of\", the source page "
                + "\"he did not see any prospect of the\""), run.out());
        PaginationReport report = Memorandum.edition().verify(Memorandum.pdf(), wrong, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        assertFalse(report.matches());
        assertFalse(report.pages().get(0).ok());
        assertFalse(report.pages().get(1).ok());
        assertTrue(report.pages().get(2).ok());
    }

    @Test
    void aMissingNoteAndAWrongPageCountAreCaught(@TempDir Path folder) throws Exception {
        Path wrong = Memorandum.variant(folder, "extra.xml", "which we now saw in",
                "which we now saw <pb n=\"525\"/>in");
        PaginationReport report = Memorandum.edition().verify(Memorandum.pdf(), wrong, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        assertFalse(report.matches());
        assertEquals("the pdf has 3 pages, the TEI 4 source pages", report.problems().get(0));
        assertEquals(0, report.pages().get(3).pdfIndex());
        Path noNote = Memorandum.variant(folder, "nonote.xml", "<note n=\"65\"", "<note n=\"66\"");
        PaginationReport notes = Memorandum.edition().verify(Memorandum.pdf(), noNote, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        assertEquals("notes at the foot [65], expected [66]", notes.pages().get(0).verdict());
    }

    @Test
    void textSetOverTextIsCaught(@TempDir Path folder) {
        // no room left for the running heads: they are set over the first lines of the text
        Path pdf = folder.resolve("overprinted.pdf");
        CliRun made = cli("pdf", Memorandum.TEI.toString(), "-o", pdf.toString(), "-p", "page-head-extent=1pt");
        assertEquals(0, made.status(), made.err());
        CliRun run = cli("verify", pdf.toString(), "--tei", Memorandum.TEI.toString());
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("523    2    523    NO")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("524    3    524    NO")), run.out());
        assertTrue(run.out().contains("text set over text: \"FOREIGN\" and"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("522    1    522    yes")), "the opening page has no head: " + run.out());
    }
}

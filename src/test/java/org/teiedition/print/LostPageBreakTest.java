// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.publish.ProgressListener;
import org.teiedition.publish.PublishOptions;
import org.teiedition.validate.ValidationMode;
import org.teiedition.verify.PaginationReport;

/**
 * A source page that holds two printed pages' text (a page break lost in encoding) fits one page at no
 * allowed size. The editor is told which page, its words against the volume's others, and where the lost
 * break probably was; with {@code --overflow shrink} the rest of the volume is still made, the page
 * continuing on a page labelled as continued, which the verification lists as a deviation.
 */
class LostPageBreakTest {
    private static final Path PAGES = Path.of("src/test/resources/print/frus1927v01-p236.xml");
    private static final Edition EDITION = Edition.create();
    private static Path lost;

    @TempDir
    static Path dir;

    @BeforeAll
    static void loseABreak() throws Exception {
        String text = Files.readString(PAGES);
        String without = text.replaceFirst("<pb [^>]*n=\"238\"[^>]*/>", "");
        assertFalse(without.equals(text), "the fixture has page 238");
        lost = Files.writeString(dir.resolve("lost.xml"), without);
    }

    @Test
    void failingTheErrorSaysWhereTheBreakProbablyWas() throws Exception {
        InputException e = assertThrows(InputException.class, () -> EDITION.pdf(lost, dir.resolve("failed.pdf"), new PublishOptions(ValidationMode.WARN, Overflow.FAIL)));
        Diagnostic overflow = e.diagnostics().stream().filter(d -> d.code().equals("pdf.overflow")).findFirst().orElseThrow();
        assertTrue(overflow.message().startsWith("source page \"237\" does not fit one page"), overflow.message());
        assertTrue(overflow.message().matches(".*it holds [\\d,]+ words, (1\\.[3-9]|[2-9]\\.\\d)× the fullest other page.*"), overflow.message());
        assertTrue(overflow.message().contains(": a page break is probably missing between \""), overflow.message());
        assertEquals(lineOf(Files.readString(lost), "n=\"237\""), overflow.line());
        assertFalse(Files.exists(dir.resolve("failed.pdf")));
    }

    @Test
    void shrinkingThePageContinuesOnAPageLabelledSoAndTheRestIsMade() throws Exception {
        Path out = dir.resolve("edition");
        var publication = EDITION.publish(List.of(lost), out, new PublishOptions(ValidationMode.WARN, Overflow.SHRINK),
                ProgressListener.NONE);
        Path pdf = out.resolve("lost.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var labels = document.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals(List.of("236", "237", "237 (continued)", "239"), List.of(labels));
        }
        var rendering = publication.report().documents().get(0).rendering();
        assertTrue(rendering.diagnostics().stream().anyMatch(d -> d.code().equals("pdf.overflow.continued") && !d.isError()
                && d.message().contains("it continues on 1 more page labelled \"237 (continued)\"")
                && d.message().contains("a page break is probably missing")), rendering.diagnostics().toString());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("continued", report.at("/summary/overflows/0/handling").asText(), report.toString());
        PaginationReport verified = EDITION.verify(pdf, lost, new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        assertFalse(verified.matches(), "a deviation, not a match");
        PaginationReport.PageCheck page = verified.pages().get(1);
        assertEquals("237", page.folio());
        assertFalse(page.ok());
        assertEquals("continues on 1 more page labelled \"237 (continued)\": the page does not fit one page", page.verdict());
        assertTrue(verified.pages().stream().filter(p -> !p.folio().equals("237")).allMatch(PaginationReport.PageCheck::ok));
    }

    private static int lineOf(String text, String what) {
        return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }
}

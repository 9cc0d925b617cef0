// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.diag.Json;
import org.teiedition.print.Memorandum;
import org.teiedition.store.PageStore;
import org.teiedition.print.PdfResult;
import org.teiedition.transform.Stylesheets;

/**
 * A page whose passing verdict is remembered is not read back again, and the report is the one a full
 * reading gives: a page drawn anew, or whose source text changed, is read again and its fault shows.
 */
class VerdictReuseTest {
    /** A word of the second page (523). */
    private static final String ON_523 = "that kind of understanding";

    @TempDir
    Path dir;
    /** The TEI file: its versions are written in its place, as an editor saves them (its path is in the page keys). */
    private Path file;
    private PaginationVerifier verifier;
    private PageStore verdicts;
    private XdmNode original;
    private Rendered rendered;

    private record Rendered(Path pdf, List<String> keys) {
    }

    @BeforeEach
    void renderTheMemorandumAndRememberItsVerdicts() throws Exception {
        file = dir.resolve("memorandum.xml");
        original = save("");
        verifier = new PaginationVerifier(new Stylesheets(original.getProcessor(), Map.of()), Map.of());
        verdicts = PageStore.inMemory();
        rendered = render("memorandum.pdf");
        assertEquals(3, rendered.keys().size(), "a key per PDF page");
        PaginationVerifier.Verification first = verify(rendered, original);
        assertEquals(3, first.pagesReadBack());
        assertEquals(0, first.verdictsRemembered());
    }

    @Test
    void passingPagesAreNotReadAgainAndTheReportIsTheSameBytes() throws Exception {
        PaginationVerifier.Verification again = verify(rendered, original);
        assertEquals(0, again.pagesReadBack());
        assertEquals(3, again.verdictsRemembered());
        assertTrue(again.report().matches());
        assertEquals(Json.write(verifier.verify(rendered.pdf(), original)), Json.write(again.report()));
    }

    @Test
    void aPageDrawnAnewIsReadAgainAndARememberedVerdictDoesNotHideItsFault() throws Exception {
        // the PDF of an edited page 523 against the TEI it was not drawn from: only page 523 changed
        save("that sort of understanding");
        Rendered edited = render("edited.pdf");
        assertEquals(rendered.keys().get(0), edited.keys().get(0));
        assertNotEquals(rendered.keys().get(1), edited.keys().get(1));
        assertEquals(rendered.keys().get(2), edited.keys().get(2));

        PaginationVerifier.Verification wrong = verify(edited, original);
        assertEquals(1, wrong.pagesReadBack());
        assertEquals(2, wrong.verdictsRemembered());
        assertFalse(wrong.report().pages().get(1).ok());
        assertTrue(wrong.report().pages().get(1).verdict().startsWith("begins \"that sort of understanding"),
                wrong.report().pages().get(1).verdict());
        assertEquals(verifier.verify(edited.pdf(), original), wrong.report());

        PaginationVerifier.Verification again = verify(edited, original);
        assertEquals(1, again.pagesReadBack(), "a failing verdict is never remembered");
    }

    @Test
    void aPageWhoseSourceTextChangedIsReadAgain() throws Exception {
        // the same laid-out pages, but the TEI now says otherwise on page 523
        XdmNode changed = save("that sort of understanding");
        PaginationVerifier.Verification verification = verify(rendered, changed);
        assertEquals(1, verification.pagesReadBack());
        assertEquals(2, verification.verdictsRemembered());
        assertFalse(verification.report().pages().get(1).ok());
        assertEquals(verifier.verify(rendered.pdf(), changed), verification.report());
    }

    @Test
    void theLabelsAreCheckedOnRememberedPagesToo() throws Exception {
        Files.writeString(file, Files.readString(Memorandum.TEI).replace("<pb n=\"523\"", "<pb n=\"599\""));
        XdmNode refolioed = tree();
        PaginationVerifier.Verification verification = verify(rendered, refolioed);
        assertEquals(0, verification.pagesReadBack(), "the page's words and notes are those it was checked against");
        PaginationReport.PageCheck page = verification.report().pages().get(1);
        assertFalse(page.ok());
        assertEquals("label \"523\", expected \"599\"", page.verdict());
        assertEquals(verifier.verify(rendered.pdf(), refolioed), verification.report());
    }

    private PaginationVerifier.Verification verify(Rendered pdf, XdmNode tei) throws Exception {
        return verifier.verify(pdf.pdf(), tei, pdf.keys(), verdicts);
    }

    /** Saves the memorandum with page 523's words {@link #ON_523} replaced (none when empty), and reads it. */
    private XdmNode save(String on523) throws Exception {
        String tei = Files.readString(Memorandum.TEI);
        Files.writeString(file, on523.isEmpty() ? tei : tei.replace(ON_523, on523));
        return tree();
    }

    /** The PDF of the TEI file as it is now. */
    private Rendered render(String name) throws Exception {
        Path pdf = dir.resolve(name);
        PdfResult result = Memorandum.edition().pdf(file, pdf, PublishOptions.defaults());
        return new Rendered(pdf, result.pageKeys());
    }

    private XdmNode tree() throws Exception {
        return Memorandum.edition().load(file);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teiedition.validate.Fixtures.at;
import static org.teiedition.validate.Fixtures.memorandumWith;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.transform.SaxonSetup;

/** One test per Schematron rule of schema/edition.sch: the message, its severity and its line:column. */
class SchematronRulesTest {
    /** What a message about a pointer to nothing tells the editor to do. */
    private static final String DANGLING_FIX = " point to an xml:id the document has, or give the element meant that xml:id";
    private static Validator validator;

    @TempDir
    Path folder;

    @BeforeAll
    static void compile() {
        validator = new Validator(SaxonSetup.newProcessor(), Optional.empty());
    }

    private List<String> findings(String text) throws Exception {
        Path file = Fixtures.write(folder, "broken.xml", text);
        String prefix = file + ":";
        return validator.validate(file).diagnostics().stream()
                .map(d -> d.format().substring(prefix.length()))
                .toList();
    }

    @Test
    void theMemorandumPasses() throws Exception {
        assertEquals(List.of(), validator.validate(Fixtures.MEMORANDUM).diagnostics());
    }

    @Test
    void pageBreakWithoutNumber() throws Exception {
        String text = memorandumWith("<pb n=\"523\" xml:id=\"pg_523\"/>", "<pb xml:id=\"pg_523\"/>");
        assertEquals(List.of(
                at(text, "<pb xml:id=\"pg_523\"/>") + ": error: page break has no \"n\": every page break needs the folio of the page it starts",
                at(text, "<pb n=\"524\" xml:id=\"pg_524\"/>") + ": error: page break \"524\" follows \"522\": page 523 is missing"),
                findings(text));
    }

    @Test
    void footnoteWithoutNumber() throws Exception {
        String text = memorandumWith("<note n=\"65\" xml:id=\"d1fn65\">", "<note xml:id=\"d1fn65\">");
        assertEquals(List.of(at(text, "<note xml:id=\"d1fn65\">")
                + ": error: footnote has no \"n\": give it the number printed at its call"), findings(text));
    }

    @Test
    void pageGap() throws Exception {
        String text = memorandumWith("<pb n=\"523\" xml:id=\"pg_523\"/>", "");
        assertEquals(List.of(at(text, "<pb n=\"524\" xml:id=\"pg_524\"/>")
                + ": error: page break \"524\" follows \"522\": page 523 is missing"), findings(text));
    }

    /** A break inside a note belongs to its note's page, as print, web and EPUB set it: the folios around it still run on. */
    @Test
    void aPageBreakInsideANoteIsNoPageOfTheSequence() throws Exception {
        String text = memorandumWith("<note n=\"65\" xml:id=\"d1fn65\">", "<note n=\"65\" xml:id=\"d1fn65\"><pb n=\"999\" xml:id=\"pg_999\"/>");
        assertEquals(List.of(), findings(text));
    }

    @Test
    void pageGapOfSeveralPages() throws Exception {
        String text = memorandumWith("<pb n=\"524\" xml:id=\"pg_524\"/>", "<pb n=\"527\" xml:id=\"pg_527\"/>")
                .replace("to=\"524\"", "to=\"527\"");
        assertEquals(List.of(at(text, "<pb n=\"527\" xml:id=\"pg_527\"/>")
                + ": error: page break \"527\" follows \"523\": pages 524–526 are missing"), findings(text));
    }

    @Test
    void aDeclaredGapIsAccepted() throws Exception {
        String text = memorandumWith("<pb n=\"523\" xml:id=\"pg_523\"/>", "")
                .replace("<pb n=\"524\" xml:id=\"pg_524\"/>", "<pb n=\"524\" xml:id=\"pg_524\" type=\"gap\"/>");
        assertEquals(List.of(), findings(text));
    }

    @Test
    void pageNumbersMustIncrease() throws Exception {
        String text = memorandumWith("<pb n=\"524\" xml:id=\"pg_524\"/>", "<pb n=\"521\" xml:id=\"pg_521\"/>")
                .replace("to=\"524\"", "to=\"521\"");
        assertEquals(List.of(at(text, "<pb n=\"521\" xml:id=\"pg_521\"/>")
                + ": error: page break \"521\" follows \"523\": page numbers must increase"), findings(text));
    }

    @Test
    void romanFoliosInFrontMatterThenArabic() throws Exception {
        String text = memorandumWith("<body>", "<front><pb n=\"[I]\"/><div><p>Title.</p></div><pb n=\"II\"/><pb n=\"[]\"/>"
                + "<div><p>Preface.</p><pb n=\"III\"/><p>More.</p></div><pb n=\"V\"/></front><body>");
        assertEquals(List.of(
                at(text, "<pb n=\"[]\"/>") + ": warning: page break \"[]\" has no number: its page is left out of the page sequence",
                at(text, "<pb n=\"V\"/>") + ": error: page break \"V\" follows \"III\": page IV is missing"),
                findings(text));
    }

    @Test
    void romanAfterArabicAndNotANumber() throws Exception {
        String text = memorandumWith("<pb n=\"523\" xml:id=\"pg_523\"/>", "<pb n=\"xxiv\" xml:id=\"pg_523\"/>")
                .replace("<pb n=\"524\" xml:id=\"pg_524\"/>", "<pb n=\"p. 524\" xml:id=\"pg_524\"/>")
                .replace("to=\"524\"", "to=\"p. 524\"");
        assertEquals(List.of(
                at(text, "<pb n=\"xxiv\" xml:id=\"pg_523\"/>") + ": error: page break \"xxiv\" follows \"522\": roman folios belong to the front matter, before the arabic ones",
                at(text, "<pb n=\"p. 524\" xml:id=\"pg_524\"/>") + ": error: page break \"p. 524\" is not a page number: write it in arabic or roman figures, in brackets if the page does not print it"),
                findings(text));
    }

    @Test
    void noteNumbersAreUniquePerDocument() throws Exception {
        String text = memorandumWith("forbidden by his Government", "forbidden<note n=\"65\" xml:id=\"d1fn65b\">Again.</note> by his Government");
        assertEquals(List.of(at(text, "<note n=\"65\" xml:id=\"d1fn65b\">")
                + ": error: note number \"65\" is used twice in document \"d1\" on page \"522\", for notes with different texts"
                + " (the other is \"d1fn65\"): give this note the number printed at its call (a footnote called twice has the same text at both calls)"),
                findings(text));
    }

    /** The series encodes a footnote the page calls twice ("Not printed.") at each call, with its number and text. */
    @Test
    void aFootnoteCalledTwiceOnItsPageIsOneNote() throws Exception {
        String text = memorandumWith("forbidden by his Government", "forbidden<note n=\"66\" xml:id=\"d1fn66\">Not printed.</note> by his Government")
                .replace("insuperable difficulties", "insuperable<note n=\"66\" xml:id=\"d1fn66b\">Not  printed.</note> difficulties");
        assertEquals(List.of(), findings(text));
    }

    @Test
    void noteNumbersMayRestartOnANewPage() throws Exception {
        String text = memorandumWith("which we now saw in", "which<note n=\"65\" xml:id=\"d1fn65b\">Numbered by page.</note> we now saw in");
        assertEquals(List.of(), findings(text));
    }

    @Test
    void pointersMustResolve() throws Exception {
        String text = memorandumWith("<persName ref=\"#stalin\">Stalin</persName> until",
                "<persName ref=\"#stallin #litvinov #nobody\">Stalin</persName> until");
        assertEquals(List.of(at(text, "<persName ref=\"#stallin #litvinov #nobody\">")
                + ": error: @ref points to \"#stallin\", \"#nobody\", but no element has those xml:ids:" + DANGLING_FIX), findings(text));
    }

    @Test
    void correspAndTargetMustResolveToo() throws Exception {
        String text = memorandumWith("<placeName>Moscow</placeName> where",
                "<placeName>Moscow</placeName> <ref target=\"#pg_999\">where</ref> <persName corresp=\"#p_X\">X</persName>");
        assertEquals(List.of(
                at(text, "<ref target=\"#pg_999\">") + ": error: @target points to \"#pg_999\", but no element has that xml:id:"
                        + DANGLING_FIX,
                at(text, "<persName corresp=\"#p_X\">") + ": error: @corresp points to \"#p_X\", but no element has that xml:id:"
                        + DANGLING_FIX),
                findings(text));
    }

    /**
     * The volume's own index: a cross-reference to another entry ("see Red Army") whose xml:id the series'
     * encoding never gave prints without a link (a warning naming the entry); a page reference that points
     * nowhere is an error.
     */
    @Test
    void indexCrossReferencesToEntriesWithoutAnIdAreWarnings() throws Exception {
        String index = "<back><div type=\"section\" xml:id=\"index\"><head>Index</head><list type=\"index\">"
                + "<item>Bolsheviks (<hi rend=\"italic\">see also</hi> <ref target=\"#in10\">Red Army</ref>), <ref target=\"#pg_523\">523</ref></item>"
                + "<item>Red Army, <ref target=\"#pg_524\">524</ref>, <ref target=\"#pg_999\">999</ref></item>"
                + "</list></div></back>";
        String text = memorandumWith("</body>", "</body>" + index);
        assertEquals(List.of(
                at(text, "<ref target=\"#in10\">") + ": warning: index cross-reference \"Red Army\" points to \"#in10\", but no index entry has"
                        + " that xml:id: it prints without a link; to link it, give the entry it names xml:id=\"in10\"",
                at(text, "<ref target=\"#pg_999\">") + ": error: @target points to \"#pg_999\", but no element has that xml:id:"
                        + DANGLING_FIX),
                findings(text));
    }

    @Test
    void datesAreIso() throws Exception {
        String text = memorandumWith("<date when=\"1939-05-03\">", "<date when=\"May 3, 1939\">");
        assertEquals(List.of(at(text, "<date when=\"May 3, 1939\">")
                + ": error: date \"May 3, 1939\" in @when is not an ISO date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss"), findings(text));
    }

    @Test
    void isoDatesOfEveryPrecisionPass() throws Exception {
        String text = memorandumWith("<date when=\"1939-05-03\">", "<date when=\"1939-05\">")
                .replace("<date when=\"1939\">", "<date when=\"1939-05-03T10:15:00\">");
        assertEquals(List.of(), findings(text));
    }

    @Test
    void sicNeedsCorr() throws Exception {
        String text = memorandumWith("<choice><sic>organizaton</sic><corr>organization</corr></choice>", "<sic>organizaton</sic>");
        assertEquals(List.of(at(text, "<sic>")
                + ": error: \"sic\" has no \"corr\" beside it: put the reading intended in \"corr\", both inside \"choice\""), findings(text));
    }

    @Test
    void headerPageRangeMatchesTheBody() throws Exception {
        String text = memorandumWith("<biblScope unit=\"page\" from=\"522\" to=\"524\">", "<biblScope unit=\"page\" from=\"521\" to=\"525\">");
        String where = at(text, "<biblScope unit=\"page\" from=\"521\" to=\"525\">");
        assertEquals(List.of(
                where + ": error: the header's page range starts at \"521\" but the body's first page break is \"522\"",
                where + ": error: the header's page range ends at \"525\" but the body's last page break is \"524\""),
                findings(text));
    }

    @Test
    void noEmptyParagraphPersonOrNote() throws Exception {
        String text = memorandumWith("<p>When the Ambassador left", "<p> </p><p>When <persName ref=\"#litvinov\"/>the Ambassador<note n=\"66\"> </note> left");
        assertEquals(List.of(
                Fixtures.at(text, "<p> </p>", "<p>") + ": error: empty \"p\": give it text or remove it",
                at(text, "<persName ref=\"#litvinov\"/>") + ": error: empty \"persName\": give it text or remove it",
                at(text, "<note n=\"66\">") + ": error: empty \"note\": give it text or remove it"),
                findings(text));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.web;

import org.teiedition.print.Overflow;
import org.teiedition.publish.PublishOptions;
import org.teiedition.EditionStages;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.validate.ValidationMode;
import org.teiedition.cli.CliRun;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;

/** The web edition without a browser: files, well-formedness, anchors, metadata, determinism. */
class HtmlRendererTest {
    static final Path MEMORANDUM = Path.of("tei/memorandum.xml");
    /** The first pages of a FRUS volume: its List of Principal Persons, four documents on three pages. */
    static final Path VOLUME_PAGES = Path.of("src/test/resources/web/frus1918Russiav03-p1.xml");

    static Edition edition;
    static Path site;
    static Site pages;

    @BeforeAll
    static void render(@TempDir Path temp) throws Exception {
        edition = Edition.create();
        site = temp.resolve("html");
        edition.html(List.of(MEMORANDUM), site, PublishOptions.defaults());
        pages = new Site(site);
    }

    @Test
    void writesTheIndexTheAssetsAndTheTei() throws IOException {
        assertAll(
                () -> assertTrue(Files.isRegularFile(site.resolve("index.html"))),
                () -> assertTrue(Files.isRegularFile(site.resolve("assets/edition.css"))),
                () -> assertTrue(Files.isRegularFile(site.resolve("assets/fonts/SourceSerif4_400Regular.ttf"))),
                () -> assertTrue(Files.isRegularFile(site.resolve("assets/fonts/SourceSerif4_700Bold_Italic.ttf"))),
                () -> assertTrue(Files.isRegularFile(site.resolve("assets/fonts/OFL.txt"))),
                () -> assertArrayEquals(Files.readAllBytes(MEMORANDUM), Files.readAllBytes(site.resolve("memorandum.xml"))),
                () -> assertFalse(Files.exists(site.resolve("memorandum.pdf")), "no PDF beside the output: none in the site"));
    }

    @Test
    void everyPageIsWellFormedWithUniqueIdsAndEveryLinkResolves() throws Exception {
        assertEquals(List.of(), pages.brokenLinks());
        assertEquals(List.of(), pages.duplicateIds());
    }

    @Test
    void theSameTeiGivesTheSameBytes(@TempDir Path temp) throws Exception {
        Path again = temp.resolve("again");
        Edition.create().html(List.of(MEMORANDUM), again, PublishOptions.defaults());
        assertEquals(tree(site), tree(again));
    }

    @Test
    void theSearchAndItsIndexAreTheSameBytesEachTime(@TempDir Path temp) throws Exception {
        Path volume = Path.of("src/test/resources/web/search-volume.xml");
        Edition.create().html(List.of(volume), temp.resolve("one"), PublishOptions.defaults());
        Edition.create().html(List.of(volume), temp.resolve("two"), PublishOptions.defaults());
        assertTrue(Files.size(temp.resolve("one/search-index.js")) > 0);
        assertEquals(tree(temp.resolve("one")), tree(temp.resolve("two")));
    }

    @Test
    void pageMarkersSitWhereThePagesTurn() throws Exception {
        String text = pages.text("index.html", "//*[@id = 'text']");
        assertAll(
                () -> assertTrue(text.startsWith("[Page 522]"), text.substring(0, 40)),
                // the source sets the break after the space ("of <pb/>that"): the marker is set off from the next word
                () -> assertTrue(text.contains("achievement of [Page 523] that kind of understanding"), text),
                () -> assertTrue(text.contains("type of government [Page 524] which we now saw"), text),
                () -> assertEquals("[Page 523]", pages.text("index.html", "//*[@id = 'page-523']")),
                () -> assertEquals("", pages.value("index.html", "string(//*[@id = 'page-523']/*:a/@href)"), "no PDF, no link"));
    }

    @Test
    void aFileNumberPrintedAloneIsSaidToBeAFile() throws Exception {
        assertEquals("711.61/891½", pages.text("index.html", "//*[@class = 'source-note']/text()"), "as printed");
        assertEquals("Department of State file 711.61/891½", pages.text("index.html", "//*[@class = 'source-note']"), "as a screen reader reads it");
    }

    @Test
    void aNoteHasACallAPopoverAndAnEntryLinkingBack() throws Exception {
        assertAll(
                () -> assertEquals("pop-65", pages.value("index.html", "string(//*[@id = 'call-65']/@popovertarget)")),
                () -> assertEquals("auto", pages.value("index.html", "string(//*[@id = 'pop-65']/@popover)")),
                () -> assertTrue(pages.text("index.html", "//*[@id = 'pop-65']").contains("pp. 757–761")),
                () -> assertEquals("#call-65", pages.value("index.html", "string(//*[@id = 'note-65']//a[@class = 'note-back']/@href)")),
                () -> assertEquals("#note-65", pages.value("index.html", "string(//*[@id = 'pop-65']//a[. = 'In the list of notes']/@href)")));
    }

    @Test
    void peopleAreLinkedBothWays() throws Exception {
        assertAll(
                () -> assertEquals("10", pages.value("index.html", "string(count(//*:a[@href = '#person-stalin'][starts-with(@id, 'mention-stalin-')]))")),
                () -> assertEquals("4", pages.value("index.html", "string(count(//*:a[@href = '#person-roosevelt'][@id]))")),
                () -> assertEquals("the President", pages.text("index.html", "//*[@id = 'mention-roosevelt-1']")),
                () -> assertEquals("10", pages.value("index.html", "string(count(//*[@id = 'person-stalin']//*:a[starts-with(@href, '#mention-stalin-')]))")),
                () -> assertTrue(pages.text("index.html", "//*[@id = 'person-welles']").contains("Sumner Welles (1892–1961)")));
    }

    @Test
    void theSourceReadingShowsAndTheCorrectionIsHidden() throws Exception {
        assertEquals("organizaton", pages.text("index.html", "//*[@class = 'choice']/*[@class = 'sic']"));
        assertEquals("organization", pages.text("index.html", "//*[@class = 'choice']/*[@class = 'corr'][@hidden]"));
        assertEquals("checkbox", pages.value("index.html", "string(//*:input[@id = 'show-corr']/@type)"));
    }

    @Test
    void theCitationGivesTheVolumeAndPages() throws Exception {
        String citation = pages.text("index.html", "//*[@class = 'citation']");
        assertEquals("“Memorandum of Conversation, by the Under Secretary of State (Welles),” May 7, 1943, file 711.61/891½,"
                + " in Foreign Relations of the United States, Diplomatic Papers, 1943, The British Commonwealth, Eastern"
                + " Europe, the Far East, vol. III (Washington: United States Government Printing Office, 1963), 522–524.",
                citation);
        assertEquals("3", pages.value("index.html", "string(count(//*[@id = 'cite']//*:a[starts-with(@href, '#page-')]))"));
    }

    @Test
    void metadataForReadersAndMachines() throws Exception {
        JsonNode json = new ObjectMapper().readTree(pages.text("index.html", "//*:script[@type = 'application/ld+json']"));
        assertAll(
                () -> assertEquals("en", pages.value("index.html", "string(/*:html/@lang)")),
                () -> assertTrue(pages.text("index.html", "//*:title").startsWith("Memorandum of Conversation")),
                () -> assertFalse(pages.value("index.html", "string(//*:meta[@name = 'description']/@content)").isBlank()),
                () -> assertEquals("1943-05-07", pages.value("index.html", "string(//*:meta[@name = 'DC.date']/@content)")),
                () -> assertEquals("Sumner Welles", pages.value("index.html", "string(//*:meta[@name = 'DC.creator']/@content)")),
                () -> assertEquals("en", pages.value("index.html", "string(//*:meta[@name = 'DC.language']/@content)")),
                () -> assertEquals("Article", json.path("@type").asText()),
                () -> assertEquals("PublicationVolume", json.path("isPartOf").path("@type").asText()),
                () -> assertEquals("III", json.path("isPartOf").path("volumeNumber").asText()),
                () -> assertEquals("522", json.path("pageStart").asText()),
                () -> assertEquals("524", json.path("pageEnd").asText()),
                () -> assertEquals("memorandum.xml", json.path("encoding").path(0).path("contentUrl").asText()));
    }

    @Test
    void aPdfBesideTheOutputIsCopiedInAndPageMarkersLinkToItsPages(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve("memorandum.pdf"), "%PDF-1.7 stand-in");
        Path html = Files.createDirectory(temp.resolve("html"));
        List<XdmNode> documents = List.of(edition.load(MEMORANDUM));
        EditionStages.html(edition).render(documents, html);
        Site withPdf = new Site(html);
        assertAll(
                () -> assertTrue(Files.isRegularFile(html.resolve("memorandum.pdf"))),
                () -> assertEquals("memorandum.pdf#page=1", withPdf.value("index.html", "string(//*[@id = 'page-522']/*:a/@href)")),
                () -> assertEquals("memorandum.pdf#page=2", withPdf.value("index.html", "string(//*[@id = 'page-523']/*:a/@href)")),
                () -> assertEquals("memorandum.pdf#page=3", withPdf.value("index.html", "string(//*[@id = 'page-524']/*:a/@href)")),
                () -> assertEquals("memorandum.pdf", withPdf.value("index.html", "string(//*[@id = 'downloads']//*:a[@type = 'application/pdf']/@href)")),
                () -> assertEquals(List.of(), withPdf.brokenLinks()));
    }

    @Test
    void theEditorChoosesWhereTheDownloadsAre(@TempDir Path temp) throws Exception {
        Edition custom = new Edition(edition.config().withParameters(Map.of("pdf-href", "../{name}.pdf", "tei-href", "")));
        custom.html(List.of(MEMORANDUM), temp.resolve("html"), PublishOptions.defaults());
        Site site = new Site(temp.resolve("html"));
        assertEquals("../memorandum.pdf#page=2", site.value("index.html", "string(//*[@id = 'page-523']/*:a/@href)"));
        assertEquals("0", site.value("index.html", "string(count(//*:a[@type = 'application/xml']))"));
    }

    @Test
    void severalDocumentsGetAContentsPageAndAPageEach(@TempDir Path temp) throws Exception {
        Path first = Files.copy(MEMORANDUM, temp.resolve("first.xml"));
        Path second = Files.copy(MEMORANDUM, temp.resolve("second.xml"));
        edition.html(List.of(first, second), temp.resolve("html"), PublishOptions.defaults());
        Site site = new Site(temp.resolve("html"));
        assertAll(
                () -> assertEquals(List.of("first.html", "index.html", "search.html", "second.html"), site.pages()),
                () -> assertEquals("2", site.value("index.html", "string(count(//*[@id = 'contents']//*:a))")),
                () -> assertEquals("second.html", site.value("first.html", "string((//*:a[@rel = 'next'])[1]/@href)")),
                () -> assertEquals("second.html#page-523", site.value("index.html", "string((//*[@id = 'pages']//*:a[. = '523'])[2]/@href)")),
                () -> assertEquals(List.of(), site.brokenLinks()),
                () -> assertEquals(List.of(), site.duplicateIds()),
                // the contents page offers every file's downloads, each under its title
                () -> assertEquals("first.xml second.xml", site.value("index.html",
                        "string-join(//*[@id = 'downloads']//*:a[@type = 'application/xml']/@href, ' ')")),
                () -> assertEquals("2", site.value("index.html", "string(count(//*[@id = 'downloads']//*:h3))")),
                () -> assertEquals("#downloads", site.value("index.html", "string(//*:header//*:a[. = 'Downloads']/@href)")));
    }

    @Test
    void theContentsPageNamesEachPersonWithTheVolumesIdentificationAndEachPageOnce(@TempDir Path temp) throws Exception {
        edition.html(List.of(VOLUME_PAGES), temp.resolve("html"), PublishOptions.defaults());
        Site site = new Site(temp.resolve("html"));
        // the List of Principal Persons: "<persName>Francis, David R.</persName>, Ambassador in Russia."
        // Francis is named on p. 3 by two documents, Lansing on p. 3 by one
        assertAll(
                () -> assertEquals("Francis, David R., Ambassador in Russia: 1, 2, 3", site.text("index.html", "//*[@id = 'people']//*:li[1]")),
                () -> assertEquals("Lansing, Robert, Secretary of State: 1, 3", site.text("index.html", "//*[@id = 'people']//*:li[2]")),
                () -> assertEquals("d2.html#mention-p_FDR1-3", site.value("index.html", "string(//*[@id = 'people']//*:li[1]/*:a[. = '3']/@href)"),
                        "p. 3 links to the first mention on it"),
                () -> assertEquals(List.of(), site.brokenLinks()));
    }

    @Test
    void aDocumentPageSaysWhereItStandsAndLeadsOnBeforeAndAfterItsText(@TempDir Path temp) throws Exception {
        edition.html(List.of(VOLUME_PAGES), temp.resolve("html"), PublishOptions.defaults());
        Site site = new Site(temp.resolve("html"));
        assertAll(
                () -> assertEquals("Contents › Russia Economic Relations › Chapter I. Loans to the Provisional Government—Soviet Financial Decrees › ",
                        site.value("d2.html", "string-join(//*[@aria-label = 'Breadcrumb']//*:li[position() lt 4], ' › ') || ' › '")),
                () -> assertEquals("2. The Ambassador in Russia (Francis) to the Secretary of State",
                        site.text("d2.html", "//*[@aria-label = 'Breadcrumb']//*:li[@aria-current = 'page']")),
                () -> assertEquals("index.html", site.value("d2.html", "string(//*[@aria-label = 'Breadcrumb']//*:a/@href)")),
                () -> assertEquals("Offer of a credit to the Russian Provisional Government, April 3, 1917—Credit of one…",
                        site.text("d2.html", "//*[@aria-label = 'Breadcrumb']//*:li[4]"), "a long heading shortened at a word"),
                () -> assertTrue(site.value("d2.html", "string(//*[@aria-label = 'Breadcrumb']//*:li[4]/@title)").endsWith("further credits")),
                // previous and next before the text as well as after it
                () -> assertEquals("d1.html d1.html", site.value("d2.html", "string-join(//*:a[@rel = 'prev']/@href, ' ')")),
                () -> assertEquals("true", site.value("d2.html",
                        "string(//*:nav[@aria-label = 'Documents, before the text'] << //*[@id = 'text'])")),
                () -> assertEquals(List.of(), site.brokenLinks()),
                () -> assertEquals(List.of(), site.duplicateIds()));
    }

    @Test
    void notesNumberedByPrintedPageAreListedUnderTheirPageWhenANumberComesBack(@TempDir Path temp) throws Exception {
        Path tei = Files.writeString(temp.resolve("notes.xml"), Files.readString(MEMORANDUM).replace(
                "that kind of understanding and cooperation.", "that kind of understanding<note n=\"65\">A second note 65.</note> and cooperation."));
        edition.html(List.of(tei), temp.resolve("html"), PublishOptions.defaults());
        Site site = new Site(temp.resolve("html"));
        assertAll(
                () -> assertEquals("Page 522|Page 523", site.value("index.html", "string-join(//*[@id = 'notes']//*:h3, '|')")),
                () -> assertEquals("A second note 65.", site.text("index.html", "//*[@id = 'notes']//*:h3[. = 'Page 523']/following-sibling::*:ol[1]//*[@class = 'note-body']")),
                () -> assertEquals("Back to the call of note 65 on page 523", site.text("index.html",
                        "(//*[@id = 'notes']//*:ol)[2]//*[@class = 'visually-hidden']")),
                () -> assertEquals("0", pages.value("index.html", "string(count(//*[@id = 'notes']//*:h3))"), "a number used once: one list"),
                () -> assertEquals(List.of(), site.brokenLinks()),
                () -> assertEquals(List.of(), site.duplicateIds()));
    }

    @Test
    void theCommandLineWritesTheSite(@TempDir Path temp) throws Exception {
        CliRun run = CliRun.run("html", MEMORANDUM.toString(), "-o", temp.resolve("site").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(temp.resolve("site/index.html")));
    }

    /** A volume of the series ({@link org.teiedition.testing.Corpus}: its committed slice, or the whole volume). */
    @Test
    void aFrusVolumeGetsAPagePerDocumentWithEveryLinkResolved(@TempDir Path temp) throws Exception {
        Path volume = org.teiedition.testing.Corpus.volume("frus1918Russiav03.xml");
        int documents = org.teiedition.testing.Corpus.count(volume, "//tei:div[@type = 'document']");
        // an unreviewed delivery: validation warns (the whole volume's dangling index links are errors)
        edition.html(List.of(volume), temp.resolve("html"), new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        Site site = new Site(temp.resolve("html"));
        assertAll(
                () -> assertEquals(documents + 7, site.pages().size(), "the documents, the title page, the printed contents, the lists of persons and papers, the index, the contents page and the search page"),
                () -> assertEquals(List.of(), site.brokenLinks()),
                () -> assertEquals(List.of(), site.duplicateIds()),
                () -> assertEquals("d1.html#page-1", site.value("index.html", "string((//*[@id = 'pages']//*:a[. = '1'])[1]/@href)")),
                () -> assertTrue(site.text("d5.html", "//*[@class = 'citation']").contains("vol. III (Washington: United States Government Printing Office, 1932), 4")),
                // the contents: a heading broken by a line break reads with a space, each document once, no empty folio
                () -> assertEquals("Russia Economic Relations", site.text("index.html", "(//*[@id = 'contents']/*:ol[2]//*[@class = 'toc-part'])[1]")),
                // the front and back matter: the List of Papers before the documents, every page number of the index a link to its page's marker
                () -> assertEquals("front-papers.html", site.value("d1.html", "string((//*:a[@rel = 'prev'])[1]/@href)")),
                () -> assertEquals(String.valueOf(org.teiedition.testing.Corpus.count(volume, "//tei:list[@type = 'index']//tei:ref[starts-with(@target, '#pg_')]")),
                        site.value("back-index.html", "string(count(//*[@id = 'text']//*:a[contains(@href, '#page-')][not(@class = 'page-anchor')]))"),
                        "every <ref target=\"#pg_…\"> of the index"),
                () -> assertEquals("d1.html#page-1", site.value("front-toc.html", "string((//*[@id = 'text']//*:a[ends-with(@href, '#page-1')])[1]/@href)")),
                () -> assertEquals("1", site.value("index.html", "string(count(//*[@id = 'contents']//*:a[@href = 'd1.html']))")),
                () -> assertEquals("1. The Secretary of State to the Ambassador in Russia (Francis), p. 1",
                        site.text("index.html", "//*[@id = 'contents']//*:li[*:a/@href = 'd1.html']")),
                () -> assertFalse(site.text("index.html", "//*[@id = 'contents']").contains("p. []")),
                // beside the contents: the documents by date, the places with their pages
                () -> assertEquals(String.valueOf(org.teiedition.testing.Corpus.count(volume, "//tei:div[@type = 'document'][.//tei:date/@when]")),
                        site.value("index.html", "string(count(//*[@id = 'chronology']//*:li))"), "the dated documents"),
                () -> assertEquals("true", site.value("index.html", "string(deep-equal(//*[@id = 'chronology']//*:time/@datetime/string(),"
                        + " sort(//*[@id = 'chronology']//*:time/@datetime/string())))"), "oldest first"),
                () -> assertEquals("d1.html#page-1", site.value("index.html", "string(//*[@id = 'places']//*:li[*[@class = 'register-name'] = 'Washington']/*:a[1]/@href)")),
                // a document page: its number as printed, the Highwire tags, the page markers' role
                () -> assertEquals("Document 4", site.text("d4.html", "//*[@class = 'document-number']")),
                () -> assertEquals("3", site.value("d4.html", "string(//*:meta[@name = 'citation_firstpage']/@content)")),
                () -> assertEquals("4", site.value("d4.html", "string(//*:meta[@name = 'citation_lastpage']/@content)")),
                () -> assertEquals("1917/04/20", site.value("d4.html", "string(//*:meta[@name = 'citation_date']/@content)")),
                () -> assertEquals("doc-pagebreak", site.value("d4.html", "string(//*[@id = 'page-4']/@role)")),
                () -> assertEquals("d3.html", site.value("d4.html", "string((//*:a[@rel = 'prev'])[1]/@href)")));
    }

    @Test
    void noDocumentsIsAMisuse(@TempDir Path temp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EditionStages.html(edition).render(List.of(), temp));
        assertEquals("html: no TEI documents to render", e.getMessage());
    }

    @Test
    void anElementWithoutARuleFailsWhenTheEditorAsksFor(@TempDir Path temp) throws Exception {
        Path tei = temp.resolve("odd.xml");
        Files.writeString(tei, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Odd</title></titleStmt>
                <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
                <text><body><div type="document" xml:id="d1"><pb n="1"/><head>Odd</head><p>An <unclear>unclear</unclear> word.</p></div></body></text></TEI>""");
        Edition strict = new Edition(edition.config().withParameters(Map.of("on-unhandled-element", "fail")));
        // an element outside the schema reaches the stylesheet only when validation warns
        InputException e = assertThrows(InputException.class,
                () -> strict.html(List.of(tei), temp.resolve("html"), new PublishOptions(ValidationMode.WARN, Overflow.FAIL)));
        Diagnostic failure = e.diagnostics().get(e.diagnostics().size() - 1);
        assertEquals("xslt.unhandled-element", failure.code(), failure.toString());
        assertTrue(failure.message().endsWith("element \"unclear\" has no web rule"), failure.toString());
        assertEquals(3, failure.line(), "at the element itself, in the TEI: " + failure);
        assertFalse(Files.exists(temp.resolve("html")), "nothing written");
        edition.html(List.of(tei), temp.resolve("html"), new PublishOptions(ValidationMode.WARN, Overflow.FAIL));
        assertTrue(new Site(temp.resolve("html")).text("index.html", "//*:p[contains(., 'An')]").equals("An unclear word."));
    }

    /** Every file of a folder with its bytes, for comparing two renderings. */
    static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}

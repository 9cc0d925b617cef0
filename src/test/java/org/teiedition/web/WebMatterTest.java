// SPDX-License-Identifier: Apache-2.0
package org.teiedition.web;

import org.teiedition.EditionStages;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;

/**
 * The front and back matter on the web: a page per division (title page, the printed contents, the List
 * of Principal Persons, the index) in the volume's order, and the printed index's page numbers linked to
 * the page markers of the pages they name.
 */
class WebMatterTest {
    /** A volume's title page, printed contents and List of Principal Persons, four documents on three pages, its index. */
    static final Path VOLUME = Path.of("src/test/resources/web/frus1918Russiav03-matter.xml");
    static final String NAME = "frus1918Russiav03-matter";

    static Site site;

    @BeforeAll
    static void render(@TempDir Path temp) throws Exception {
        Files.writeString(temp.resolve(NAME + ".pdf"), "%PDF-1.7 stand-in");
        Files.writeString(temp.resolve(NAME + ".epub"), "stand-in");
        Path html = Files.createDirectory(temp.resolve("html"));
        Edition edition = Edition.create();
        EditionStages.html(edition).render(List.of(edition.load(VOLUME)), html);
        site = new Site(html);
    }

    @Test
    void eachDivisionOfTheMatterIsAPageInTheVolumesOrder() throws Exception {
        assertAll(
                () -> assertEquals(List.of("back-index.html", "d1.html", "d2.html", "d3.html", "d4.html", "front-persons.html",
                        "front-title-page-1.html", "front-toc.html", "index.html", "search.html"), site.pages()),
                // the contents page: the front matter before the documents, the back matter after them, each with its first page
                () -> assertEquals(List.of("front-title-page-1.html", "front-toc.html", "front-persons.html", "d1.html", "d2.html",
                        "d3.html", "d4.html", "back-index.html"), site.strings("index.html", "//*[@id = 'contents']//*:a/@href")),
                () -> assertEquals(List.of("Front matter", "Title page, p. [I]", "Contents, p. III", "List of Principal Persons, p. [VI]"),
                        site.strings("index.html", "//*[@id = 'contents']/*:ol[1]//(*[@class = 'toc-part'] | *:li[*:a])")),
                () -> assertEquals(List.of("Back matter", "Index, p. [317]"),
                        site.strings("index.html", "//*[@id = 'contents']/*:ol[last()]//(*[@class = 'toc-part'] | *:li[*:a])")),
                // every printed page, the front matter's and the index's too
                () -> assertEquals("front-persons.html#page-VII", site.value("index.html", "string(//*[@id = 'pages']//*:a[. = 'VII']/@href)")),
                () -> assertEquals("back-index.html#page-323", site.value("index.html", "string(//*[@id = 'pages']//*:a[. = '323']/@href)")),
                // the landing page offers the downloads
                () -> assertEquals(List.of(NAME + ".pdf", NAME + ".epub", NAME + ".xml"),
                        site.strings("index.html", "//*[@id = 'downloads']//*:a/@href")));
    }

    @Test
    void aMatterPageSaysWhereItStandsAndLeadsOnBeforeAndAfterItsText() throws Exception {
        assertAll(
                () -> assertEquals(List.of("Contents", "Front matter", "List of Principal Persons"),
                        site.strings("front-persons.html", "//*[@aria-label = 'Breadcrumb']//*:li")),
                () -> assertEquals(List.of("Contents", "Back matter", "Index"), site.strings("back-index.html", "//*[@aria-label = 'Breadcrumb']//*:li")),
                () -> assertEquals("Title page", site.text("front-title-page-1.html", "//*:h1")),
                // previous and next, before the text and after it, across the front matter, the documents and the index
                () -> assertEquals("front-toc.html d1.html", site.value("front-persons.html",
                        "string-join(//*:nav[@aria-label = 'Documents, before the text']//*:a[@rel]/@href, ' ')")),
                () -> assertEquals("true", site.value("front-persons.html",
                        "string(//*:nav[@aria-label = 'Documents, before the text'] << //*[@id = 'text'])")),
                () -> assertEquals("front-toc.html d1.html", site.value("front-persons.html",
                        "string-join(//*:nav[@aria-label = 'Documents']//*:a[@rel]/@href, ' ')")),
                () -> assertEquals("Previous: List of Principal Persons", site.text("d1.html", "(//*:a[@rel = 'prev'])[1]")),
                () -> assertEquals("Next: Index", site.text("d4.html", "(//*:a[@rel = 'next'])[1]")),
                () -> assertEquals("0", site.value("back-index.html", "string(count(//*:a[@rel = 'next']))")));
    }

    @Test
    void theMattersPageMarkersAreThoseOfTheDocumentsLinkedToThePdf() throws Exception {
        // the page breaks between divisions open the division after them; the PDF counts [I] as its first page
        assertAll(
                () -> assertEquals(List.of("[Page [VI]]", "[Page VII]"), site.strings("front-persons.html", "//*[@id = 'text']//*[@role = 'doc-pagebreak']")),
                () -> assertEquals(NAME + ".pdf#page=7", site.value("front-persons.html", "string(//*[@id = 'page-VII']/*:a/@href)")),
                () -> assertEquals(NAME + ".pdf#page=2", site.value("front-title-page-1.html", "string(//*[@id = 'page-II']/*:a/@href)")),
                () -> assertEquals(NAME + ".pdf#page=11", site.value("back-index.html", "string(//*[@id = 'page-317']/*:a/@href)")),
                () -> assertEquals("true", site.value("back-index.html", "string(//*[@id = 'page-317'] << //*:h1[. = 'Index'])")),
                () -> assertEquals("“Index,” in Papers Relating to the Foreign Relations of the United States, 1918, Russia, vol. III"
                        + " (Washington: United States Government Printing Office, 1932), [317]–324.", site.text("back-index.html", "//*[@class = 'citation']")));
    }

    @Test
    void everyPageNumberOfThePrintedIndexLeadsToThatPagesMarker() throws Exception {
        List<String> numbers = site.strings("back-index.html", "//*[@id = 'text']//*:a[matches(., '^[0-9IVXLC]+$')]");
        List<String> hrefs = site.strings("back-index.html", "//*[@id = 'text']//*:a[matches(., '^[0-9IVXLC]+$')]/@href");
        List<String> reached = new ArrayList<>();
        for (String href : hrefs) {
            String file = href.substring(0, href.indexOf('#'));
            reached.add(site.text(file, "//*[@id = '" + href.substring(href.indexOf('#') + 1) + "']"));
        }
        assertAll(
                () -> assertEquals(List.of("VII", "1", "2", "3", "2", "3", "1", "2", "3", "2", "3", "2"), numbers,
                        "every page reference of the index, in its order"),
                () -> assertEquals(numbers.stream().map(n -> "[Page " + n + "]").toList(), reached, "each reaches the marker of the page it names"),
                () -> assertEquals(List.of("front-persons.html#page-VII", "d1.html#page-1", "d2.html#page-2", "d2.html#page-3"), hrefs.subList(0, 4)),
                // an index entry's cross-reference ("see also Interest") leads to the entry on the same page
                () -> assertEquals("back-index.html#in13", site.value("back-index.html", "string(//*:a[. = 'Interest']/@href)")),
                // the printed contents' page references are links too
                () -> assertEquals("d1.html#page-1", site.value("front-toc.html", "string(//*[@id = 'text']//*:a[starts-with(., 'Offer of a credit')]/@href)")),
                () -> assertEquals(List.of(), site.brokenLinks()),
                () -> assertEquals(List.of(), site.duplicateIds()));
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.store;

import org.teiedition.EditionStages;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;
import org.teiedition.store.PageStore;
import org.teiedition.transform.ShownElsewhere;
import org.teiedition.transform.Stylesheets;
import org.teiedition.web.HtmlRenderer;

/**
 * A web page or EPUB content document of one document is taken from the store only when nothing it shows
 * has changed: the real stylesheets on a real excerpt of four documents (notes, names, references).
 * The frame's claim (running text of a document shows in no other document's file) is checked by
 * rewriting that text in every other document; that the check can fail is shown with headings, which do
 * show elsewhere.
 */
class UnitFilesTest {
    private static final Path EXCERPT = Path.of("src/test/resources/print/frus1927v01-p236.xml");
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Edition EDITION = Edition.create();
    private static final Processor SAXON = new Processor(false);
    /** Rewrites text in the documents other than those in $keep: the running text, or ("heads") the headings. */
    private static final String REWRITE = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0">
              <xsl:param name="keep" as="xs:string*"/>
              <xsl:param name="shown" as="xs:string*"/>
              <xsl:param name="what" as="xs:string"/>
              <xsl:mode on-no-match="shallow-copy"/>
              <xsl:template match="text()[normalize-space()][ancestor::tei:div[@type = 'document']]
                                   [not(ancestor::tei:div[@type = 'document'][@xml:id = $keep])]">
                <xsl:variable name="shows" select="exists(ancestor::tei:*[local-name() = $shown])"/>
                <xsl:choose>
                  <xsl:when test="$what = 'running' and not($shows)">Other words, and more of them</xsl:when>
                  <xsl:when test="$what = 'heads' and ancestor::tei:head">Another heading</xsl:when>
                  <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                </xsl:choose>
              </xsl:template>
            </xsl:stylesheet>""";

    /** The files of the whole site the stylesheet says show only the frame (f:page-frame-only): kept like a unit's. */
    private static final List<String> FRAME_FILES = List.of("web/index.html", "web/search.html");

    @TempDir
    Path dir;

    @Test
    void runningTextOfADocumentShowsInNoOtherDocumentsFile() throws Exception {
        Map<String, byte[]> before = files(EDITION.load(EXCERPT));
        for (String keep : documentIds()) {
            Map<String, byte[]> after = files(rewrite(keep, "running"));
            assertAll(keep,
                    () -> assertArrayEquals(before.get("web/" + keep + ".html"), after.get("web/" + keep + ".html")),
                    () -> assertArrayEquals(before.get("epub/" + keep + ".xhtml"), after.get("epub/" + keep + ".xhtml")),
                    () -> FRAME_FILES.forEach(file -> assertArrayEquals(before.get(file), after.get(file), file)),
                    // the rewriting is seen: the other documents' files changed
                    () -> assertTrue(changed(before, after).size() > 2, "changed: " + changed(before, after)));
        }
    }

    @Test
    void inAVolumeWithItsFrontAndBackMatterToo() throws Exception {
        Path volume = org.teiedition.testing.Corpus.volume("frus1918Russiav03.xml");
        List<String> ids = documentIds(volume);
        // every other document of a slice, every 25th of a whole volume, kept and the running text of all the
        // others rewritten: one rendering checks them all
        int step = Math.max(2, ids.size() / 20);
        List<String> keep = java.util.stream.IntStream.range(0, ids.size()).filter(i -> i % step == 0).mapToObj(ids::get).toList();
        Map<String, byte[]> before = files(EDITION.load(volume));
        Map<String, byte[]> after = files(rewrite(volume, keep, "running"));
        FRAME_FILES.forEach(file -> assertArrayEquals(before.get(file), after.get(file), file));
        for (String id : keep) {
            assertArrayEquals(before.get("web/" + id + ".html"), after.get("web/" + id + ".html"), id);
            assertArrayEquals(before.get("epub/" + id + ".xhtml"), after.get("epub/" + id + ".xhtml"), id);
        }
        // the rewriting is seen: every other document's web page and content document changed
        List<String> others = ids.stream().filter(id -> !keep.contains(id)).flatMap(id -> java.util.stream.Stream.of("web/" + id + ".html", "epub/" + id + ".xhtml")).toList();
        assertTrue(!others.isEmpty() && changed(before, after).containsAll(others), "changed: " + changed(before, after));
    }

    @Test
    void theCheckCatchesTextThatDoesShowElsewhere() throws Exception {
        Map<String, byte[]> before = files(EDITION.load(EXCERPT));
        String keep = documentIds().get(1);
        Map<String, byte[]> after = files(rewrite(keep, "heads"));
        // the neighbours' headings are the kept document's "previous" and "next" links
        assertTrue(changed(before, after).contains("web/" + keep + ".html"), "changed: " + changed(before, after));
    }

    @Test
    void anEditOfRunningTextMakesOnlyItsDocumentsFilesAgain() throws Exception {
        Counting store = new Counting();
        Path copy = dir.resolve("v.xml");
        String source = Files.readString(EXCERPT);
        Files.writeString(copy, source);
        Map<String, byte[]> first = files(EDITION.load(copy), store);
        assertEquals(0, store.found.get());
        int documentFiles = store.stored.get();

        // an edit inside a paragraph of the second document
        String second = documentIds().get(1);
        String edited = editFirstParagraph(source, second);
        Files.writeString(copy, edited);
        store.reset();
        Map<String, byte[]> kept = files(EDITION.load(copy), store);
        Map<String, byte[]> fresh = files(EDITION.load(copy));
        assertAll(
                () -> assertEquals(List.copyOf(fresh.keySet()), List.copyOf(kept.keySet())),
                () -> fresh.forEach((name, bytes) -> assertArrayEquals(bytes, kept.get(name), name)),
                () -> assertEquals(3, store.stored.get(), "its web page, its records in the search index and its content document"),
                () -> assertEquals(documentFiles - 3, store.found.get()),
                () -> assertEquals(List.of("epub/" + second + ".xhtml", "web/" + second + ".html"),
                        changed(first, kept).stream().filter(f -> f.contains(second)).toList()),
                () -> assertTrue(changed(first, kept).contains("web/search-index.js"), "the search index holds the words"));

        // every word of the paragraph gone: where the running text is changed, and the files that show only the frame
        // are made again with the rest
        java.util.regex.Matcher words = java.util.regex.Pattern.compile(">\\s*([^<\\s])").matcher(edited);
        assertTrue(words.find(edited.indexOf("<p>", edited.indexOf("xml:id=\"" + second + "\""))));
        String emptied = edited.substring(0, words.start(1)) + edited.substring(edited.indexOf('<', words.start(1)));
        Files.writeString(copy, emptied);
        store.reset();
        Map<String, byte[]> keptEmptied = files(EDITION.load(copy), store);
        Map<String, byte[]> freshEmptied = files(EDITION.load(copy));
        freshEmptied.forEach((name, bytes) -> assertArrayEquals(bytes, keptEmptied.get(name), name));
        assertEquals(3 + FRAME_FILES.size(), store.stored.get(), "its web page, search records and content document, and the files of the frame");

        // a heading: every document's files show it (navigation), so all are made again
        Files.writeString(copy, edited.replaceFirst("(<head>)", "$1Revised: "));
        store.reset();
        files(EDITION.load(copy), store);
        assertEquals(0, store.found.get());
        assertEquals(documentFiles, store.stored.get());
    }

    /** The frame is what the stylesheet declares shown elsewhere: a customization that shows paragraphs elsewhere is heeded. */
    @Test
    void theFrameIsWhatTheStylesheetDeclaresShownElsewhere() throws Exception {
        Path custom = dir.resolve("shows-paragraphs.xsl");
        Files.writeString(custom, """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="https://tei-edition.org/ns/functions">
                  <xsl:import href="https://tei-edition.org/xslt/html/edition-html.xsl"/>
                  <xsl:function name="f:shown-elsewhere" visibility="public" as="xs:string+">
                    <xsl:sequence select="('p', 'head')"/>
                  </xsl:function>
                </xsl:stylesheet>""");
        Path copy = dir.resolve("v.xml");
        String source = Files.readString(EXCERPT);
        String edited = editFirstParagraph(source, documentIds().get(1));
        List<Integer> kept = new ArrayList<>();
        for (Map<Stylesheets.Output, Path> customizations : List.of(Map.<Stylesheets.Output, Path>of(), Map.of(Stylesheets.Output.HTML, custom))) {
            Counting store = new Counting();
            Files.writeString(copy, source);
            XdmNode first = EDITION.load(copy);
            HtmlRenderer web = new HtmlRenderer(new Stylesheets(first.getProcessor(), customizations), Map.of());
            web.render(List.of(first), Files.createTempDirectory(dir, "site"), true, store);
            Files.writeString(copy, edited);
            store.reset();
            web.render(List.of(EDITION.load(copy)), Files.createTempDirectory(dir, "site"), true, store);
            kept.add(store.found.get());
        }
        assertEquals(2 * (documentIds().size() - 1) + FRAME_FILES.size(), kept.get(0),
                "the toolkit's stylesheet: the edited document's page and search records are made again, the others' and the frame's kept");
        assertEquals(0, kept.get(1), "paragraphs shown elsewhere: every page is made again");
    }

    // -- helpers

    /** Every file of the web edition ("web/…") and of the EPUB ("epub/…"), made with the store given. */
    private Map<String, byte[]> files(XdmNode tei, PageStore store) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        Path site = Files.createTempDirectory(dir, "site");
        EditionStages.html(EDITION).render(List.of(tei), site, true, store);
        try (var list = Files.list(site)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js")).toList()) {
                files.put("web/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
        ByteArrayOutputStream epub = new ByteArrayOutputStream();
        new org.teiedition.epub.EpubRenderer(new org.teiedition.transform.Stylesheets(tei.getProcessor(), Map.of()), Map.of())
                .render(tei, "v", epub, store);
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(epub.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".xhtml") || entry.getName().endsWith(".opf")) {
                    files.put("epub/" + entry.getName().replaceFirst("^EPUB/", ""), zip.readAllBytes());
                }
            }
        }
        return files;
    }

    private Map<String, byte[]> files(XdmNode tei) throws Exception {
        return files(tei, PageStore.none());
    }

    private static List<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((name, bytes) -> {
            if (!java.util.Arrays.equals(bytes, after.get(name))) {
                changed.add(name);
            }
        });
        return changed;
    }

    private static List<String> documentIds() throws Exception {
        return documentIds(EXCERPT);
    }

    private static List<String> documentIds(Path file) throws Exception {
        XdmNode tei = EDITION.load(file);
        List<String> ids = new ArrayList<>();
        for (XdmNode div : tei.select(net.sf.saxon.s9api.streams.Steps.descendant(TEI, "div")).toList()) {
            if ("document".equals(div.attribute("type"))) {
                ids.add(div.getAttributeValue(new QName("http://www.w3.org/XML/1998/namespace", "id")));
            }
        }
        assertTrue(ids.size() >= 3, "the excerpt has several documents: " + ids);
        return ids;
    }

    /** The excerpt with text of every document but {@code keep} rewritten, loaded as the toolkit loads it. */
    private XdmNode rewrite(String keep, String what) throws Exception {
        return rewrite(EXCERPT, List.of(keep), what);
    }

    private XdmNode rewrite(Path source, List<String> keep, String what) throws Exception {
        Xslt30Transformer rewrite = SAXON.newXsltCompiler().compile(new StreamSource(new StringReader(REWRITE))).load30();
        // the elements whose words the stylesheets declare they show in other documents' files
        XdmNode tei = EDITION.load(source);
        List<XdmAtomicValue> shown = ShownElsewhere.of(new Stylesheets(tei.getProcessor(), Map.of()), Stylesheets.Output.HTML, tei).stream()
                .sorted().map(XdmAtomicValue::new).toList();
        rewrite.setStylesheetParameters(Map.of(new QName("keep"), new XdmValue(keep.stream().map(XdmAtomicValue::new).toList()),
                new QName("shown"), new XdmValue(shown), new QName("what"), new XdmAtomicValue(what)));
        StringWriter out = new StringWriter();
        rewrite.transform(new StreamSource(source.toFile()), SAXON.newSerializer(out));
        Path file = Files.createDirectories(dir.resolve(keep.get(0) + "-" + what)).resolve(source.getFileName());
        Files.writeString(file, out.toString());
        return EDITION.load(file);
    }

    /** Words added inside the first words of the document's first paragraph (in a text node that is there). */
    private static String editFirstParagraph(String source, String id) {
        int document = source.indexOf("xml:id=\"" + id + "\"");
        int paragraph = source.indexOf("<p>", document);
        assertFalse(document < 0 || paragraph < 0, "document " + id + " has a paragraph");
        java.util.regex.Matcher words = java.util.regex.Pattern.compile(">\\s*([^<\\s])").matcher(source);
        assertTrue(words.find(paragraph), "the paragraph has words");
        return source.substring(0, words.start(1)) + "Edited " + source.substring(words.start(1));
    }

    private static final class Counting implements PageStore {
        private final Map<String, byte[]> entries = new java.util.concurrent.ConcurrentHashMap<>();
        final AtomicInteger found = new AtomicInteger();
        final AtomicInteger stored = new AtomicInteger();

        @Override
        public java.util.Optional<byte[]> get(String key) {
            byte[] entry = entries.get(key);
            if (entry != null) {
                found.incrementAndGet();
            }
            return java.util.Optional.ofNullable(entry);
        }

        @Override
        public void put(String key, byte[] entry) throws IOException {
            entries.put(key, entry);
            stored.incrementAndGet();
        }

        void reset() {
            found.set(0);
            stored.set(0);
        }
    }
}

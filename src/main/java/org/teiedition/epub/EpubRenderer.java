// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teiedition.store.UnitFiles;
import org.teiedition.diag.InputException;
import org.teiedition.store.PageStore;
import org.teiedition.transform.EditionDate;
import org.teiedition.transform.ShownElsewhere;
import org.teiedition.transform.Stylesheets;
import org.teiedition.transform.XsltRun;

/**
 * TEI to an EPUB 3 ({@code xslt/epub/edition-epub.xsl}): the content documents, navigation and package
 * document come from the stylesheet; this class adds the container file, the cover image ({@link Cover}),
 * the stylesheet, the fonts (cut
 * down to the characters the book shows, {@link FontSubset}) and their licence, and zips it all with
 * reproducible bytes ({@link EpubZip}).
 *
 * <p>The book's identifier is a name-based UUID of the TEI file's bytes: the same source gives the same
 * identifier (and the same bytes), a changed source a new one. Its {@code dcterms:modified} is the
 * edition's date ({@link EditionDate}: {@code SOURCE_DATE_EPOCH}, else the TEI header's), unless the
 * editor sets {@code epub-modified}.
 */
public final class EpubRenderer {
    static final String FUNCTIONS = "https://tei-edition.org/ns/functions";
    private static final QName FILES = new QName(FUNCTIONS, "epub-files");
    private static final QName FILE = new QName(FUNCTIONS, "epub-file");
    private static final QName FILE_UNIT = new QName(FUNCTIONS, "epub-file-unit");
    private static final QName COVER = new QName(FUNCTIONS, "epub-cover");
    private static final List<String> FONTS = List.of("SourceSerif4_400Regular.ttf", "SourceSerif4_400Regular_Italic.ttf",
            "SourceSerif4_700Bold.ttf", "SourceSerif4_700Bold_Italic.ttf");
    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """;

    private final Stylesheets stylesheets;
    private final Map<String, String> parameters;

    public EpubRenderer(Stylesheets stylesheets, Map<String, String> parameters) {
        this.stylesheets = Objects.requireNonNull(stylesheets, "stylesheets");
        this.parameters = Map.copyOf(parameters);
    }

    /** Compiles the stylesheet in the background, for a book to come. */
    public void prepare() {
        stylesheets.prepare(Stylesheets.Output.EPUB);
    }

    /** Writes the EPUB of one TEI document. */
    public void render(XdmNode tei, String name, OutputStream out) throws InputException, IOException {
        render(tei, name, out, PageStore.none());
    }

    /**
     * Writes the EPUB of one TEI document, taking the content documents of single documents from
     * {@code kept} when their document and frame are unchanged ({@link UnitFiles}).
     */
    public void render(XdmNode tei, String name, OutputStream out, PageStore kept) throws InputException, IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8));
        Set<String> shownElsewhere = kept.keeps() ? ShownElsewhere.of(stylesheets, Stylesheets.Output.EPUB, tei) : Set.of();
        UnitFiles files = UnitFiles.over(kept, List.of(tei), shownElsewhere, name + " " + new java.util.TreeMap<>(parameters));
        entries.putAll(transform(tei, name, files));
        entries.put("EPUB/edition.css", resource("epub/edition.css"));
        entries.put("EPUB/licence.xhtml", licencePage(new String(resource("fonts/OFL.txt"), StandardCharsets.UTF_8)));
        java.util.SortedSet<Integer> shown = FontSubset.characters(entries);
        for (String font : FONTS) {
            entries.put("EPUB/fonts/" + font, FontSubset.subset(resource("fonts/" + font), shown));
        }
        EpubZip.write(entries, out);
    }

    private Map<String, byte[]> transform(XdmNode tei, String name, UnitFiles units) throws InputException, IOException {
        XsltRun run = new XsltRun(stylesheets, Stylesheets.Output.EPUB, tei, parameters)
                .parameter("documents", tei)
                .parameter("document-names", new XdmAtomicValue(name))
                .parameter("epub-identifier", new XdmAtomicValue("urn:uuid:" + UUID.nameUUIDFromBytes(sourceBytes(tei))));
        if (parameters.getOrDefault("epub-modified", "").isBlank()) {
            run.parameter("epub-modified", new XdmAtomicValue(EditionDate.utc(EditionDate.of(tei))));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            Xslt30Transformer transformer = run.transformer();
            for (XdmItem item : transformer.callFunction(FILES, new XdmValue[0])) {
                String file = item.getStringValue();
                if (!file.matches("[A-Za-z0-9._-]+\\.(xhtml|opf)")) {
                    throw new IllegalStateException("epub: file \"" + file + "\" is not a plain file name");
                }
                XdmValue unit = transformer.callFunction(FILE_UNIT, new XdmValue[] {new XdmAtomicValue(file)});
                files.put("EPUB/" + file, units.file(file, unit.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of((XdmNode) unit.itemAt(0)), () -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    Serializer serializer = transformer.newSerializer(bytes);
                    serializer.setOutputProperty(Serializer.Property.METHOD, file.endsWith(".opf") ? "xml" : "xhtml");
                    serializer.setOutputProperty(Serializer.Property.HTML_VERSION, "5");
                    serializer.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
                    serializer.setOutputProperty(Serializer.Property.INDENT, "no");
                    serializer.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "no");
                    transformer.setInitialTemplateParameters(Map.of(new QName("file"), new XdmAtomicValue(file)), false);
                    transformer.callTemplate(FILE, serializer);
                    return bytes.toByteArray();
                }));
            }
            files.put("EPUB/cover.png", Cover.png(coverWords(transformer.callFunction(COVER, new XdmValue[0])),
                    resource("fonts/" + FONTS.get(0)), resource("fonts/" + FONTS.get(2))));
        } catch (SaxonApiException e) {
            throw run.failure(e, "epub");
        }
        return files;
    }

    /** The cover's words, by their keys (series, title, volume, year). */
    private static Map<String, String> coverWords(XdmValue cover) {
        Map<String, String> words = new java.util.TreeMap<>();
        ((net.sf.saxon.s9api.XdmMap) cover.itemAt(0)).asImmutableMap()
                .forEach((key, value) -> words.put(key.getStringValue(), value.itemAt(0).getStringValue()));
        return words;
    }

    /** The fonts' licence as a page of the book. */
    static byte[] licencePage(String licence) {
        String escaped = licence.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n"
                + "<head><meta charset=\"utf-8\"/><title>Font licence</title>"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"edition.css\"/></head>\n"
                + "<body><section aria-labelledby=\"title\"><h1 id=\"title\">Font licence</h1>\n"
                + "<p>This book is set in Source Serif 4, embedded under the SIL Open Font License:</p>\n"
                + "<pre class=\"licence\">" + escaped + "</pre></section></body>\n</html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = EpubRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the toolkit");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] sourceBytes(XdmNode tei) throws IOException {
        Path file = sourceFile(tei);
        if (file != null && Files.isRegularFile(file)) {
            return Files.readAllBytes(file);
        }
        return tei.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Path sourceFile(XdmNode document) {
        URI uri = document.getDocumentURI();
        return uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : null;
    }

}

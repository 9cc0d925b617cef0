// SPDX-License-Identifier: Apache-2.0
package org.teiedition.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.teiedition.diag.Diagnostic;
import org.teiedition.store.UnitFiles;
import org.teiedition.diag.InputException;
import org.teiedition.store.PageStore;
import org.teiedition.transform.ShownElsewhere;
import org.teiedition.transform.Stylesheets;
import org.teiedition.transform.XsltRun;

/**
 * TEI to the static web edition ({@code xslt/html/edition-html.xsl}), written into a folder with its
 * assets: the pages ({@code index.html}, and one page per document when there are several), the
 * stylesheet and fonts under {@code assets/}, and the downloads.
 *
 * <p>Downloads live inside the site so that it works wherever it is deployed: each TEI file is copied
 * in as {@code NAME.xml}; its PDF is copied in as {@code NAME.pdf} when {@code NAME.pdf} lies beside the
 * output folder (as {@code publish} lays it out). Without a PDF the pages carry no PDF links, unless the
 * editor set the {@code pdf-href} parameter. The output depends only on the TEI and the parameters.
 */
public final class HtmlRenderer {
    /** The stylesheet's template for one page. */
    static final QName PAGE = new QName("https://tei-edition.org/ns/functions", "page");
    /** The stylesheet's function that gives the unit a file shows. */
    static final QName PAGE_UNIT = new QName("https://tei-edition.org/ns/functions", "page-unit");
    /** The stylesheet's function that tells whether a file of the whole site shows only the edition's frame. */
    static final QName PAGE_FRAME_ONLY = new QName("https://tei-edition.org/ns/functions", "page-frame-only");
    /** The stylesheet's functions that list the parts of a file of the whole site, each showing one unit, and make one. */
    static final QName PAGE_PARTS = new QName("https://tei-edition.org/ns/functions", "page-parts");
    static final QName PAGE_PARTS_MADE = new QName("https://tei-edition.org/ns/functions", "page-parts-made");
    /** The stylesheet's function that lists the site's files. */
    static final QName PAGE_FILES = new QName("https://tei-edition.org/ns/functions", "page-files");

    /** Assets copied from the classpath into the site: classpath path → path in the site. */
    static final Map<String, String> ASSETS = assets();

    private final Stylesheets stylesheets;
    private final Map<String, String> parameters;

    /**
     * @param stylesheets the compiled stylesheets
     * @param parameters  stylesheet parameters by name (those the HTML stylesheet does not declare are ignored)
     */
    public HtmlRenderer(Stylesheets stylesheets, Map<String, String> parameters) {
        this.stylesheets = Objects.requireNonNull(stylesheets, "stylesheets");
        this.parameters = Map.copyOf(parameters);
    }

    /** Compiles the stylesheet in the background, for an edition to come. */
    public void prepare() {
        stylesheets.prepare(Stylesheets.Output.HTML);
    }

    /**
     * @param documents the TEI documents of the edition, at least one
     * @param folder    an empty folder to fill: {@code index.html} and assets
     */
    public void render(List<XdmNode> documents, Path folder) throws InputException, IOException {
        render(documents, folder, false);
    }

    /**
     * @param pdfsToCome the caller puts each document's {@code NAME.pdf} and {@code NAME.epub} into the folder
     *                   itself (later, as {@code publish} does while they are still being made): link them, copy none
     */
    public void render(List<XdmNode> documents, Path folder, boolean pdfsToCome) throws InputException, IOException {
        render(documents, folder, pdfsToCome, PageStore.none());
    }

    /**
     * @param kept where the pages of single documents are kept between renderings ({@link PageStore#none()}: none): a page
     *             whose document and frame are unchanged is taken from there ({@link UnitFiles})
     */
    public void render(List<XdmNode> documents, Path folder, boolean pdfsToCome, PageStore kept)
            throws InputException, IOException {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("html: no TEI documents to render");
        }
        List<String> names = names(documents);
        Set<String> found = copyDownloads(documents, names, folder, !pdfsToCome);
        boolean pdfs = found.contains(".pdf") || pdfsToCome;
        boolean epubs = found.contains(".epub") || pdfsToCome;
        Set<String> shownElsewhere = kept.keeps() ? ShownElsewhere.of(stylesheets, Stylesheets.Output.HTML, documents.get(0)) : Set.of();
        UnitFiles files = UnitFiles.over(kept, documents, shownElsewhere, names + " pdfs:" + pdfs + " epubs:" + epubs + " " + new java.util.TreeMap<>(parameters));
        Map<String, byte[]> pages = transform(documents, names, pdfs, epubs, files);
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            Files.write(folder.resolve(page.getKey()), page.getValue());
        }
        copyAssets(folder);
    }

    private Map<String, byte[]> transform(List<XdmNode> documents, List<String> names, boolean pdfs, boolean epubs,
            UnitFiles units) throws InputException, IOException {
        // the site is one run over all documents, confined to the first one's folder
        XsltRun run = new XsltRun(stylesheets, Stylesheets.Output.HTML, documents.get(0), parameters);
        if (!pdfs && !parameters.containsKey("pdf-href")) {
            run.parameter("pdf-href", new XdmAtomicValue(""));
        }
        if (!epubs && !parameters.containsKey("epub-href")) {
            run.parameter("epub-href", new XdmAtomicValue(""));
        }
        XdmValue trees = XdmEmptySequence.getInstance();
        XdmValue labels = XdmEmptySequence.getInstance();
        for (int i = 0; i < documents.size(); i++) {
            trees = trees.append(documents.get(i));
            labels = labels.append(new XdmAtomicValue(names.get(i)));
        }
        run.parameter("documents", trees);
        run.parameter("document-names", labels);
        Map<String, byte[]> pages = new LinkedHashMap<>();
        try {
            Xslt30Transformer transformer = run.transformer();
            XdmValue files = transformer.callFunction(PAGE_FILES, new XdmValue[0]);
            for (XdmItem file : files) {
                String name = file.getStringValue();
                if (!(name.endsWith(".html") || name.endsWith(".js")) || name.startsWith(".") || name.matches(".*[/\\\\\\p{Cntrl}].*")) {
                    throw new IllegalStateException("html: page \"" + name + "\" is not a plain file name");
                }
                XdmValue unit = transformer.callFunction(PAGE_UNIT, new XdmValue[] {new XdmAtomicValue(name)});
                // only a file of the whole site is made of parts (the search index of the documents' records)
                XdmMap parts = unit.isEmpty() ? parts(transformer, name, units) : new XdmMap();
                UnitFiles.Maker<SaxonApiException> maker = () -> {
                    StringWriter writer = new StringWriter();
                    transformer.setInitialTemplateParameters(Map.of(new QName("file"), new XdmAtomicValue(name), new QName("parts"), parts), false);
                    Serializer serializer = transformer.newSerializer(writer);
                    if (name.endsWith(".js")) {
                        serializer.setOutputProperty(Serializer.Property.METHOD, "text"); // the search index: a script
                    }
                    transformer.callTemplate(PAGE, serializer);
                    return writer.toString().getBytes(StandardCharsets.UTF_8);
                };
                byte[] page;
                if (!unit.isEmpty()) {
                    page = units.file(name, java.util.Optional.of((XdmNode) unit.itemAt(0)), maker);
                } else if (((XdmAtomicValue) transformer.callFunction(PAGE_FRAME_ONLY, new XdmValue[] {new XdmAtomicValue(name)})).getBooleanValue()) {
                    page = units.frameFile(name, maker);
                } else {
                    page = maker.make();
                }
                pages.put(name, page);
            }
        } catch (SaxonApiException e) {
            throw run.failure(e, "the web edition cannot be made");
        }
        return pages;
    }

    /**
     * The parts of a file of the whole site that each show one unit (the search index's records of a document),
     * by the file of the unit's page: each kept as that page is ({@link UnitFiles}), or made.
     */
    private static XdmMap parts(Xslt30Transformer transformer, String file, UnitFiles units) throws SaxonApiException, IOException {
        Map<String, java.util.Optional<XdmNode>> shown = new LinkedHashMap<>();
        for (XdmItem item : transformer.callFunction(PAGE_PARTS, new XdmValue[] {new XdmAtomicValue(file)})) {
            XdmValue unit = transformer.callFunction(PAGE_UNIT, new XdmValue[] {item});
            shown.put(item.getStringValue(), unit.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of((XdmNode) unit.itemAt(0)));
        }
        // the parts not kept, made in one call
        Map<String, byte[]> made = units.files(file + "#", shown, missing -> {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            XdmMap json = (XdmMap) transformer.callFunction(PAGE_PARTS_MADE, new XdmValue[] {new XdmAtomicValue(file),
                    new XdmValue(missing.stream().map(XdmAtomicValue::new).toList())});
            for (String part : missing) {
                parts.put(part, json.get(part).itemAt(0).getStringValue().getBytes(StandardCharsets.UTF_8));
            }
            return parts;
        });
        Map<XdmAtomicValue, XdmValue> parts = new LinkedHashMap<>();
        made.forEach((part, bytes) -> parts.put(new XdmAtomicValue(part), new XdmAtomicValue(new String(bytes, StandardCharsets.UTF_8))));
        return XdmMap.makeMap(parts);
    }

    /**
     * Copies each TEI file into the site, and (when asked) its PDF and EPUB when they lie beside the output
     * folder. Gives the extensions (".pdf", ".epub") that every document has.
     */
    private static Set<String> copyDownloads(List<XdmNode> documents, List<String> names, Path folder, boolean copyPdfs)
            throws IOException {
        Set<String> all = new LinkedHashSet<>(List.of(".pdf", ".epub"));
        Path beside = folder.toAbsolutePath().getParent();
        for (int i = 0; i < documents.size(); i++) {
            String name = names.get(i);
            Path source = sourceFile(documents.get(i));
            Path tei = folder.resolve(name + ".xml");
            if (source != null && Files.isRegularFile(source)) {
                Files.copy(source, tei);
            } else {
                Serializer serializer = documents.get(i).getProcessor().newSerializer(tei.toFile());
                try {
                    serializer.serializeNode(documents.get(i));
                } catch (SaxonApiException e) {
                    throw new IOException("cannot write " + tei + ": " + e.getMessage(), e);
                }
            }
            for (String extension : List.of(".pdf", ".epub")) {
                Path download = beside == null ? null : beside.resolve(name + extension);
                if (copyPdfs && download != null && Files.isRegularFile(download)) {
                    Files.copy(download, folder.resolve(name + extension));
                } else {
                    all.remove(extension);
                }
            }
        }
        return all;
    }

    private static void copyAssets(Path folder) throws IOException {
        for (Map.Entry<String, String> asset : ASSETS.entrySet()) {
            Path target = folder.resolve(asset.getValue());
            Files.createDirectories(target.getParent());
            try (InputStream in = HtmlRenderer.class.getClassLoader().getResourceAsStream(asset.getKey())) {
                if (in == null) {
                    throw new IllegalStateException("asset " + asset.getKey() + " is missing from the toolkit");
                }
                Files.copy(in, target);
            }
        }
    }

    /**
     * A file name per document: its file name without ".xml", as it is (spaces, accents and any script
     * included: the stylesheet escapes the links), made unique, and never hidden.
     */
    static List<String> names(List<XdmNode> documents) {
        List<String> names = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>(List.of("index", "assets"));
        for (int i = 0; i < documents.size(); i++) {
            Path file = sourceFile(documents.get(i));
            String name = file == null ? "document" : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            if (name.isEmpty() || name.startsWith(".")) {
                name = "document" + name;
            }
            String unique = name;
            for (int n = 2; !used.add(unique); n++) {
                unique = name + "-" + n;
            }
            names.add(unique);
        }
        return names;
    }

    private static Path sourceFile(XdmNode document) {
        URI uri = document.getDocumentURI();
        if (uri == null || !"file".equals(uri.getScheme())) {
            return null;
        }
        try {
            return Path.of(uri);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String systemId(XdmNode document) {
        Path file = sourceFile(document);
        return file == null ? "" : file.toString();
    }

    private static Map<String, String> assets() {
        Map<String, String> assets = new LinkedHashMap<>();
        assets.put("web/edition.css", "assets/edition.css");
        assets.put("web/search.js", "assets/search.js");
        assets.put("web/minisearch/dist/umd/index.js", "assets/minisearch.js");
        assets.put("web/minisearch/LICENSE.txt", "assets/minisearch-LICENSE.txt");
        for (String font : List.of("SourceSerif4_400Regular.ttf", "SourceSerif4_400Regular_Italic.ttf",
                "SourceSerif4_700Bold.ttf", "SourceSerif4_700Bold_Italic.ttf", "OFL.txt")) {
            assets.put("fonts/" + font, "assets/fonts/" + font);
        }
        return Map.copyOf(assets);
    }
}

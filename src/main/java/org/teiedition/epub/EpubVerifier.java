// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.transform.PageModel;
import org.teiedition.transform.Stylesheets;
import org.teiedition.verify.PaginationReport;
import org.teiedition.xml.SafeXml;
import org.xml.sax.InputSource;

/**
 * Reads an EPUB's page-list back (container → package document → navigation document) and checks that
 * it names every page break of the TEI, in order, by its folio, and that each entry leads to a page
 * marker: the same promise the PDF's pagination check makes for print.
 */
public final class EpubVerifier {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String OPF = "http://www.idpf.org/2007/opf";
    private static final QName EPUB_TYPE = new QName("http://www.idpf.org/2007/ops", "type");

    /** One page-list entry: its label and where it leads ({@code d5.xhtml#page-12}). */
    record Entry(String label, String href) {
    }

    private final Stylesheets stylesheets;
    private final Map<String, String> parameters;

    /** @param parameters the edition's stylesheet parameters, with which the page model is read as print reads it */
    public EpubVerifier(Stylesheets stylesheets, Map<String, String> parameters) {
        this.stylesheets = stylesheets;
        this.parameters = parameters;
    }

    /**
     * Checks an EPUB's page-list against the pages of the text: the page breaks the page model counts
     * ({@link PageModel}: not a {@code pb} inside a note, nor one that opens no page), in order.
     */
    public PaginationReport verify(Path epub, XdmNode tei) throws InputException, IOException {
        PageModel model = PageModel.of(stylesheets, parameters, tei);
        List<String> folios = tei.select(Steps.descendant(TEI, "text").then(Steps.descendant(TEI, "pb")))
                .filter(model.pageBreaks()::contains)
                .map(pb -> pb.attribute("n") == null ? "" : pb.attribute("n").strip()).toList();
        List<Entry> entries = pageList(epub, tei.getProcessor());
        List<PaginationReport.PageCheck> pages = new ArrayList<>();
        for (int i = 0; i < folios.size(); i++) {
            String folio = folios.get(i);
            Entry entry = i < entries.size() ? entries.get(i) : null;
            boolean ok = entry != null && entry.label().equals(folio) && entry.href().contains("#");
            String verdict = entry == null ? "missing from the page-list"
                    : !entry.label().equals(folio) ? "the page-list names \"" + entry.label() + "\" here"
                    : ok ? "in the page-list, " + entry.href() : "the entry leads to no marker";
            pages.add(new PaginationReport.PageCheck(folio, entry == null ? 0 : i + 1, entry == null ? "" : entry.label(),
                    entry == null ? "" : entry.href(), "", List.of(), ok, verdict));
        }
        List<String> problems = new ArrayList<>();
        if (entries.size() != folios.size()) {
            problems.add("the page-list has " + entries.size() + " entries, the TEI " + folios.size() + " page breaks");
        }
        return new PaginationReport(epub.toString(), String.valueOf(tei.getDocumentURI()), pages, problems);
    }

    /** Bounds far above any real book's, so that a hostile archive (a "zip bomb") is refused, not inflated. */
    static final int MAX_ENTRIES = 100_000;
    static final int MAX_DOCUMENT = 64 << 20;

    /** The page-list's entries, in order. */
    static List<Entry> pageList(Path epub, Processor processor) throws InputException, IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw broken(epub, "not a plausible EPUB: it holds " + zip.size() + " files (a book of the series holds a few hundred)");
            }
            XdmNode container = parse(zip, "META-INF/container.xml", processor, epub);
            String opfPath = container.select(Steps.descendant("rootfile")).findFirst().map(r -> r.attribute("full-path")).orElse(null);
            if (opfPath == null) {
                throw broken(epub, "META-INF/container.xml names no package document");
            }
            XdmNode opf = parse(zip, opfPath, processor, epub);
            String navHref = opf.select(Steps.descendant(OPF, "item").where(item -> hasToken(item.attribute("properties"), "nav")))
                    .findFirst().map(item -> item.attribute("href")).orElse(null);
            if (navHref == null) {
                throw broken(epub, opfPath + " names no navigation document");
            }
            XdmNode nav = parse(zip, URI.create(opfPath).resolve(navHref).toString(), processor, epub);
            List<Entry> entries = new ArrayList<>();
            nav.select(Steps.descendant(XHTML, "nav").where(n -> hasToken(n.getAttributeValue(EPUB_TYPE), "page-list"))
                    .then(Steps.descendant(XHTML, "a")))
                    .forEach(a -> entries.add(new Entry(a.getStringValue().strip(), String.valueOf(a.attribute("href")))));
            return entries;
        } catch (java.util.zip.ZipException e) {
            throw broken(epub, "not an EPUB (ZIP) file: " + e.getMessage());
        }
    }

    private static boolean hasToken(String list, String token) {
        return list != null && Arrays.asList(list.strip().split("\\s+")).contains(token);
    }

    private static XdmNode parse(ZipFile zip, String path, Processor processor, Path epub) throws InputException, IOException {
        ZipEntry entry = zip.getEntry(path);
        if (entry == null) {
            throw broken(epub, "the book has no " + path);
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            // read no further than a plausible book's document: the size the archive claims is not to be trusted
            bytes = in.readNBytes(MAX_DOCUMENT + 1);
        } catch (IOException e) {
            throw broken(epub, "not a whole EPUB: " + path + " is damaged (" + e.getMessage() + ")");
        }
        if (bytes.length > MAX_DOCUMENT) {
            throw broken(epub, "not a plausible EPUB: " + path + " inflates to more than " + (MAX_DOCUMENT >> 20) + " MB");
        }
        try {
            InputSource source = new InputSource(new ByteArrayInputStream(bytes));
            source.setSystemId(epub.toUri() + "/" + path);
            return processor.newDocumentBuilder().build(SafeXml.source(source));
        } catch (SaxonApiException e) {
            throw new InputException(Diagnostic.error("epub.read", path + " is not well-formed: " + e.getMessage(), epub.toString(), 0, 0));
        }
    }

    private static InputException broken(Path epub, String message) {
        return new InputException(Diagnostic.error("epub.read", message, epub.toString(), 0, 0));
    }
}

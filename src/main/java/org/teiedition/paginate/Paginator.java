// SPDX-License-Identifier: Apache-2.0
package org.teiedition.paginate;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.om.NamespaceMap;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teiedition.diag.Diagnostic;
import org.teiedition.diag.InputException;
import org.teiedition.print.PageBreaks;
import org.teiedition.store.PageStore;
import org.teiedition.print.PdfRenderer;
import org.teiedition.transform.PageModel;
import org.teiedition.transform.Stylesheets;
import org.teiedition.transform.TeiLoader;
import org.teiedition.verify.PageStarts;

/**
 * The first print of a text that has no pages yet: the text is laid out into the page design's pages
 * ({@link PdfRenderer#flowingPdf}), the pages are read back ({@link PageStarts}), and a {@code pb} with its
 * folio and {@code xml:id} is written into the file where each page begins, changing no other character of
 * it. Every output is then made from the paginated text, so the first print is printed page for page like
 * any reprint, and a corrected reprint keeps every break where the first print put it.
 *
 * <p>A page break goes before the first word its page prints; at the start of a block (a paragraph, a
 * heading, a document's first line), before the block, inside its division. A page left blank before a
 * recto gets a bracketed folio ({@code [14]}), as the series encodes a page that prints no folio.
 */
public final class Paginator {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** Parents a page break is never lifted out of: it stays inside its division. */
    private static final Set<String> CONTAINERS = Set.of("div", "front", "body", "back", "text", "group", "TEI");
    /** How many times the pages are checked, and lines carried over, before the print takes them as they are. */
    private static final int MAX_ROUNDS = 6;
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final Stylesheets stylesheets;
    /** The edition's stylesheet parameters, which the page model is read with as print reads it. */
    private final Map<String, String> parameters;
    private final PdfRenderer renderer;
    private final TeiLoader loader;

    public Paginator(Stylesheets stylesheets, Map<String, String> parameters, PdfRenderer renderer, TeiLoader loader) {
        this.stylesheets = stylesheets;
        this.parameters = parameters;
        this.renderer = renderer;
        this.loader = loader;
    }

    /**
     * A first print's text.
     *
     * @param contents the file's new bytes: the text with a page break where each page begins
     * @param tree     those bytes parsed
     * @param folios   the pages' folios, in order
     */
    public record Paginated(byte[] contents, XdmNode tree, List<String> folios) {
    }

    /** Whether the text is to be printed for the first time: {@link Pagination#NEW}, or AUTO and no page breaks. */
    public boolean isFirstPrint(XdmNode tree, Pagination pagination) {
        return pagination == Pagination.NEW || PageBreaks.of(tree).isEmpty();
    }

    /** The text paginated by a first print, or empty when its own page breaks are its pages. */
    public Optional<Paginated> paginate(Path file, XdmNode tree, Pagination pagination) throws InputException, IOException {
        if (!isFirstPrint(tree, pagination)) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
        Charset charset = charset(bytes, bom);
        String xml = new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), charset);
        PageModel model = PageModel.of(stylesheets, parameters, tree);
        if (!model.pageBreaks().isEmpty()) {
            xml = withoutBreaks(xml, tree, model);
            tree = loader.load(encode(xml, charset, bom), file);
            model = PageModel.of(stylesheets, parameters, tree);
        }
        List<PageStarts.Line> forced = new ArrayList<>();
        Map<PageStarts.Line, Integer> tries = new HashMap<>();
        PageStore laid = PageStore.inMemory();
        for (int round = 0; ; round++) {
            XdmNode flowed = forced.isEmpty() ? tree
                    : loader.load(encode(withBreaks(xml, tree, forcedStarts(forced), file), charset, bom), file);
            List<PageStarts.Start> starts = PageStarts.of(renderer.flowingPdf(flowed), flowed, PageModel.of(stylesheets, parameters, flowed), tree, model);
            byte[] contents = encode(withBreaks(xml, tree, starts, file), charset, bom);
            XdmNode result = loader.load(contents, file);
            int written = PageModel.of(stylesheets, parameters, result).pageBreaks().size();
            List<Integer> sourcePages = sourcePages(starts);
            if (written != sourcePages.size()) {
                throw new IllegalStateException("a first print of " + sourcePages.size() + " source pages wrote " + written + " page breaks");
            }
            List<Integer> overflowing = round < MAX_ROUNDS ? renderer.overflowingPages(result, laid).stream()
                    .map(index -> sourcePages.get(index - 1)).toList() : List.of();
            if (overflowing.isEmpty() || !breakEarlier(starts, overflowing, forced, tries)) {
                return Optional.of(new Paginated(contents, result, sourcePages.stream().map(i -> starts.get(i).label()).toList()));
            }
        }
    }

    /**
     * Makes each page that does not fit when printed alone end a line earlier: the start of its last line
     * becomes a break that the next layout keeps, the text after it set anew. A page is printed alone with
     * its footnotes, where the flowing layout may have put a footnote on a later page or set a paragraph's
     * lines otherwise than when the paragraph is cut at the page's end; the flowing pages are a line short
     * of the page for that, and where it is not enough this is the compositor's remedy: the line carried
     * over, and what follows set again. Whether any page was given such a break. A page is known from round
     * to round by its first line (the pages before it are not set again).
     */
    private static boolean breakEarlier(List<PageStarts.Start> starts, List<Integer> overflowing, List<PageStarts.Line> forced,
            Map<PageStarts.Line, Integer> tries) {
        boolean any = false;
        for (int page : overflowing) {
            List<PageStarts.Line> lines = starts.get(page).lines();
            if (lines.size() < 2) {
                continue;
            }
            // a page that still does not fit gives two lines, then four (a long footnote whose call it holds)
            int tried = tries.merge(lines.get(0), 1, Integer::sum);
            PageStarts.Line at = lines.get(Math.max(1, lines.size() - (1 << Math.min(4, tried - 1))));
            if (!forced.contains(at)) {
                forced.add(at);
                any = true;
            }
        }
        return any;
    }

    /** A page start at each break kept, for the text laid out with them. */
    private static List<PageStarts.Start> forcedStarts(List<PageStarts.Line> forced) {
        return forced.stream().map(line -> new PageStarts.Start("0", line.text(), line.offset(), List.of(), null)).toList();
    }

    /** The flowing pages that are source pages (all but those an apparatus runs on to), by position. */
    private static List<Integer> sourcePages(List<PageStarts.Start> starts) {
        return java.util.stream.IntStream.range(0, starts.size()).filter(i -> !runsOn(starts, i)).boxed().toList();
    }

    /** Where a page break is written: before an element, or inside a text node before a character. */
    private record Place(XdmNode node, int offset) {
    }

    private String withBreaks(String xml, XdmNode tree, List<PageStarts.Start> starts, Path file) throws InputException {
        if (starts.stream().allMatch(PageStarts.Start::blank)) {
            throw new InputException(Diagnostic.error("paginate.empty", "the text prints nothing: there are no pages to make",
                    file.toString(), 0, 0));
        }
        Set<String> ids = new HashSet<>();
        tree.select(net.sf.saxon.s9api.streams.Steps.descendant()).forEach(node -> {
            String id = node.getAttributeValue(new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "id"));
            if (id != null) {
                ids.add(id);
            }
        });
        List<Place> places = places(tree, starts);
        // blank pages at the end (a page the layout left blank after the text): at the last printed page's place
        for (int i = 1; i < places.size(); i++) {
            if (places.get(i) == null && !runsOn(starts, i)) {
                places.set(i, places.get(i - 1));
            }
        }
        List<Place> written = places.stream().filter(java.util.Objects::nonNull).toList();
        Map<XdmNode, Integer> ordinals = ordinals(tree, written);
        SourceMarkup markup = SourceMarkup.of(xml);
        List<int[]> at = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Place place = places.get(i);
            if (place == null) {
                tags.add(null);
                continue;
            }
            int ordinal = ordinals.get(place.node());
            int position = place.node().getNodeKind() == XdmNodeKind.TEXT
                    ? markup.position(markup.texts.get(ordinal), place.offset())
                    : markup.elements.get(ordinal).start();
            boolean blank = starts.get(i).blank() && starts.get(i).apparatus() == null;
            String folio = blank ? "[" + starts.get(i).label() + "]" : starts.get(i).label();
            at.add(new int[] {position, i});
            tags.add(tag(folio, id(folio, ids), prefix(place.node().getParent())));
        }
        at.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
        StringBuilder out = new StringBuilder(xml.length() + 40 * starts.size());
        int copied = 0;
        for (int[] insertion : at) {
            out.append(xml, copied, insertion[0]).append(markup.insertable(insertion[0], tags.get(insertion[1])));
            copied = insertion[0];
        }
        return out.append(xml, copied, xml.length()).toString();
    }

    /**
     * Where each page's break goes, null for a page an apparatus runs on to (it has none). A page of text
     * has its break before its first word; the first page of an apparatus (contents, list of documents,
     * index), before the divGen it is made from, the divGens taken in order; a page left blank, where the
     * next page's break goes.
     */
    private static List<Place> places(XdmNode tree, List<PageStarts.Start> starts) {
        List<XdmNode> apparatus = new ArrayList<>();
        tree.select(net.sf.saxon.s9api.streams.Steps.descendant(TEI, "divGen")).forEach(apparatus::add);
        List<Place> own = new ArrayList<>();
        int made = 0;
        for (int i = 0; i < starts.size(); i++) {
            PageStarts.Start start = starts.get(i);
            if (start.apparatus() != null) {
                own.add(runsOn(starts, i) || made >= apparatus.size() ? null : new Place(apparatus.get(made++), 0));
            } else {
                own.add(start.blank() ? null : place(start.text(), wordStart(start.text(), start.offset())));
            }
        }
        List<Place> places = new ArrayList<>(own);
        for (int i = starts.size() - 2; i >= 0; i--) {
            if (places.get(i) == null && starts.get(i).apparatus() == null) {
                Place next = places.get(i + 1) != null ? places.get(i + 1) : nextOwn(own, starts, i + 1);
                places.set(i, next == null ? null : beforeDivisions(next));
            }
        }
        return places;
    }

    /**
     * Where a page left blank before the page at {@code next} has its break: before every division that
     * the next page opens, so that the blank page ends what came before (a verso left blank is the last page
     * of the front matter or of a chapter) and the next page's break still opens its division.
     */
    private static Place beforeDivisions(Place next) {
        XdmNode at = next.node();
        if (at.getNodeKind() == XdmNodeKind.TEXT) {
            return next;
        }
        while (at.getParent() != null && at.getParent().getNodeKind() == XdmNodeKind.ELEMENT
                && CONTAINERS.contains(at.getParent().getNodeName().getLocalName()) && !"TEI".equals(at.getParent().getNodeName().getLocalName())
                && !"text".equals(at.getParent().getNodeName().getLocalName()) && !printsBefore(at)) {
            at = at.getParent();
        }
        return new Place(at, 0);
    }

    /** The place of the first page from {@code from} on that has one of its own. */
    private static Place nextOwn(List<Place> own, List<PageStarts.Start> starts, int from) {
        for (int j = from; j < own.size(); j++) {
            if (own.get(j) != null) {
                return own.get(j);
            }
        }
        return null;
    }

    /** Whether page {@code i} continues the apparatus of the page before it. */
    private static boolean runsOn(List<PageStarts.Start> starts, int i) {
        return i > 0 && starts.get(i).apparatus() != null && starts.get(i).apparatus().equals(starts.get(i - 1).apparatus());
    }

    /** The start of the word holding character {@code offset} of a text node (a page may begin inside a hyphenated word). */
    private static int wordStart(XdmNode text, int offset) {
        String value = text.getStringValue();
        int start = Math.min(offset, value.length());
        while (start > 0 && !Character.isWhitespace(value.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * Where the break of a page that begins at a character goes: before the word, or, when the word opens
     * its block, before the outermost element it opens below the division.
     */
    private static Place place(XdmNode text, int offset) {
        if (!text.getStringValue().substring(0, offset).isBlank()) {
            return new Place(text, offset);
        }
        XdmNode candidate = text;
        while (true) {
            XdmNode parent = candidate.getParent();
            if (parent == null || parent.getNodeKind() != XdmNodeKind.ELEMENT || !TEI.equals(parent.getNodeName().getNamespace())
                    || CONTAINERS.contains(parent.getNodeName().getLocalName()) || printsBefore(candidate)) {
                break;
            }
            candidate = parent;
        }
        return candidate == text ? new Place(text, offset) : new Place(candidate, 0);
    }

    /** Whether any text stands in the node's parent before it. */
    private static boolean printsBefore(XdmNode node) {
        XdmNode parent = node.getParent();
        for (XdmNode sibling : parent.children()) {
            if (sibling.equals(node)) {
                return false;
            }
            if (!sibling.getStringValue().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The document-order number of each place's node among the nodes of its kind (elements, text nodes). */
    private static Map<XdmNode, Integer> ordinals(XdmNode tree, List<Place> places) {
        Set<XdmNode> wanted = new HashSet<>();
        places.forEach(place -> wanted.add(place.node()));
        Map<XdmNode, Integer> found = new HashMap<>();
        int[] counts = new int[2];
        count(tree, wanted, found, counts);
        return found;
    }

    private static void count(XdmNode node, Set<XdmNode> wanted, Map<XdmNode, Integer> found, int[] counts) {
        XdmNodeKind kind = node.getNodeKind();
        if (kind == XdmNodeKind.ELEMENT || kind == XdmNodeKind.TEXT) {
            int k = kind == XdmNodeKind.ELEMENT ? 0 : 1;
            if (wanted.contains(node)) {
                found.put(node, counts[k]);
            }
            counts[k]++;
        }
        if (kind == XdmNodeKind.ELEMENT || kind == XdmNodeKind.DOCUMENT) {
            for (XdmNode child : node.children()) {
                count(child, wanted, found, counts);
            }
        }
    }

    /** The text with its page breaks (those that open pages) taken out, for a first print of a text that had pages. */
    private static String withoutBreaks(String xml, XdmNode tree, PageModel model) {
        List<Place> breaks = model.pageBreaks().stream().map(pb -> new Place(pb, 0)).toList();
        Map<XdmNode, Integer> ordinals = ordinals(tree, breaks);
        SourceMarkup markup = SourceMarkup.of(xml);
        List<int[]> cuts = new ArrayList<>();
        for (Place pb : breaks) {
            SourceMarkup.Element element = markup.elements.get(ordinals.get(pb.node()));
            int end = element.empty() ? element.end() : xml.indexOf('>', xml.indexOf("</", element.end())) + 1;
            cuts.add(new int[] {element.start(), end});
        }
        cuts.sort(Comparator.comparingInt(c -> c[0]));
        StringBuilder out = new StringBuilder(xml.length());
        int copied = 0;
        for (int[] cut : cuts) {
            out.append(xml, copied, cut[0]);
            copied = cut[1];
        }
        return out.append(xml, copied, xml.length()).toString();
    }

    private static String tag(String folio, String id, String prefix) {
        String name = prefix == null ? "pb xmlns=\"" + TEI + "\"" : prefix.isEmpty() ? "pb" : prefix + ":pb";
        return "<" + name + " n=\"" + escape(folio) + "\" xml:id=\"" + escape(id) + "\"/>";
    }

    /** The prefix bound to the TEI namespace where the break is written ("" the default), or null when none is. */
    private static String prefix(XdmNode parent) {
        NamespaceMap namespaces = ((NodeInfo) parent.getUnderlyingNode()).getAllNamespaces();
        if (TEI.equals(namespaces.getDefaultNamespace().toString())) {
            return "";
        }
        for (String prefix : namespaces.getPrefixArray()) {
            if (TEI.equals(namespaces.getURIForPrefix(prefix, false).toString())) {
                return prefix;
            }
        }
        return null;
    }

    /** An id for a page's break, {@code pg_FOLIO}, not one the text has. */
    private static String id(String folio, Set<String> ids) {
        String base = "pg_" + folio.replaceAll("[^A-Za-z0-9._-]", "");
        String id = base;
        for (int k = 2; ids.contains(id); k++) {
            id = base + "_" + k;
        }
        ids.add(id);
        return id;
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static Charset charset(byte[] bytes, boolean bom) {
        String head = new String(bytes, bom ? 3 : 0, Math.min(200, bytes.length - (bom ? 3 : 0)), StandardCharsets.ISO_8859_1);
        Matcher declared = ENCODING.matcher(head);
        return declared.find() ? Charset.forName(declared.group(1)) : StandardCharsets.UTF_8;
    }

    private static byte[] encode(String xml, Charset charset, boolean bom) {
        byte[] body = xml.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xef;
        all[1] = (byte) 0xbb;
        all[2] = (byte) 0xbf;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }
}

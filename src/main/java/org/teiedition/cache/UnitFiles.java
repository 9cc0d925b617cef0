// SPDX-License-Identifier: Apache-2.0
package org.teiedition.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teiedition.print.PageStore;

/**
 * The files of an output that each show one unit of the edition (a web page, an EPUB content document),
 * taken from a store when their inputs are those of a file made before, so that after an edit only the
 * files it touches are made again.
 *
 * <p>A unit's file depends on the unit itself and on what it shows from the rest of the edition: titles,
 * numbers, dates, page breaks and identifiers of other documents (navigation, links, page ranges), the
 * header, the front and back matter, the registers' entries. Its key is therefore the digest of the unit
 * and of the edition's <em>frame</em>: every TEI document whole, but without the running text of its
 * documents ({@code div[@type='document']}). The running text is what no other file shows; text inside a heading, a title, a date, a dateline or a name stays in
 * the frame, as do every element and attribute. So a change of words in a document's running text makes
 * only that document's files again, while any other change (a heading, a name, a page break, an element
 * added) makes every file again. The files of the whole edition (contents, registers, search index,
 * navigation document, package) are not units: they are always made.
 */
public final class UnitFiles {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** Elements whose words other files show: text inside them is part of the frame. */
    static final Set<String> SHOWN_ELSEWHERE = Set.of("head", "title", "date", "dateline", "docDate",
            "persName", "rs", "name", "placeName", "orgName", "person", "listPerson", "term", "label");

    /** Makes every file, keeping none. */
    public static final UnitFiles NONE = new UnitFiles(null, "");

    /** Makes one file's bytes. */
    @FunctionalInterface
    public interface Maker<E extends Exception> {
        byte[] make() throws E;
    }

    private final PageStore store;
    private final String frame;

    private UnitFiles(PageStore store, String frame) {
        this.store = store;
        this.frame = frame;
    }

    /**
     * @param store     where the files are kept (its own key covers the stylesheet, the parameters and the toolkit)
     * @param documents the edition's TEI documents
     * @param context   whatever else the files depend on, as the renderer runs them (names, links offered)
     */
    public static UnitFiles over(PageStore store, List<XdmNode> documents, String context) {
        MessageDigest digest = Hashes.digest();
        update(digest, context);
        for (XdmNode document : documents) {
            update(digest, String.valueOf(document.getDocumentURI()));
            frame(document, false, false, digest);
        }
        return new UnitFiles(store, Hashes.hex(digest.digest()));
    }

    /** A file showing {@code unit} (null: a file of the whole edition, always made). */
    public <E extends Exception> byte[] file(String name, XdmNode unit, Maker<E> maker) throws E, IOException {
        if (store == null || unit == null) {
            return maker.make();
        }
        MessageDigest digest = Hashes.digest();
        update(digest, name);
        update(digest, frame);
        whole(unit, digest);
        String key = Hashes.hex(digest.digest());
        java.util.Optional<byte[]> kept = store.get(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] made = maker.make();
        store.put(key, made);
        return made;
    }

    /** The frame of a subtree: all but the running text of documents. */
    private static void frame(XdmNode node, boolean inDocument, boolean shown, MessageDigest digest) {
        for (XdmNode child : node.children()) {
            XdmNodeKind kind = child.getNodeKind();
            if (kind == XdmNodeKind.ELEMENT) {
                boolean tei = TEI.equals(child.getNodeName().getNamespace());
                String local = child.getNodeName().getLocalName();
                startElement(child, digest);
                frame(child, inDocument || (tei && local.equals("div") && "document".equals(child.attribute("type"))),
                        shown || (tei && SHOWN_ELSEWHERE.contains(local)), digest);
                update(digest, "/");
            } else if (kind != XdmNodeKind.TEXT || !inDocument || shown) {
                leaf(child, digest);
            }
        }
    }

    private static void whole(XdmNode node, MessageDigest digest) {
        if (node.getNodeKind() != XdmNodeKind.ELEMENT) {
            leaf(node, digest);
            return;
        }
        startElement(node, digest);
        for (XdmNode child : node.children()) {
            whole(child, digest);
        }
        update(digest, "/");
    }

    private static void startElement(XdmNode element, MessageDigest digest) {
        update(digest, "<" + element.getNodeName().getClarkName());
        for (XdmNode attribute : element.select(net.sf.saxon.s9api.streams.Steps.attribute()).toList()) {
            update(digest, attribute.getNodeName().getClarkName());
            update(digest, attribute.getStringValue());
        }
        update(digest, ">");
    }

    private static void leaf(XdmNode node, MessageDigest digest) {
        update(digest, node.getNodeKind().name() + (node.getNodeName() == null ? "" : node.getNodeName().getClarkName()));
        update(digest, node.getStringValue());
    }

    /** A string, its length first, so that no two sequences of strings feed the same bytes. */
    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
                (byte) bytes.length});
        digest.update(bytes);
    }
}

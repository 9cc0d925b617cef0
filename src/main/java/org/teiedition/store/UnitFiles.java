// SPDX-License-Identifier: Apache-2.0
package org.teiedition.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import net.sf.saxon.om.AttributeInfo;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.TreeInfo;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.type.Type;
import net.sf.saxon.value.Whitespace;

/**
 * The files of an output that each show one unit of the edition (a web page, an EPUB content document),
 * taken from a store when their inputs are those of a file made before, so that after an edit only the
 * files it touches are made again.
 *
 * <p>A unit's file depends on the unit itself and on what it shows from the rest of the edition: titles,
 * numbers, dates, page breaks and identifiers of other documents (navigation, links, page ranges), the
 * header, the front and back matter, the registers' entries. Its key is therefore the digest of the unit
 * and of the edition's <em>frame</em>: every TEI document whole, but without the running text of its
 * documents ({@code div[@type='document']}). The running text is what no other file shows; text inside
 * a heading, a title, a date, a dateline or a name stays in the frame, as do every element and attribute
 * and everything outside the documents. So a change of words in a document's running text makes
 * only that document's files again, while any other change (a heading, a name, a page break, an element
 * added) makes every file again. The files of the whole edition (contents, registers, search index,
 * navigation document, package) are not units: they are made again, but for those the stylesheet says show
 * only the frame ({@link #frameFile}), kept while the frame and where the running text is are unchanged, and
 * the parts of such a file that each show one unit ({@link #files}). Which elements' words other files
 * show is the stylesheets' to say ({@code f:shown-elsewhere} in {@code xslt/common/shown.xsl}): the renderers
 * ask it of the stylesheet they run and give it here.
 */
public final class UnitFiles {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    /** Makes every file, keeping none. */
    private static final UnitFiles NONE = new UnitFiles(PageStore.none(), "", () -> "");

    /** Makes one file's bytes. */
    @FunctionalInterface
    public interface Maker<E extends Exception> {
        byte[] make() throws E;
    }

    /** Makes the bytes of several files at once, by their names. */
    @FunctionalInterface
    public interface Makers<E extends Exception> {
        Map<String, byte[]> make(List<String> names) throws E;
    }

    /** Which frame of a tree: the elements shown elsewhere it was made with, and whether it says where words are. */
    private record Kind(Set<String> shownElsewhere, boolean words) {
    }

    /** The frames of each tree still in use, by their kind. */
    private static final Map<TreeInfo, Map<Kind, String>> FRAMES = new WeakHashMap<>();

    private final PageStore store;
    private final String frame;
    /** The digest of the frame with where the running text is, made when a file of the frame first asks. */
    private final java.util.function.Supplier<String> frameAndWords;
    private String frameAndWordsMade;
    /** The digests of the units asked about, each read once. */
    private final Map<NodeInfo, String> units = new java.util.HashMap<>();

    private UnitFiles(PageStore store, String frame, java.util.function.Supplier<String> frameAndWords) {
        this.store = store;
        this.frame = frame;
        this.frameAndWords = frameAndWords;
    }

    /**
     * @param store     where the files are kept (its own key covers the stylesheet, the parameters and the
     *                  toolkit); {@link PageStore#none()}: none, every file is made
     * @param documents the edition's TEI documents
     * @param shown     the TEI elements whose words other files show (their local names): text inside them is part of the frame
     * @param context   whatever else the files depend on, as the renderer runs them (names, links offered)
     */
    public static UnitFiles over(PageStore store, List<XdmNode> documents, Set<String> shown, String context) {
        if (!store.keeps()) {
            return NONE;
        }
        return new UnitFiles(store, frames(documents, shown, context, false), () -> frames(documents, shown, context, true));
    }

    private static String frames(List<XdmNode> documents, Set<String> shown, String context, boolean words) {
        MessageDigest digest = Hashes.digest();
        update(digest, context);
        for (XdmNode document : documents) {
            update(digest, String.valueOf(document.getDocumentURI()));
            update(digest, frame(document.getUnderlyingNode().getTreeInfo(), shown, words));
        }
        return Hashes.hex(digest.digest());
    }

    /**
     * The digest of a document's frame, and of where its running text is: which of its text nodes are there
     * and which are blank (for an output that looks past blank text for the next words: the print, to the
     * first word of a page, of a division, of an element whose page it cites).
     */
    public static String frameAndWhereWordsAre(XdmNode document, Set<String> shown) {
        return frame(document.getUnderlyingNode().getTreeInfo(), shown, true);
    }

    /** The digest of a unit whole, all its nodes. */
    public static String digest(XdmNode unit) {
        return digest(unit.getUnderlyingNode());
    }

    /** A file showing {@code unit} (empty: a file of the whole edition, always made). */
    public <E extends Exception> byte[] file(String name, java.util.Optional<XdmNode> unit, Maker<E> maker) throws E, IOException {
        if (!store.keeps() || unit.isEmpty()) {
            return maker.make();
        }
        return kept(key(name, unit.get()), maker);
    }

    /**
     * Files each showing a unit (by name, {@code prefix} before each name in the store), those not kept made by one call of
     * {@code maker}: for files that cost less made together than one by one.
     */
    public <E extends Exception> Map<String, byte[]> files(String prefix, Map<String, java.util.Optional<XdmNode>> units, Makers<E> maker)
            throws E, IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        Map<String, String> keys = new java.util.HashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        for (Map.Entry<String, java.util.Optional<XdmNode>> unit : units.entrySet()) {
            java.util.Optional<byte[]> found = java.util.Optional.empty();
            if (store.keeps() && unit.getValue().isPresent()) {
                String key = key(prefix + unit.getKey(), unit.getValue().get());
                keys.put(unit.getKey(), key);
                found = store.get(key);
            }
            files.put(unit.getKey(), found.orElse(null));
            if (found.isEmpty()) {
                missing.add(unit.getKey());
            }
        }
        if (!missing.isEmpty()) {
            Map<String, byte[]> made = maker.make(missing);
            for (String name : missing) {
                files.put(name, made.get(name));
                if (keys.containsKey(name)) {
                    store.put(keys.get(name), made.get(name));
                }
            }
        }
        return files;
    }

    private String key(String name, XdmNode unit) {
        MessageDigest digest = Hashes.digest();
        update(digest, name);
        update(digest, frame);
        // a unit's page and its parts of the files of the whole edition: the unit read once
        update(digest, units.computeIfAbsent(unit.getUnderlyingNode(), UnitFiles::digest));
        return Hashes.hex(digest.digest());
    }

    private static String digest(NodeInfo unit) {
        MessageDigest digest = Hashes.digest();
        whole(unit, digest);
        return Hashes.hex(digest.digest());
    }

    /**
     * A file of the whole edition that shows only its frame (contents, search page, as the stylesheet says): kept
     * while every document's frame, and where its running text is and which of it is blank, are unchanged. Where
     * the words are counts here, since such a file shows where each document's words begin (its first page).
     */
    public <E extends Exception> byte[] frameFile(String name, Maker<E> maker) throws E, IOException {
        if (!store.keeps()) {
            return maker.make();
        }
        if (frameAndWordsMade == null) {
            frameAndWordsMade = frameAndWords.get();
        }
        MessageDigest digest = Hashes.digest();
        update(digest, "frame file");
        update(digest, name);
        update(digest, frameAndWordsMade);
        return kept(Hashes.hex(digest.digest()), maker);
    }

    private <E extends Exception> byte[] kept(String key, Maker<E> maker) throws E, IOException {
        java.util.Optional<byte[]> kept = store.get(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] made = maker.make();
        store.put(key, made);
        return made;
    }

    /** A tree's frame, made once however many outputs ask (the web edition and the EPUB read the same tree). */
    private static String frame(TreeInfo tree, Set<String> shownElsewhere, boolean words) {
        synchronized (FRAMES) {
            Map<Kind, String> frames = FRAMES.computeIfAbsent(tree, t -> new java.util.HashMap<>());
            Kind kind = new Kind(Set.copyOf(shownElsewhere), words);
            String known = frames.get(kind);
            if (known == null) {
                MessageDigest digest = Hashes.digest();
                frame(tree.getRootNode(), kind, false, false, digest);
                known = Hashes.hex(digest.digest());
                frames.put(kind, known);
            }
            return known;
        }
    }

    /** The frame of a subtree: all but the running text of documents outside the elements shown elsewhere. */
    private static void frame(NodeInfo node, Kind frame, boolean inDocument, boolean shown, MessageDigest digest) {
        Set<String> shownElsewhere = frame.shownElsewhere();
        for (NodeInfo child : node.children()) {
            int kind = child.getNodeKind();
            if (kind == Type.ELEMENT) {
                boolean tei = TEI.equals(child.getURI());
                String local = child.getLocalPart();
                startElement(child, digest);
                frame(child, frame, inDocument || (tei && local.equals("div") && "document".equals(child.getAttributeValue("", "type"))),
                        shown || (tei && shownElsewhere.contains(local)), digest);
                update(digest, "/");
            } else if (kind != Type.TEXT || !inDocument || shown) {
                leaf(child, digest);
            } else if (frame.words()) {
                digest.update(Whitespace.isAllWhite(child.getUnicodeStringValue()) ? (byte) 0 : (byte) 1);
            }
        }
    }

    private static void whole(NodeInfo node, MessageDigest digest) {
        if (node.getNodeKind() != Type.ELEMENT) {
            leaf(node, digest);
            return;
        }
        startElement(node, digest);
        for (NodeInfo child : node.children()) {
            whole(child, digest);
        }
        update(digest, "/");
    }

    private static void startElement(NodeInfo element, MessageDigest digest) {
        update(digest, element.getURI());
        update(digest, element.getLocalPart());
        for (AttributeInfo attribute : element.attributes()) {
            update(digest, attribute.getNodeName().getURI());
            update(digest, attribute.getNodeName().getLocalPart());
            update(digest, attribute.getValue());
        }
        update(digest, ">");
    }

    private static void leaf(NodeInfo node, MessageDigest digest) {
        digest.update((byte) node.getNodeKind());
        update(digest, node.getLocalPart());
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

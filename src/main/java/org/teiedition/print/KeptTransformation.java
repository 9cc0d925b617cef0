// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.type.Type;
import org.teiedition.store.Hashes;
import org.teiedition.store.UnitFiles;

/**
 * The FO of a renderer's last transformation, kept so that the next one, after an edit of a document's running
 * text, has the stylesheet write only the page sequences of the pages that document is on: the others are the
 * same bytes.
 *
 * <p>A page's sequence is made from the edition's frame ({@link UnitFiles#frameAndWhereWordsAre}: all but the
 * running text of the documents, which the stylesheets show on its own pages only, and where that text is and is
 * blank, by which the stylesheet finds the first words of a page, a division or an element it cites the page of)
 * and from the running text on the page, and the stylesheet looks at the words just across the page's boundaries. So a page is named by the frame,
 * the transformation's context (stylesheet parameters, file) and every document on it or on the pages either
 * side of it; a page of the same name as in the kept transformation keeps its sequence. A transformation
 * whose stylesheet said anything ({@code xsl:message}) is not kept: what it said is the run's, not a page's.
 * Only the last transformation is kept, so a run over many files holds one file's FO at most. Thread-safe.
 */
final class KeptTransformation {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    /** What names the pages of one transformation: its context and frame, and each page's documents. */
    record Names(String context, String frame, List<String> pages) {
        /** The page indexes (1-based) whose names differ from {@code kept}'s, or empty when they cannot be compared. */
        Optional<Set<Integer>> changedSince(Names kept) {
            if (!context.equals(kept.context) || !frame.equals(kept.frame) || pages.size() != kept.pages.size()) {
                return Optional.empty();
            }
            Set<Integer> changed = new TreeSet<>();
            for (int i = 0; i < pages.size(); i++) {
                if (!pages.get(i).equals(kept.pages.get(i))) {
                    changed.add(i + 1);
                }
            }
            return Optional.of(changed);
        }
    }

    record Kept(Names names, FoPages.Fo fo) {
    }

    private final AtomicReference<Kept> last = new AtomicReference<>();

    /** The names of {@code tei}'s pages, transformed in {@code context}, its frame kept of the elements {@code shown} elsewhere. */
    static Names names(XdmNode tei, Map<String, ?> context, Set<String> shown) {
        List<Span> documents = new ArrayList<>();
        int pages = 0;
        for (NodeInfo root : tei.getUnderlyingNode().children()) {
            if (root.getNodeKind() == Type.ELEMENT && TEI.equals(root.getURI()) && root.getLocalPart().equals("TEI")) {
                for (NodeInfo text : root.children()) {
                    if (text.getNodeKind() == Type.ELEMENT && TEI.equals(text.getURI()) && text.getLocalPart().equals("text")) {
                        pages = spans(text, false, 0, documents);
                    }
                }
            }
        }
        List<StringBuilder> names = new ArrayList<>();
        for (int page = 0; page < Math.max(1, pages); page++) {
            names.add(new StringBuilder());
        }
        for (Span document : documents) {
            // the document's pages and one either side
            for (int page = Math.max(1, document.first - 1); page <= Math.min(names.size(), document.last + 1); page++) {
                names.get(page - 1).append(document.digest).append(' ');
            }
        }
        return new Names(Hashes.of(new TreeMap<>(context).toString()), UnitFiles.frameAndWhereWordsAre(tei, shown),
                names.stream().map(StringBuilder::toString).toList());
    }

    /** A document of the text ({@code div type="document"}, the outermost) on the pages {@code first} to {@code last}. */
    private record Span(int first, int last, String digest) {
    }

    /**
     * Walks a subtree in document order from {@code breaks} page breaks before it (as {@link PageBreaks} counts
     * them: those of the text not inside a note), adding the documents in it; gives the page breaks after it.
     */
    private static int spans(NodeInfo node, boolean inNote, int breaks, List<Span> documents) {
        int count = breaks;
        for (NodeInfo child : node.children()) {
            if (child.getNodeKind() != Type.ELEMENT) {
                continue;
            }
            boolean tei = TEI.equals(child.getURI());
            String local = child.getLocalPart();
            if (tei && local.equals("pb") && !inNote) {
                count++;
            }
            boolean document = tei && local.equals("div") && "document".equals(child.getAttributeValue("", "type"));
            int before = count;
            count = spans(child, inNote || tei && local.equals("note"), count, document ? new ArrayList<>() : documents);
            if (document) {
                documents.add(new Span(Math.max(1, before), Math.max(1, count), UnitFiles.digest(new XdmNode(child))));
            }
        }
        return count;
    }

    /** The pages of the kept transformation whose names changed, with that transformation. */
    record Changed(Set<Integer> pages, Kept since) {
    }

    /** The pages to transform again (none, some), or empty: every page. */
    Optional<Changed> changed(Names names) {
        Kept kept = last.get();
        return kept == null ? Optional.empty() : names.changedSince(kept.names).map(pages -> new Changed(pages, kept));
    }

    /** The kept FO, whose pages have the given names. */
    Optional<FoPages.Fo> fo(Names names) {
        Kept kept = last.get();
        return kept != null && kept.names.equals(names) ? Optional.of(kept.fo) : Optional.empty();
    }

    /**
     * The FO the pages {@code changed} were found in, with their sequences from {@code partial} (the
     * transformation of those pages only, its prologue and outline those of the whole), or empty when
     * {@code partial} does not hold just those pages.
     */
    static Optional<FoPages.Fo> merge(FoPages.Fo partial, Changed changed) {
        Map<Integer, FoPages.Sequence> written = new HashMap<>();
        partial.sequences().forEach(sequence -> written.put(FoPages.Fo.index(sequence), sequence));
        if (!written.keySet().equals(changed.pages())) {
            return Optional.empty();
        }
        List<FoPages.Sequence> sequences = new ArrayList<>();
        for (FoPages.Sequence sequence : changed.since().fo.sequences()) {
            int index = FoPages.Fo.index(sequence);
            if (index <= 0) {
                return Optional.empty();
            }
            sequences.add(written.getOrDefault(index, sequence));
        }
        return Optional.of(new FoPages.Fo(partial.rootStart(), partial.prologue(), partial.outline(), List.copyOf(sequences), partial.design()));
    }

    /** Keeps a whole transformation, or forgets the kept one when this one cannot be kept. */
    void keep(Names names, FoPages.Fo fo, boolean keepable) {
        last.set(keepable ? new Kept(names, fo) : null);
    }
}

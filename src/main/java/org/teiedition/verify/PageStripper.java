// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads one page's text by its tagged structure: artifacts (running heads, folios, the note rule) are
 * left out; content tagged inside a {@code Note} structure element (the call and the footnote) is kept
 * apart from the body text; raised small figures (note calls) are not body words.
 */
final class PageStripper extends PDFTextStripper {
    private enum Kind { BODY, NOTE, ARTIFACT }

    private final Map<Integer, COSBase> parentTree;
    private final Deque<Kind> kinds = new ArrayDeque<>();
    private Set<Integer> noteMcids = Set.of();
    private char lastChar = ' ';
    private final List<TextPosition> notePositions = new ArrayList<>();
    private final List<TextPosition> bodyPositions = new ArrayList<>();

    PageStripper(PDDocument document) {
        setSortByPosition(false);
        setLineSeparator(" ");
        setWordSeparator(" ");
        setParagraphStart(" ");
        setParagraphEnd(" ");
        setPageStart("");
        setPageEnd("");
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        parentTree = new HashMap<>();
        if (root != null) {
            flatten(root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE), parentTree, 0);
        }
    }

    /** The text of one page (1-based): body text (in reading order) and the footnotes' positions. */
    Page read(PDDocument document, int pageNumber) throws IOException {
        notePositions.clear();
        bodyPositions.clear();
        kinds.clear();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        StringWriter body = new StringWriter();
        writeText(document, body);
        return new Page(body.toString(), List.copyOf(bodyPositions), List.copyOf(notePositions));
    }

    record Page(String body, List<TextPosition> bodyPositions, List<TextPosition> notePositions) {
    }

    /**
     * A line that ends in a hyphen or dash continues the word on the next line: the print edition does
     * not hyphenate, so such a break is after a hyphen or dash of the source ("anti-|democratic").
     */
    @Override
    protected void writeLineSeparator() throws IOException {
        if (lastChar != '-' && lastChar != '\u2014' && lastChar != '\u2013' && lastChar != '\u2010') {
            super.writeLineSeparator();
        }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (!text.isEmpty()) {
            lastChar = text.charAt(text.length() - 1);
        }
        super.writeString(text, positions);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        lastChar = ' ';
        noteMcids = noteMcids(page);
        super.startPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        Kind outer = kinds.isEmpty() ? Kind.BODY : kinds.peek();
        Kind kind = outer;
        if (COSName.ARTIFACT.equals(tag)) {
            kind = Kind.ARTIFACT;
        } else if (outer == Kind.BODY && properties != null && noteMcids.contains(properties.getInt(COSName.MCID, -1))) {
            kind = Kind.NOTE;
        }
        kinds.push(kind);
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!kinds.isEmpty()) {
            kinds.pop();
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        Kind kind = kinds.isEmpty() ? Kind.BODY : kinds.peek();
        if (kind == Kind.NOTE) {
            notePositions.add(text);
        } else if (kind == Kind.BODY) {
            bodyPositions.add(text);
            super.processTextPosition(text);
        }
    }

    /** The marked-content ids of a page whose structure element is, or is inside, a Note. */
    private Set<Integer> noteMcids(PDPage page) {
        Set<Integer> ids = new HashSet<>();
        int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS, -1);
        if (parentTree.get(key) instanceof COSArray elements) {
            for (int mcid = 0; mcid < elements.size(); mcid++) {
                if (insideNote(elements.getObject(mcid))) {
                    ids.add(mcid);
                }
            }
        }
        return ids;
    }

    private static boolean insideNote(COSBase element) {
        COSBase current = element;
        for (int depth = 0; depth < 100 && current instanceof COSDictionary dictionary; depth++) {
            if ("Note".equals(dictionary.getNameAsString(COSName.S))) {
                return true;
            }
            current = dictionary.getDictionaryObject(COSName.P);
        }
        return false;
    }

    /** A number tree as a map. */
    private static void flatten(COSBase node, Map<Integer, COSBase> into, int depth) {
        COSBase value = node instanceof COSObject object ? object.getObject() : node;
        if (!(value instanceof COSDictionary tree) || depth > 50) {
            return;
        }
        if (tree.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber number) {
                    into.put(number.intValue(), nums.getObject(i + 1));
                }
            }
        }
        if (tree.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (COSBase kid : kids) {
                flatten(kid, into, depth + 1);
            }
        }
    }
}

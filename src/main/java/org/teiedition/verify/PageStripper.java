// SPDX-License-Identifier: Apache-2.0
package org.teiedition.verify;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * apart from the body text; a footnote's printed number is the text of the {@code Lbl} element inside
 * its {@code Note}. Nothing is judged from glyph sizes or text shapes: a roman numeral or a word in
 * small capitals inside a note is note text because the structure says so.
 */
final class PageStripper extends PDFTextStripper {
    private enum Kind { BODY, NOTE, ARTIFACT, APPARATUS }

    /** Structure types of the apparatus the edition makes from the text (contents, index): not the text's words. */
    private static final Set<String> APPARATUS = Set.of("TOC", "TOCI", "Index");

    /** Written after a hyphen that ends a line: the source's hyphen, or one of hyphenation. */
    static final char LINE_END_HYPHEN = '\u00ad';
    /** Marks content outside any footnote label. */
    private static final COSDictionary NO_LABEL = new COSDictionary();

    private final Map<Integer, COSBase> parentTree;
    private final Deque<Kind> kinds = new ArrayDeque<>();
    private Set<Integer> noteMcids = Set.of();
    /** Per marked-content id of the page inside an apparatus, the apparatus's structure element. */
    private Map<Integer, COSDictionary> apparatusMcids = Map.of();
    /** The apparatus the page sets, if it sets any. */
    private COSDictionary apparatus;
    /** Per marked-content id of the page, the {@code Lbl} element (inside a Note) it belongs to. */
    private Map<Integer, COSDictionary> labelMcids = Map.of();
    private final Deque<COSDictionary> labels = new ArrayDeque<>();
    private char lastChar = ' ';
    /** The footnote labels of the page in reading order, keyed by their structure element. */
    private final Map<COSDictionary, StringBuilder> noteLabels = new LinkedHashMap<>();
    /** Every glyph of the page, artifacts included, for the overprint check. */
    private final List<Overprint.Glyph> glyphs = new ArrayList<>();

    PageStripper(PDDocument document) {
        this(document, " ");
    }

    /** A stripper that writes {@code lineSeparator} between the lines of a page's text. */
    PageStripper(PDDocument document, String lineSeparator) {
        setSortByPosition(false);
        setLineSeparator(lineSeparator);
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

    /** The text of one page (1-based): body text (in reading order) and the labels of its footnotes. */
    Page read(PDDocument document, int pageNumber) throws IOException {
        noteLabels.clear();
        glyphs.clear();
        kinds.clear();
        labels.clear();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        StringWriter body = new StringWriter();
        writeText(document, body);
        List<String> found = new ArrayList<>();
        for (StringBuilder label : noteLabels.values()) {
            String text = label.toString().strip();
            if (!text.isEmpty()) {
                found.add(text);
            }
        }
        return new Page(body.toString(), found, Overprint.collisions(pageNumber, glyphs), apparatus);
    }

    /**
     * @param body  the body text in reading order
     * @param notes the labels of the footnotes that begin on the page (a note continued from the page
     *              before has its label there)
     * @param overprints words of the page (of any kind) set over each other
     * @param apparatus the structure element of the apparatus the page sets (contents, index), or null
     */
    record Page(String body, List<String> notes, List<Overprint.Collision> overprints, COSDictionary apparatus) {
    }

    /**
     * A line that ends in a hyphen or dash continues the word on the next line, either after a hyphen
     * or dash of the source ("anti-|democratic") or at a hyphenation point ("democ-|racy"): the two are
     * joined with {@link #LINE_END_HYPHEN} after the hyphen, for the verifier to read either way.
     */
    @Override
    protected void writeLineSeparator() throws IOException {
        if (lastChar == '-' || lastChar == '\u2010') {
            output.write(LINE_END_HYPHEN);
        } else if (lastChar != '\u2014' && lastChar != '\u2013') {
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
        noteMcids = new HashSet<>();
        labelMcids = new HashMap<>();
        apparatusMcids = new HashMap<>();
        apparatus = null;
        classify(page);
        super.startPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        Kind outer = kinds.isEmpty() ? Kind.BODY : kinds.peek();
        Kind kind = outer;
        int mcid = properties == null ? -1 : properties.getInt(COSName.MCID, -1);
        if (COSName.ARTIFACT.equals(tag)) {
            kind = Kind.ARTIFACT;
        } else if (outer == Kind.BODY && apparatusMcids.containsKey(mcid)) {
            kind = Kind.APPARATUS;
            if (apparatus == null) {
                apparatus = apparatusMcids.get(mcid);
            }
        } else if (outer == Kind.BODY && noteMcids.contains(mcid)) {
            kind = Kind.NOTE;
        }
        kinds.push(kind);
        labels.push(labelMcids.getOrDefault(mcid, labels.isEmpty() ? NO_LABEL : labels.peek()));
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!kinds.isEmpty()) {
            kinds.pop();
        }
        if (!labels.isEmpty()) {
            labels.pop();
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        glyphs.add(Overprint.Glyph.of(text));
        Kind kind = kinds.isEmpty() ? Kind.BODY : kinds.peek();
        if (kind == Kind.NOTE) {
            COSDictionary label = labels.isEmpty() ? NO_LABEL : labels.peek();
            if (label != NO_LABEL) {
                noteLabels.computeIfAbsent(label, l -> new StringBuilder()).append(text.getUnicode());
            }
        } else if (kind == Kind.BODY) {
            super.processTextPosition(text);
        }
    }

    /** Sorts the page's marked-content ids: inside a Note or not, and inside which Note's Lbl. */
    private void classify(PDPage page) {
        int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS, -1);
        if (parentTree.get(key) instanceof COSArray elements) {
            for (int mcid = 0; mcid < elements.size(); mcid++) {
                COSDictionary label = null;
                COSBase current = elements.getObject(mcid);
                for (int depth = 0; depth < 100 && current instanceof COSDictionary element; depth++) {
                    String type = element.getNameAsString(COSName.S);
                    if (type != null && APPARATUS.contains(type) && !"TOCI".equals(type)) {
                        apparatusMcids.put(mcid, element);
                    }
                    if ("Lbl".equals(type) && label == null) {
                        label = element;
                    } else if ("Note".equals(type)) {
                        noteMcids.add(mcid);
                        if (label != null) {
                            labelMcids.put(mcid, label);
                        }
                        break;
                    }
                    current = element.getDictionaryObject(COSName.P);
                }
            }
        }
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

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XSL-FO of a document cut into what each page is laid out from: the root's attributes and the page design's
 * facts ({@link PageDesign}), the prologue every page shares (page masters, declarations), the outline, and one text per
 * {@code fo:page-sequence} (one per source page), which can be set at any type scale ({@link PageType}).
 * A page's layout is a function of the prologue and its own sequence only: whatever else of the document
 * the stylesheet used for it (running heads, note numbers) is written into that sequence.
 */
final class FoPages extends DefaultHandler {
    static final String FO = "http://www.w3.org/1999/XSL/Format";

    private final StringBuilder root = new StringBuilder();
    private final ByteArrayOutputStream prologue = new ByteArrayOutputStream();
    private final List<Sequence> sequences = new ArrayList<>();
    private byte[] outline = new byte[0];
    /** Told of each page sequence as soon as it is written, with the FO so far (no sequences): see {@link LayingAhead}. */
    private final java.util.function.BiConsumer<Fo, Sequence> written;
    private final java.util.Map<String, String> facts = new java.util.HashMap<>();
    private XmlText current;
    private Set<String> ids;
    private String kind;
    private String sequenceId;
    private PageFullness fullness;
    private int depth;
    private boolean inFlow;
    /** The depth of the footnote body the events are in, 0 outside one. */
    private int noteDepth;
    /** The marked values of the current sequence that are footnotes' sizes, counted from 0. */
    private Set<Integer> noteMarks;
    /** The marked values of the current sequence that are set-off matter's sizes, counted from 0. */
    private Set<Integer> setOffMarks;
    /** Whether the next element is a block of set-off matter ({@link #SET_OFF_INSTRUCTION} came before it). */
    private boolean setOffNext;
    /** The depth of the set-off block the events are in, 0 outside one. */
    private int setOffDepth;
    private boolean shortByDesign;
    private String matter = "";

    /**
     * One page sequence: its {@code id}, its FO text at {@code percent} of the design's type size, the ids of
     * the elements in it, and the digest of its text at the design's size: the text at any size follows from
     * that text and the percentage ({@link PageType}), so the two name what the page is laid out from
     * without the text being digested again at each size. {@code notes}: its footnotes' size in percent of
     * the page's, their leading with them down to solid ({@link PageType}); {@code noteShare}: the share of its text's characters in footnotes;
     * {@code setOff}: its set-off quoted matter's size in permille of the text's ({@link PageType#AS_WRITTEN}: as the stylesheet
     * wrote it); {@code setOffShare}: the share of the characters of its running text (not its notes) in such matter;
     * {@code setSmaller}: whether its flow is matter set smaller than the text ({@link PageFullness#setSmaller}).
     */
    record Sequence(String id, byte[] fo, Set<String> ids, PageType type, String design, int percent, int leading, int notes, int setOff,
            long fullness, double noteShare, double setOffShare, boolean setSmaller, boolean shortByDesign, String matter) {
        /** The same page set at {@code percent} of the design's type size. */
        Sequence at(int percent) {
            return at(percent, leading, notes, setOff);
        }

        /**
         * The same page set at {@code percent} of the design's type size, its running text's leading at {@code leading}
         * permille, its footnotes at {@code notes} percent of its size and its set-off matter at {@code setOff}.
         */
        Sequence at(int percent, int leading, int notes, int setOff) {
            return percent == this.percent && leading == this.leading && notes == this.notes && setOff == this.setOff ? this
                    : new Sequence(id, type.at(percent, leading, notes, setOff), ids, type, design, percent, leading, notes, setOff, fullness,
                            noteShare, setOffShare, setSmaller, shortByDesign, matter);
        }

        /** The same page with another FO text (a restriction of its line breaking), named in its layout key by {@code change}. */
        Sequence changed(byte[] text, String change) {
            return new Sequence(id, text, ids, type, design + " " + change, percent, leading, notes, setOff, fullness, noteShare, setOffShare,
                    setSmaller, shortByDesign, matter);
        }

        /** What the page is laid out from, beside the shared prologue: its text at the design's size, its scale, leading, notes and set-off matter. */
        String layoutKey() {
            return design + "@" + percent + (leading == PageType.PLAIN ? "" : "/" + leading) + (notes == 100 ? "" : "n" + notes)
                    + (setOff == PageType.AS_WRITTEN ? "" : "q" + setOff);
        }
    }

    /**
     * A page sequence's processing instruction: {@code short-by-design} marks a page that may be short by design,
     * {@code matter NAME} a page of the front or back matter's division NAME, which has a type scale of its own ({@link Fitting}).
     */
    static final String PAGE_INSTRUCTION = "tei-edition-page";
    /** A processing instruction in the flow before a block of quoted matter set off from the text, set smaller than it in em. */
    static final String SET_OFF_INSTRUCTION = "tei-edition-set-off";
    private static final Pattern FACT = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern PAGE_ID = Pattern.compile("page-([0-9]+)(-apparatus)?");

    /** A document's FO, cut. */
    record Fo(byte[] rootStart, byte[] prologue, byte[] outline, List<Sequence> sequences, PageDesign design) {
        /**
         * This FO with the pages chosen (by page index, as in the sequences' ids {@code page-N}; all when
         * {@code only} is empty) each at its own percentage of the design's type size, else at {@code volume}.
         */
        Fo at(int volume, java.util.Map<Integer, Integer> scales, java.util.Collection<Integer> only) {
            return at(volume, scales, java.util.Map.of(), java.util.Map.of(), only);
        }

        /**
         * As {@link #at(int, java.util.Map, java.util.Collection)}, with some pages' leading opened up (permille, by page index)
         * and some pages' footnotes set smaller than the page (percent of its size, by page index).
         */
        Fo at(int volume, java.util.Map<Integer, Integer> scales, java.util.Map<Integer, Integer> leadings, java.util.Map<Integer, Integer> notes,
                java.util.Collection<Integer> only) {
            return at(volume, scales, leadings, notes, java.util.Map.of(), only);
        }

        /** As {@link #at(int, java.util.Map, java.util.Map, java.util.Map, java.util.Collection)}, with some pages' set-off matter larger (permille of the text, by page index). */
        Fo at(int volume, java.util.Map<Integer, Integer> scales, java.util.Map<Integer, Integer> leadings, java.util.Map<Integer, Integer> notes,
                java.util.Map<Integer, Integer> setOffs, java.util.Collection<Integer> only) {
            List<Sequence> chosen = new ArrayList<>();
            for (Sequence sequence : sequences) {
                int index = index(sequence);
                if (only.isEmpty() || only.contains(index)) {
                    chosen.add(sequence.at(scales.getOrDefault(index, volume), leadings.getOrDefault(index, PageType.PLAIN),
                            notes.getOrDefault(index, 100), setOffs.getOrDefault(index, PageType.AS_WRITTEN)));
                }
            }
            return new Fo(rootStart, prologue, only.isEmpty() ? outline : new byte[0], List.copyOf(chosen), design);
        }

        /** The page indexes of the document's source pages. */
        List<Integer> pageIndexes() {
            return sequences.stream().map(Fo::index).filter(index -> index > 0).toList();
        }

        /** The source pages in the front or back matter, by page index, each with the name of its division there. */
        Map<Integer, String> matterPages() {
            Map<Integer, String> pages = new java.util.TreeMap<>();
            sequences.stream().filter(sequence -> !sequence.matter().isEmpty() && index(sequence) > 0)
                    .forEach(sequence -> pages.put(index(sequence), sequence.matter()));
            return pages;
        }

        /**
         * The page indexes of the {@code share} of the source pages likeliest to be the fullest
         * ({@link PageFullness}), in page order.
         */
        List<Integer> fullest(double share) {
            List<Sequence> pages = sequences.stream().filter(sequence -> index(sequence) > 0).toList();
            int count = (int) Math.ceil(pages.size() * share);
            return pages.stream().sorted(java.util.Comparator.comparingLong(Sequence::fullness).reversed()
                    .thenComparingInt(Fo::index)).limit(count).map(Fo::index).sorted().toList();
        }

        /** A sequence's page index, from its id {@code page-N} or {@code page-N-apparatus} (0 for another id). */
        static int index(Sequence sequence) {
            Matcher id = PAGE_ID.matcher(sequence.id());
            return id.matches() ? Integer.parseInt(id.group(1)) : 0;
        }

        /**
         * Whether a sequence's page opens an apparatus the edition makes (contents, list of documents, index),
         * which takes as many pages as it needs: the sequence's id is {@code page-N-apparatus}.
         */
        static boolean runsOn(Sequence sequence) {
            Matcher id = PAGE_ID.matcher(sequence.id());
            return id.matches() && id.group(2) != null;
        }

        /** A whole FO document of the prologue and the given sequences, with an outline if given. */
        byte[] document(List<Sequence> pages, byte[] bookmarks) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(rootStart);
            out.writeBytes(prologue);
            out.writeBytes(bookmarks);
            pages.forEach(page -> out.writeBytes(page.fo()));
            out.writeBytes("</fo:root>".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    FoPages() {
        this((so, far) -> {
        });
    }

    FoPages(java.util.function.BiConsumer<Fo, Sequence> written) {
        this.written = written;
    }

    Fo fo() {
        return new Fo(root.toString().getBytes(StandardCharsets.UTF_8), prologue.toByteArray(), outline, List.copyOf(sequences),
                PageDesign.of(facts));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        if (depth == 1) {
            root.append("<fo:root xmlns:fo=\"").append(FO).append('"');
            XmlText attributes = new XmlText();
            attributes.startElement("", "r", "r", atts);
            attributes.endElement("", "r", "r");
            String written = new String(attributes.bytes(), StandardCharsets.UTF_8);
            root.append(written, 2, written.length() - 2).append('>');
            return;
        }
        if (depth == 2) {
            current = new XmlText();
            kind = localName;
            sequenceId = atts.getValue("id");
            ids = new LinkedHashSet<>();
            fullness = new PageFullness();
            noteMarks = new java.util.TreeSet<>();
            setOffMarks = new java.util.TreeSet<>();
            shortByDesign = false;
            matter = "";
        }
        String id = atts.getValue("id");
        if (id != null && depth > 2) {
            ids.add(id);
        }
        if (depth == 3 && localName.equals("flow")) {
            inFlow = true;
        }
        if (inFlow && noteDepth == 0 && localName.equals("footnote-body")) {
            noteDepth = depth;
        }
        fullness.start(localName, atts, inFlow);
        boolean scaled = kind.equals("page-sequence") && (depth == 2 || inFlow) && PageType.scalable(atts.getValue("font-size"));
        // the page's own leading (of its running text) can be opened up to fill a short page
        // and a footnote's size and leading can be set smaller than the page's, on a page whose notes hold most of it
        boolean leaded = kind.equals("page-sequence") && (depth == 2 || scaled && noteDepth > 0) && PageType.leading(atts.getValue("line-height"));
        // the size of quoted matter set off from the text can be raised to fill a short page
        boolean setOff = setOffNext && inFlow && PageType.relative(atts.getValue("font-size"));
        setOffNext = false;
        if (setOff && setOffDepth == 0) {
            setOffDepth = depth;
        }
        int marked = current.marks().size() / 2;
        current.startElement(uri, localName, qName, atts,
                scaled && leaded ? Set.of("font-size", "line-height") : scaled || setOff ? Set.of("font-size") : leaded ? Set.of("line-height") : Set.of());
        for (int mark = marked; mark < current.marks().size() / 2; mark++) {
            if (setOff) {
                setOffMarks.add(mark);
            } else if (noteDepth > 0) {
                noteMarks.add(mark);
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (depth >= 2) {
            current.endElement(uri, localName, qName);
            fullness.end();
        }
        if (depth == 3 && localName.equals("flow")) {
            inFlow = false;
        }
        if (depth == noteDepth) {
            noteDepth = 0;
        }
        if (depth == setOffDepth) {
            setOffDepth = 0;
        }
        if (depth == 2) {
            byte[] text = current.bytes();
            switch (kind) {
                case "page-sequence" -> {
                    sequences.add(new Sequence(sequenceId == null ? "" : sequenceId, text,
                            new java.util.TreeSet<>(ids), PageType.of(current.string(), current.marks(), noteMarks, setOffMarks), PageLayout.digest(text),
                            100, PageType.PLAIN, 100, PageType.AS_WRITTEN, fullness.weight(), fullness.noteShare(), fullness.setOffShare(),
                            fullness.setSmaller(), shortByDesign, matter));
                    written.accept(new Fo(root.toString().getBytes(StandardCharsets.UTF_8), prologue.toByteArray(), new byte[0], List.of(),
                            PageDesign.of(facts)), sequences.get(sequences.size() - 1));
                }
                case "bookmark-tree" -> outline = text;
                default -> prologue.writeBytes(text);
            }
            current = null;
        }
        depth--;
    }

    /** The page design's facts, which the stylesheet writes as a processing instruction in the root. */
    @Override
    public void processingInstruction(String target, String data) {
        if (depth > 2 && inFlow && target.equals(SET_OFF_INSTRUCTION)) {
            setOffNext = true;
        } else if (depth == 2 && target.equals(PAGE_INSTRUCTION) && data.strip().equals("short-by-design")) {
            shortByDesign = true;
        } else if (depth == 2 && target.equals(PAGE_INSTRUCTION) && data.strip().startsWith("matter ")) {
            matter = data.strip().substring("matter ".length());
        } else if (depth == 1 && target.equals(PageDesign.INSTRUCTION)) {
            Matcher fact = FACT.matcher(data);
            while (fact.find()) {
                facts.put(fact.group(1), fact.group(2));
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (current != null) {
            current.characters(ch, start, length);
            fullness.characters(ch, start, length, inFlow, noteDepth > 0, setOffDepth > 0);
        }
    }
}

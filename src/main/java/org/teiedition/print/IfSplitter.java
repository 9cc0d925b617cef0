// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Cuts FOP's intermediate format of one layout into its page sequences, each written alone: the
 * structure tree's identifiers renumbered from 0 in each sequence and its pages counted from 0, so that
 * a sequence's text depends on nothing laid out before it in the same run. Keeps the document header,
 * where each outline destination (from the trailer) was put, and how full each sequence's first page is.
 */
final class IfSplitter extends DefaultHandler {
    static final String IF = "http://xmlgraphics.apache.org/fop/intermediate";
    static final String INTERNAL = "http://xmlgraphics.apache.org/fop/internal";
    static final String NAV = "http://xmlgraphics.apache.org/fop/intermediate/document-navigation";

    private final List<byte[]> sequences = new ArrayList<>();
    private final List<Integer> pageCounts = new ArrayList<>();
    private final List<java.util.Set<String>> fonts = new ArrayList<>();
    private java.util.Set<String> sequenceFonts;
    private final String[] font = new String[3];
    /** The first page of each sequence, counted over the whole run. */
    private final List<Integer> firstPages = new ArrayList<>();
    private final Map<String, LaidPage.Destination> destinations = new HashMap<>();
    /** The title of the outline entry being read: the id it was made for ({@link PageLayout}). */
    private String bookmark;
    private byte[] header = new byte[0];
    private XmlText current;
    private Map<String, String> structureIds;
    private int depth;
    private int pages;
    private int pagesInSequence;
    private final List<Double> fills = new ArrayList<>();
    private final List<Double> rests = new ArrayList<>();
    private double sequenceRest;
    private PageFill pageFill;
    private double sequenceFill;
    private int pageDepth;

    List<byte[]> sequences() {
        return sequences;
    }

    List<Integer> pageCounts() {
        return pageCounts;
    }

    /** Per sequence, the faces its text is set in ({@code family/style/weight}). */
    List<java.util.Set<String>> fonts() {
        return fonts;
    }

    /** Per sequence, how full its first page is ({@link PageFill}). */
    List<Double> fills() {
        return fills;
    }

    /** Per sequence, how full its pages after the first are, summed ({@link LaidPage#rest()}). */
    List<Double> rests() {
        return rests;
    }

    byte[] header() {
        return header;
    }

    /** Where the destination with this id was put: its sequence (from 0), page in it and position, or null. */
    Placed placed(String id) {
        LaidPage.Destination d = destinations.get(id);
        if (d == null) {
            return null;
        }
        int sequence = 0;
        while (sequence + 1 < firstPages.size() && firstPages.get(sequence + 1) <= d.page()) {
            sequence++;
        }
        return new Placed(sequence, new LaidPage.Destination(id, d.page() - firstPages.get(sequence), d.x(), d.y()));
    }

    record Placed(int sequence, LaidPage.Destination destination) {
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        depth++;
        if (depth == 2 && (localName.equals("header") || localName.equals("page-sequence"))) {
            current = new XmlText();
            structureIds = new HashMap<>();
            pagesInSequence = 0;
            if (localName.equals("page-sequence")) {
                firstPages.add(pages);
                sequenceFonts = new java.util.TreeSet<>();
            }
        }
        if (NAV.equals(uri) && localName.equals("bookmark")) {
            bookmark = atts.getValue("title");
        }
        if (NAV.equals(uri) && localName.equals("goto-xy")) {
            String id = atts.getValue("id");
            LaidPage.Destination at = id == null ? destinations.get(atts.getValue("idref"))
                    : new LaidPage.Destination(id, Integer.parseInt(atts.getValue("page-index")), Integer.parseInt(atts.getValue("x")),
                            Integer.parseInt(atts.getValue("y")));
            if (id != null) {
                destinations.put(id, at);
            }
            // FOP makes one action of the entries that go to one spot (a division and its first block), named
            // after one of them: the place is kept under the id the entry was made for too
            if (at != null && bookmark != null) {
                destinations.putIfAbsent(bookmark, new LaidPage.Destination(bookmark, at.page(), at.x(), at.y()));
            }
        }
        if (pageFill != null) {
            pageFill.start(localName, atts);
        } else if (IF.equals(uri) && localName.equals("page") && current != null) {
            pageFill = new PageFill();
            pageDepth = depth;
        }
        if (IF.equals(uri) && localName.equals("content")) {
            java.util.Arrays.fill(font, null); // the serializer starts each page's font state afresh
        } else if (IF.equals(uri) && localName.equals("font") && sequenceFonts != null) {
            String[] names = {"family", "style", "weight"};
            for (int i = 0; i < names.length; i++) {
                if (atts.getValue(names[i]) != null) {
                    font[i] = atts.getValue(names[i]);
                }
            }
            sequenceFonts.add(font[0] + "/" + font[1] + "/" + font[2]);
        }
        if (current != null) {
            current.startElement(uri, localName, qName, local(uri, localName, atts));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (current != null) {
            current.endElement(uri, localName, qName);
        }
        if (pageFill != null && depth == pageDepth) {
            if (pagesInSequence == 1) {
                sequenceFill = pageFill.fill();
            } else {
                sequenceRest += pageFill.fill();
            }
            pageFill = null;
        } else if (pageFill != null) {
            pageFill.end();
        }
        if (depth == 2 && current != null) {
            if (localName.equals("header")) {
                header = current.bytes();
            } else {
                sequences.add(current.bytes());
                fonts.add(sequenceFonts);
                sequenceFonts = null;
                fills.add(sequenceFill);
                sequenceFill = 0;
                rests.add(sequenceRest);
                sequenceRest = 0;
                pageCounts.add(pagesInSequence);
            }
            current = null;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (current != null) {
            current.characters(ch, start, length);
        }
    }

    /** The attributes with structure identifiers and page indexes made local to the sequence. */
    private Attributes local(String uri, String localName, Attributes atts) {
        AttributesImpl result = null;
        for (int i = 0; i < atts.getLength(); i++) {
            String value = null;
            if (INTERNAL.equals(atts.getURI(i)) && (atts.getLocalName(i).equals("struct-id") || atts.getLocalName(i).equals("struct-ref"))) {
                value = structureIds.computeIfAbsent(atts.getValue(i), global -> Integer.toString(structureIds.size()));
            } else if (IF.equals(uri) && localName.equals("page") && atts.getLocalName(i).equals("index")) {
                value = Integer.toString(pagesInSequence++);
                pages++;
            }
            if (value != null) {
                if (result == null) {
                    result = new AttributesImpl(atts);
                }
                result.setValue(i, value);
            }
        }
        return result == null ? atts : result;
    }
}

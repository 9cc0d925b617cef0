// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.ArrayDeque;
import java.util.Deque;
import org.xml.sax.Attributes;

/**
 * How full a page sequence's flow is likely to be, from its FO alone: its characters, weighted by the area
 * their type size takes against the page's text size, plus an allowance for each block and table row (the
 * space between blocks, the rest of a block's last line). It only ranks a volume's pages, so that the
 * layout at the design's size, which finds the pages that overflow, can start with the fullest ones
 * ({@link PdfRenderer}); whether a page fits is always found by laying it out.
 */
final class PageFullness {
    private static final int PER_BLOCK = 60;
    private static final int PER_ROW = 40;

    private final Deque<Double> sizes = new ArrayDeque<>();
    private double base;
    private double weight;
    private long characters;
    private long noteCharacters;
    private long setOffCharacters;
    private boolean tables;
    private long smallerCharacters;

    /** An element's start: {@code flow} says whether it is in the page's flow. */
    void start(String localName, Attributes atts, boolean flow) {
        String size = atts.getValue("font-size");
        double parent = sizes.isEmpty() ? 0 : sizes.peek();
        double own = parent;
        if (size != null && size.endsWith("pt") && number(size) > 0) {
            own = number(size);
        } else if (size != null && size.endsWith("em") && number(size) > 0) {
            own = parent * number(size);
        }
        if (sizes.isEmpty()) {
            base = own > 0 ? own : 10;
            own = base;
        }
        sizes.push(own);
        if (flow && localName.equals("block")) {
            weight += PER_BLOCK;
        } else if (flow && localName.equals("table-row")) {
            weight += PER_ROW;
            tables = true;
        }
    }

    void end() {
        sizes.pop();
    }

    /**
     * Characters: {@code flow} says whether they are in the page's flow, {@code note} whether in a footnote, {@code setOff}
     * whether in quoted matter set off from the text.
     */
    void characters(char[] ch, int start, int length, boolean flow, boolean note, boolean setOff) {
        if (!flow || sizes.isEmpty() || blank(ch, start, length)) {
            return;
        }
        double ratio = sizes.peek() / base;
        weight += length * ratio * ratio;
        characters += length;
        noteCharacters += note ? length : 0;
        setOffCharacters += setOff && !note ? length : 0;
        smallerCharacters += ratio < 1 && !note ? length : 0;
    }

    long weight() {
        return Math.round(weight);
    }

    /** The share of the flow's characters that are in its footnotes, from 0 to 1. */
    double noteShare() {
        return characters > 0 ? (double) noteCharacters / characters : 0;
    }

    /**
     * Whether the flow is matter a printer sets smaller than the text, never larger: it holds a table (or a list set in
     * columns, which is one: its columns are as wide as their words at the most the page is set at), or most of its
     * running text is set smaller than the page's text size (a list, an index, quoted matter).
     */
    boolean setSmaller() {
        long text = characters - noteCharacters;
        return tables || text > 0 && 2 * smallerCharacters >= text;
    }

    /** The share of the characters of the flow's running text (not its footnotes) that are in set-off quoted matter, from 0 to 1. */
    double setOffShare() {
        long text = characters - noteCharacters;
        return text > 0 ? (double) setOffCharacters / text : 0;
    }

    private static boolean blank(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(ch[i])) {
                return false;
            }
        }
        return true;
    }

    private static double number(String size) {
        try {
            return Double.parseDouble(size.substring(0, size.length() - 2).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one page sequence with its type sizes kept apart, so that the page can be set at any
 * scale of the design without running the stylesheet again. The stylesheet writes the design's sizes;
 * a page is scaled by its absolute font sizes: the page sequence's (the text's size, which every size in
 * its flow is relative to, in em) and those in its flow given in points (the footnotes', which must not
 * follow the size of the heading or table that calls them). The running heads and folios, outside the
 * flow, keep their size; leading is relative to the type size, so it follows. A page's footnotes can be
 * set smaller than the rest of the page (a page whose notes hold most of its text, {@link Fitting}), and the
 * quoted matter set off from its text ({@code <?tei-edition-set-off?>} before its block, a size in em) larger, up to
 * the text's size, on a page it would otherwise leave short ({@link Filling}).
 */
final class PageType {
    private static final String POINTS = "pt";
    private static final String EM = "em";
    /** The leading as the stylesheet wrote it, in permille. */
    static final int PLAIN = 1000;
    /** Set-off matter at the size the stylesheet wrote. */
    static final int AS_WRITTEN = 0;
    /** The tightest a footnote's leading is set, as a multiple of its size: solid. */
    private static final BigDecimal SOLID = BigDecimal.ONE;

    private final List<byte[]> parts;
    /** Per marked value: a size in points, or (with no unit) a leading, a multiple of the size. */
    private final List<BigDecimal> sizes;
    private final List<Boolean> points;
    /** Per marked value: whether it is a footnote's size or leading. */
    private final List<Boolean> notes;
    /** Per marked value: whether it is the size of quoted matter set off from the text, in em. */
    private final List<Boolean> quoted;

    private PageType(List<byte[]> parts, List<BigDecimal> sizes, List<Boolean> points, List<Boolean> notes, List<Boolean> quoted) {
        this.parts = parts;
        this.sizes = sizes;
        this.points = points;
        this.notes = notes;
        this.quoted = quoted;
    }

    /** Whether an attribute value is a leading this class can open up (a plain number, a multiple of the type size). */
    static boolean leading(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            return new BigDecimal(value.strip()).signum() > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether an attribute value is a size this class scales (a number of points). */
    static boolean scalable(String value) {
        return value != null && value.endsWith(POINTS) && number(value, POINTS) != null;
    }

    /**
     * @param text  the page sequence's FO text
     * @param marks where the scalable values start and end in it, in pairs (from {@link XmlText#marks()})
     * @param notes  which of the marked values (counted from 0, a pair each) are footnotes' sizes and leadings
     * @param setOff which of them are sizes of quoted matter set off from the text ({@link #setOffSize})
     */
    static PageType of(String text, List<Integer> marks, java.util.Set<Integer> notes, java.util.Set<Integer> setOff) {
        List<byte[]> parts = new ArrayList<>();
        List<BigDecimal> sizes = new ArrayList<>();
        List<Boolean> points = new ArrayList<>();
        List<Boolean> note = new ArrayList<>();
        List<Boolean> quotedSizes = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < marks.size(); i += 2) {
            parts.add(text.substring(from, marks.get(i)).getBytes(StandardCharsets.UTF_8));
            String value = text.substring(marks.get(i), marks.get(i + 1));
            boolean isSize = scalable(value);
            boolean isSetOff = setOff.contains(i / 2);
            sizes.add(isSize ? number(value, POINTS) : isSetOff ? number(value, EM) : new BigDecimal(value.strip()));
            points.add(isSize);
            note.add(notes.contains(i / 2));
            quotedSizes.add(isSetOff);
            from = marks.get(i + 1);
        }
        parts.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return new PageType(List.copyOf(parts), List.copyOf(sizes), List.copyOf(points), List.copyOf(note), List.copyOf(quotedSizes));
    }

    /** Whether an attribute value is a size relative to the enclosing text's (a number of em), as set-off matter's is. */
    static boolean relative(String value) {
        return value != null && value.endsWith(EM) && number(value, EM) != null;
    }

    /** Whether the page holds quoted matter set off from its text whose size can be raised. */
    boolean hasSetOff() {
        return quoted.contains(true);
    }

    /** The page's FO with its type at {@code percent} of the design's size (100: as the stylesheet wrote it). */
    byte[] at(int percent) {
        return at(percent, PLAIN, 100, AS_WRITTEN);
    }

    /**
     * The page's FO with its type at {@code percent} of the design's size, its running text's leading at
     * {@code leading} permille of the design's and its footnotes at {@code notePercent} of the page's size
     * (1000 and 100: as the stylesheet wrote them). Footnotes set smaller have their leading tightened by as much,
     * never below {@link #SOLID}: the space their lines take shrinks twice, by their size and their leading.
     * {@code setOff}: the size of its set-off quoted matter in permille of the text around it, never below the size
     * the stylesheet wrote ({@link #AS_WRITTEN}: as written).
     */
    byte[] at(int percent, int leading, int notePercent, int setOff) {
        BigDecimal factor = BigDecimal.valueOf(percent, 2);
        BigDecimal noteFactor = factor.multiply(BigDecimal.valueOf(notePercent, 2));
        BigDecimal opened = BigDecimal.valueOf(leading, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < sizes.size(); i++) {
            out.writeBytes(parts.get(i));
            if (quoted.get(i)) {
                BigDecimal size = setOff == AS_WRITTEN ? sizes.get(i) : sizes.get(i).max(BigDecimal.valueOf(setOff, 3));
                out.writeBytes((plain(size) + EM).getBytes(StandardCharsets.UTF_8));
            } else if (points.get(i)) {
                BigDecimal size = notePercent != 100 && notes.get(i) ? sizes.get(i).multiply(noteFactor)
                        : percent == 100 ? sizes.get(i) : sizes.get(i).multiply(factor);
                out.writeBytes((plain(size) + POINTS).getBytes(StandardCharsets.UTF_8));
            } else if (notes.get(i)) {
                BigDecimal lead = notePercent == 100 ? sizes.get(i)
                        : sizes.get(i).multiply(BigDecimal.valueOf(notePercent, 2)).setScale(4, java.math.RoundingMode.HALF_EVEN).max(SOLID.min(sizes.get(i)));
                out.writeBytes(plain(lead).getBytes(StandardCharsets.UTF_8));
            } else {
                BigDecimal lead = leading == PLAIN ? sizes.get(i) : sizes.get(i).multiply(opened).setScale(4, java.math.RoundingMode.HALF_EVEN);
                out.writeBytes(plain(lead).getBytes(StandardCharsets.UTF_8));
            }
        }
        out.writeBytes(parts.get(parts.size() - 1));
        return out.toByteArray();
    }

    /** The number of a length in {@code unit}, or null. */
    private static BigDecimal number(String value, String unit) {
        try {
            return new BigDecimal(value.substring(0, value.length() - unit.length()).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** As XPath writes a decimal: no exponent, no trailing zeros. */
    private static String plain(BigDecimal size) {
        String text = size.stripTrailingZeros().toPlainString();
        return text.equals("0.0") ? "0" : text;
    }
}

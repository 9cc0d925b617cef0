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
 * flow, keep their size; leading is relative to the type size, so it follows.
 */
final class PageType {
    private static final String POINTS = "pt";

    private final List<byte[]> parts;
    private final List<BigDecimal> sizes;

    private PageType(List<byte[]> parts, List<BigDecimal> sizes) {
        this.parts = parts;
        this.sizes = sizes;
    }

    /** Whether an attribute value is a size this class scales (a number of points). */
    static boolean scalable(String value) {
        return value != null && value.endsWith(POINTS) && size(value) != null;
    }

    /**
     * @param text  the page sequence's FO text
     * @param marks where the scalable values start and end in it, in pairs (from {@link XmlText#marks()})
     */
    static PageType of(String text, List<Integer> marks) {
        List<byte[]> parts = new ArrayList<>();
        List<BigDecimal> sizes = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < marks.size(); i += 2) {
            parts.add(text.substring(from, marks.get(i)).getBytes(StandardCharsets.UTF_8));
            sizes.add(size(text.substring(marks.get(i), marks.get(i + 1))));
            from = marks.get(i + 1);
        }
        parts.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
        return new PageType(List.copyOf(parts), List.copyOf(sizes));
    }

    /** The page's FO with its type at {@code percent} of the design's size (100: as the stylesheet wrote it). */
    byte[] at(int percent) {
        BigDecimal factor = BigDecimal.valueOf(percent, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < sizes.size(); i++) {
            out.writeBytes(parts.get(i));
            BigDecimal size = percent == 100 ? sizes.get(i) : sizes.get(i).multiply(factor);
            out.writeBytes((plain(size) + POINTS).getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(parts.get(parts.size() - 1));
        return out.toByteArray();
    }

    private static BigDecimal size(String value) {
        try {
            return new BigDecimal(value.substring(0, value.length() - POINTS.length()).strip());
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

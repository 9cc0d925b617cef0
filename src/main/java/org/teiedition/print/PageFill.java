// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.xml.sax.Attributes;

/**
 * How full one laid-out page is, read from FOP's intermediate format as it is written: the share of the
 * text block's height covered by lines. The text block is the page's tallest region (the body, without
 * the running head or a foot folio). A line covers its leading: from its baseline down to the next
 * line's when that is within {@link #RUN} of its size (the lines of one paragraph, however loosely
 * leaded), else its type's own height with a book's usual leading ({@link #SOLO} of its size); a note
 * call raised above its line is part of that line. So the space around headings and between blocks and
 * the hole above the footnotes count as empty, and a page of running text measures close to 1.
 */
final class PageFill {
    /** The farthest the next baseline may be, as a multiple of a line's size, for the two to be one run of lines. */
    private static final double RUN = 1.6;
    /** The height a line covers alone (the last of a run), as a multiple of its size. */
    private static final double SOLO = 1.2;
    /** Baselines nearer than this share of a line's size are one line (a raised note call, a change of font). */
    private static final double SAME_LINE = 0.6;

    private final Deque<Integer> offsets = new ArrayDeque<>();
    private final List<double[]> lines = new ArrayList<>();
    private final List<double[]> regions = new ArrayList<>();
    private double[] region;
    private int regionDepth;
    private int depth;
    private int size = 10_000;

    /** An element of the page (below {@code page}). */
    void start(String localName, Attributes atts) {
        depth++;
        int y = offsets.isEmpty() ? 0 : offsets.peek();
        if (localName.equals("viewport") || localName.equals("g")) {
            y += translateY(atts.getValue("transform"));
            if (localName.equals("viewport") && region == null && atts.getValue("height") != null) {
                region = new double[] {y, y + Integer.parseInt(atts.getValue("height")), regions.size()};
                regions.add(region);
                regionDepth = depth;
            }
        } else if (localName.equals("font") && atts.getValue("size") != null) {
            size = Integer.parseInt(atts.getValue("size"));
        } else if (localName.equals("text") && region != null && atts.getValue("y") != null) {
            double baseline = y + Integer.parseInt(atts.getValue("y"));
            lines.add(new double[] {baseline, size, region[2]});
        }
        offsets.push(y);
    }

    void end() {
        offsets.pop();
        if (depth == regionDepth) {
            region = null;
            regionDepth = 0;
        }
        depth--;
    }

    /** The share of the text block covered by lines, from 0 to 1 (0 for a page without a region). */
    double fill() {
        int body = -1;
        for (int i = 0; i < regions.size(); i++) {
            if (body < 0 || height(regions.get(i)) > height(regions.get(body))) {
                body = i;
            }
        }
        if (body < 0 || height(regions.get(body)) <= 0) {
            return 0;
        }
        double[] block = regions.get(body);
        final int chosen = body;
        // each line as its baseline and size, the lines of a baseline (or of one raised above it) merged
        List<double[]> inBody = lines.stream().filter(line -> line[2] == chosen && line[0] > block[0] && line[0] <= block[1] + line[1])
                .sorted((a, b) -> Double.compare(a[0], b[0])).toList();
        List<double[]> merged = new ArrayList<>();
        for (double[] line : inBody) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && line[0] - last[0] < SAME_LINE * Math.max(last[1], line[1])) {
                last[0] = Math.max(last[0], line[0]);
                last[1] = Math.max(last[1], line[1]);
            } else {
                merged.add(new double[] {line[0], line[1]});
            }
        }
        double covered = 0;
        for (int i = 0; i < merged.size(); i++) {
            double[] line = merged.get(i);
            double pitch = i + 1 < merged.size() ? merged.get(i + 1)[0] - line[0] : Double.MAX_VALUE;
            covered += pitch <= RUN * line[1] ? pitch : SOLO * line[1];
        }
        return Math.min(1, covered / height(block));
    }

    private static double height(double[] region) {
        return region[1] - region[0];
    }

    /** The vertical offset of an intermediate-format transform: {@code translate(x)} or {@code translate(x,y)}. */
    private static int translateY(String transform) {
        if (transform == null || !transform.startsWith("translate(")) {
            return 0;
        }
        String[] xy = transform.substring("translate(".length(), transform.indexOf(')')).split(",");
        return xy.length < 2 ? 0 : Integer.parseInt(xy[1].trim());
    }
}

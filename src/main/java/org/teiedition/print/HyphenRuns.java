// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.ArrayDeque;
import java.util.Deque;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The book rule of at most two consecutive lines ending in a hyphen, whether FOP put the hyphen there or
 * the text has it ("most-|favored"): what a line ending in a hyphen is, how many in a row make a run, and
 * the runs of one laid-out page counted from FOP's intermediate format. The PDF is read back by the same
 * rule ({@code verify.LineQuality}).
 *
 * <p>A line is the text painted one piece after another on one baseline; the next line is the next one
 * painted, below it within two of its type sizes (a table's next cell is painted after the last line of
 * the one before, above it, so it does not continue the run).
 */
public final class HyphenRuns {
    /** Consecutive lines ending in a hyphen that make a run a reader notices. */
    public static final int RUN = 3;
    private HyphenRuns() {
    }

    /** Whether a line whose last glyph is {@code last} ends in a hyphen (the hyphen-minus or the hyphen). */
    public static boolean hyphen(String last) {
        return last.equals("-") || last.equals("\u2010");
    }

    /** The runs of {@link #RUN} or more consecutive lines ending in a hyphen on the pages of one laid-out sequence. */
    static int count(byte[] intermediate) {
        if (intermediate.length == 0) {
            return 0;
        }
        Lines lines = new Lines();
        LaidPage.read(intermediate, lines);
        lines.endLine();
        return lines.runs;
    }

    /** Reads the lines of the intermediate format as they are painted, counting the runs. */
    private static final class Lines extends DefaultHandler {
        /** The offsets of the enclosing viewports and groups, x and y, in millipoints. */
        private final Deque<long[]> offsets = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private int size = 10_000;
        // the line being read: its baseline, largest size, where its last piece starts and its last glyph
        private boolean open;
        private long baseline;
        private int lineSize;
        private long lastX;
        private String last = "";
        // the line before it
        private boolean before;
        private long beforeBaseline;
        private int beforeSize;
        private int run;
        private int runs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            long[] at = offsets.isEmpty() ? new long[2] : offsets.peek().clone();
            if (localName.equals("viewport") || localName.equals("g")) {
                long[] moved = translate(atts.getValue("transform"));
                at[0] += moved[0];
                at[1] += moved[1];
            } else if (localName.equals("font") && atts.getValue("size") != null) {
                size = Integer.parseInt(atts.getValue("size"));
            } else if (localName.equals("text") && atts.getValue("x") != null && atts.getValue("y") != null) {
                long x = at[0] + Long.parseLong(atts.getValue("x"));
                long y = at[1] + Long.parseLong(atts.getValue("y"));
                if (open && (Math.abs(y - baseline) > Math.max(lineSize, size) / 2 || x < lastX - lineSize)) {
                    endLine();
                }
                if (!open) {
                    open = true;
                    baseline = y;
                    lineSize = size;
                }
                lineSize = Math.max(lineSize, size);
                lastX = x;
                inText = true;
                text.setLength(0);
            }
            offsets.push(at);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            offsets.pop();
            if (inText && localName.equals("text")) {
                inText = false;
                String painted = text.toString().stripTrailing();
                if (!painted.isEmpty()) {
                    last = painted.substring(painted.offsetByCodePoints(painted.length(), -1));
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }

        void endLine() {
            if (!open) {
                return;
            }
            boolean hyphen = hyphen(last);
            long step = baseline - beforeBaseline;
            boolean follows = before && step > 0 && step < 2L * Math.max(lineSize, beforeSize);
            run = hyphen ? (follows && run > 0 ? run + 1 : 1) : 0;
            if (run == RUN) {
                runs++;
            }
            before = true;
            beforeBaseline = baseline;
            beforeSize = lineSize;
            open = false;
            last = "";
        }

        /** The offset of an intermediate-format transform: {@code translate(x)} or {@code translate(x,y)}. */
        private static long[] translate(String transform) {
            if (transform == null || !transform.startsWith("translate(")) {
                return new long[2];
            }
            String[] xy = transform.substring("translate(".length(), transform.indexOf(')')).split(",");
            return new long[] {Long.parseLong(xy[0].trim()), xy.length < 2 ? 0 : Long.parseLong(xy[1].trim())};
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import net.sf.saxon.s9api.XdmAtomicValue;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The loose pieces of line on a laid-out page, read from FOP's intermediate format: text whose word spaces are
 * widened by more than the font's own word space (so over twice it, as {@code verify} counts a loose line). A line
 * of several fonts counts once per piece; it serves to compare two settings of one page.
 */
final class LooseLines {
    /** The regular font's word space, in em. */
    private static final double SPACE = Double.parseDouble(FontMetrics.regular().widths().get(new XdmAtomicValue(32)).itemAt(0).getStringValue());

    private LooseLines() {
    }

    static int count(byte[] intermediate) {
        if (intermediate.length == 0) {
            return 0;
        }
        int[] loose = new int[1];
        DefaultHandler pieces = new DefaultHandler() {
            private int size = 10_000;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if (localName.equals("font") && atts.getValue("size") != null) {
                    size = Integer.parseInt(atts.getValue("size"));
                } else if (localName.equals("text") && atts.getValue("word-spacing") != null
                        && Integer.parseInt(atts.getValue("word-spacing")) > SPACE * size) {
                    loose[0]++;
                }
            }
        };
        LaidPage.read(intermediate, pieces);
        return loose[0];
    }
}

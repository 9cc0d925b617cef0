// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The advance widths of the print edition's regular font, read from the font file FOP embeds, for the
 * stylesheet to measure text before layout (a running head must fit its line). Widths are in em.
 */
final class FontMetrics {
    /** The font the running heads are set in (as configured in fop/fop.xconf). */
    private static final String REGULAR = "fonts/SourceSerif4_400Regular.ttf";
    /** The characters measured: Latin, Greek, Cyrillic, punctuation and symbols. */
    private static final int LAST_CODE_POINT = 0x24ff;

    private static volatile FontMetrics regular;

    private final XdmMap widths;

    private FontMetrics(XdmMap widths) {
        this.widths = widths;
    }

    static FontMetrics regular() {
        FontMetrics metrics = regular;
        if (metrics == null) {
            metrics = read(REGULAR);
            regular = metrics;
        }
        return metrics;
    }

    /** Per code point (xs:integer) its advance width in em (xs:decimal), for the characters the font has. */
    XdmMap widths() {
        return widths;
    }

    private static FontMetrics read(String resource) {
        try (InputStream in = FontMetrics.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the toolkit");
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BigDecimal em = BigDecimal.valueOf(font.getUnitsPerEm());
                Map<XdmAtomicValue, XdmAtomicValue> widths = new LinkedHashMap<>();
                for (int c = 0x20; c <= LAST_CODE_POINT; c++) {
                    int glyph = cmap.getGlyphId(c);
                    if (glyph > 0) {
                        BigDecimal width = BigDecimal.valueOf(font.getAdvanceWidth(glyph)).divide(em, 4, RoundingMode.HALF_UP);
                        widths.put(new XdmAtomicValue(c), new XdmAtomicValue(width));
                    }
                }
                return new FontMetrics(new XdmMap(widths));
            }
        } catch (IOException e) {
            throw new IllegalStateException("the toolkit's font cannot be read: " + e.getMessage(), e);
        }
    }
}

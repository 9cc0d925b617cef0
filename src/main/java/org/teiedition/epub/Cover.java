// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.teiedition.io.Temporaries;

/**
 * The book's cover image, drawn from its words ({@code f:epub-cover}: series, title, volume, year) in Source
 * Serif 4: a PNG of 1200 × 1800 pixels in sixteen greys, the series white on a dark band, the title in bold below, the
 * volume and the year in the regular face. The text is drawn as the fonts' outlines, filled by Java 2D's
 * own rasterizer, and the PNG carries no time, so the same words give the same bytes.
 */
final class Cover {
    static final int WIDTH = 1200;
    static final int HEIGHT = 1800;
    private static final int MARGIN = 110;
    private static final int BAND = 560;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private Cover() {
    }

    /** @param words series, title, volume, year (absent keys are left out) */
    static byte[] png(Map<String, String> words, byte[] regularFont, byte[] boldFont) throws IOException {
        List<Path> files = new ArrayList<>();
        try {
            return drawn(words, font(regularFont, files), font(boldFont, files));
        } finally {
            for (Path file : files) {
                Temporaries.remove(file);
            }
        }
    }

    private static byte[] drawn(Map<String, String> words, Font regular, Font bold) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(new java.awt.Color(0xf7f7f7));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new java.awt.Color(0x2b2b2b));
            g.fillRect(0, 0, WIDTH, BAND);
            g.setColor(java.awt.Color.WHITE);
            String series = words.get("series");
            if (series != null) {
                drawCentred(g, fit(series, regular, 68, 4), BAND / 2, true);
            }
            g.setColor(new java.awt.Color(0x1a1a1a));
            int y = BAND + 130;
            String title = words.get("title");
            if (title != null) {
                Block block = fit(title, bold, 84, 7);
                y = drawCentred(g, block, y, false) + 70;
                g.fillRect(WIDTH / 2 - 120, y, 240, 5);
                y += 110;
            }
            String volume = words.get("volume");
            if (volume != null) {
                drawCentred(g, fit(volume, regular, 56, 5), y, false);
            }
            String year = words.get("year");
            if (year != null) {
                drawCentred(g, lines(year, regular, 60), HEIGHT - 170, true);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(sixteenGreys(image), "png", out)) {
            throw new IllegalStateException("the JDK writes no PNG");
        }
        return out.toByteArray();
    }

    /** The image in sixteen greys, four bits a pixel: a quarter of the PNG, the same to the eye at this size. */
    private static BufferedImage sixteenGreys(BufferedImage grey) {
        byte[] levels = new byte[16];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (byte) (i * 17);
        }
        BufferedImage indexed = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY,
                new IndexColorModel(4, levels.length, levels, levels, levels));
        Raster from = grey.getRaster();
        WritableRaster to = indexed.getRaster();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                to.setSample(x, y, 0, Math.round(from.getSample(x, y, 0) / 17f));
            }
        }
        return indexed;
    }

    /** Lines of text at one size, each as wide as the cover allows. */
    private record Block(List<String> lines, Font font) {
        int lineHeight() {
            return Math.round(font.getSize2D() * 1.25f);
        }
    }

    /** The text broken at spaces to the cover's width, at the given size or smaller until it takes at most {@code maxLines}. */
    private static Block fit(String text, Font face, float size, int maxLines) {
        float at = size;
        Block block = lines(text, face, at);
        while (block.lines().size() > maxLines && at > 30) {
            at -= 4;
            block = lines(text, face, at);
        }
        return block;
    }

    private static Block lines(String text, Font face, float size) {
        Font font = face.deriveFont(size);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.trim().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, longer) > WIDTH - 2 * MARGIN) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return new Block(lines, font);
    }

    /**
     * Draws the lines centred across the cover: from the baseline {@code y} down, or centred on {@code y}
     * when {@code middle}; returns the last baseline.
     */
    private static int drawCentred(Graphics2D g, Block block, int y, boolean middle) {
        int step = block.lineHeight();
        int baseline = middle ? y - (block.lines().size() - 1) * step / 2 + Math.round(block.font().getSize2D() * 0.35f) : y;
        for (String line : block.lines()) {
            GlyphVector glyphs = block.font().createGlyphVector(CONTEXT, line);
            float x = (WIDTH - (float) glyphs.getLogicalBounds().getWidth()) / 2;
            Shape outline = glyphs.getOutline(x, baseline);
            g.fill(outline);
            baseline += step;
        }
        return baseline - step;
    }

    private static double width(Font font, String text) {
        return font.createGlyphVector(CONTEXT, text).getLogicalBounds().getWidth();
    }

    /**
     * A font of the toolkit's, which Java 2D reads from a file: from a stream it would copy the font into a file of its own
     * in the system's temporary folder, removed at the JVM's exit only, and so left there by a killed run. This one is
     * one of the toolkit's temporaries, which the next run removes then.
     */
    private static Font font(byte[] ttf, List<Path> files) throws IOException {
        Path file = Temporaries.newSystemFile("tei-edition-cover-font.ttf");
        files.add(file);
        Files.write(file, ttf);
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException e) {
            throw new IllegalStateException("the toolkit's font cannot be read: " + e.getMessage(), e);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import org.teiedition.publish.PublishOptions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teiedition.Edition;

/** The fonts a book embeds hold the glyphs of every character it shows, and little more. */
class FontSubsetTest {
    private static final List<String> FACES = List.of("SourceSerif4_400Regular.ttf", "SourceSerif4_400Regular_Italic.ttf",
            "SourceSerif4_700Bold.ttf", "SourceSerif4_700Bold_Italic.ttf");

    @Test
    void everyCharacterTheBookShowsHasItsOwnGlyphInEveryFaceAndTheFacesAreAFractionOfTheWholeFonts(@TempDir Path temp) throws Exception {
        for (Path tei : List.of(EpubTest.MEMORANDUM, Path.of("src/test/resources/web/frus1918Russiav03-p1.xml"))) {
            Path epub = temp.resolve(tei.getFileName() + ".epub");
            assertEquals(List.of(), Edition.create().epub(tei, epub, PublishOptions.defaults()), "EPUBCheck's warnings with the subset fonts");
            try (ZipFile zip = new ZipFile(epub.toFile())) {
                SortedSet<Integer> shown = textOf(zip);
                assertTrue(shown.contains((int) '['), "the page markers' text is read");
                for (String face : FACES) {
                    byte[] whole = resource("fonts/" + face);
                    byte[] subset = bytes(zip, "EPUB/fonts/" + face);
                    assertTrue(subset.length * 4 < whole.length, face + ": " + subset.length + " bytes of " + whole.length);
                    assertSameGlyphs(face, whole, subset, shown);
                    Font awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(subset));
                    for (int c : shown) {
                        if (c > ' ' && hasGlyph(whole, c)) {
                            assertTrue(awt.canDisplay(c), face + " as the JDK reads it lacks U+" + Integer.toHexString(c));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theCharactersOfGeneratedContentAreKept() {
        SortedSet<Integer> found = new TreeSet<>();
        FontSubset.generatedCharacters("/* content: \"x\" */ .a::before { content: \"\\2014 \\\"\u00a7\"; }"
                + " .b::after{content:'\u2020' attr(title)}", found);
        assertEquals(new TreeSet<>(List.of(0x2014, (int) '"', 0xa7, 0x2020)), found);
    }

    /** Every character of {@code shown} the whole font has maps, in the subset, to a glyph of the same width and outline. */
    @Test
    void aSubsetMadeAgainForOtherCharactersIsTheirsAndForTheSameIsTheSameBytes() throws Exception {
        byte[] font = resource("fonts/SourceSerif4_400Regular.ttf");
        SortedSet<Integer> some = new java.util.TreeSet<>(List.of((int) 'a', (int) 'b'));
        SortedSet<Integer> more = new java.util.TreeSet<>(List.of((int) 'a', (int) 'b', (int) 'z'));
        byte[] first = FontSubset.subset(font, some);
        byte[] other = FontSubset.subset(font, more);
        assertFalse(java.util.Arrays.equals(first, other), "another set of characters, another subset");
        assertArrayEquals(first, FontSubset.subset(font, some));
        assertArrayEquals(other, FontSubset.subset(font, new java.util.TreeSet<>(more)));
        FontSubset.subset(font, more)[0] ^= 1; // a caller's change to its copy
        assertArrayEquals(other, FontSubset.subset(font, more));
    }

    private static void assertSameGlyphs(String face, byte[] whole, byte[] subset, SortedSet<Integer> shown) throws IOException {
        try (TrueTypeFont original = parse(whole); TrueTypeFont cut = parse(subset)) {
            CmapLookup before = original.getUnicodeCmapLookup();
            CmapLookup after = cut.getUnicodeCmapLookup();
            int kept = 0;
            for (int c : shown) {
                int glyph = before.getGlyphId(c);
                if (glyph == 0) {
                    continue;
                }
                int cutGlyph = after.getGlyphId(c);
                String where = face + " U+" + Integer.toHexString(c);
                assertTrue(cutGlyph > 0, where + " is missing from the subset");
                assertEquals(original.getAdvanceWidth(glyph), cut.getAdvanceWidth(cutGlyph), where + ": advance width");
                GlyphData a = original.getGlyph().getGlyph(glyph);
                GlyphData b = cut.getGlyph().getGlyph(cutGlyph);
                assertEquals(a == null ? "" : a.getPath().getBounds2D().toString(), b == null ? "" : b.getPath().getBounds2D().toString(), where + ": outline");
                kept++;
            }
            assertTrue(kept > 60, face + " keeps the book's letters");
            // a letter the font has and the book does not show is left out
            int unused = 0x100;
            while (before.getGlyphId(unused) == 0 || shown.contains(unused)) {
                unused++;
            }
            assertEquals(0, after.getGlyphId(unused), face + " keeps U+" + Integer.toHexString(unused) + ", which the book does not show");
            assertTrue(cut.getNumberOfGlyphs() < original.getNumberOfGlyphs() / 4, face + ": " + cut.getNumberOfGlyphs() + " glyphs");
        }
    }

    /** The characters of the text of every XHTML document of the book, as an XML parser reads them. */
    private static SortedSet<Integer> textOf(ZipFile zip) throws Exception {
        Processor saxon = new Processor(false);
        SortedSet<Integer> found = new TreeSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entry.getName().endsWith(".xhtml")) {
                try (InputStream in = zip.getInputStream(entry)) {
                    XdmNode page = saxon.newDocumentBuilder().build(new StreamSource(in));
                    page.getStringValue().codePoints().forEach(found::add);
                }
            }
        }
        assertFalse(found.isEmpty());
        return found;
    }

    private static boolean hasGlyph(byte[] font, int c) throws IOException {
        try (TrueTypeFont ttf = parse(font)) {
            return ttf.getUnicodeCmapLookup().getGlyphId(c) > 0;
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = FontSubsetTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.epub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The book's fonts cut down to the characters it shows. A reader's system draws the book's text with the
 * embedded faces; a glyph the book never shows is weight in every copy. The characters are read from the
 * book's own files: every text node and attribute value of its XHTML documents, the strings its
 * stylesheet generates ({@code content: "…"}), and a fixed base a reading system may draw on its own
 * (printable ASCII, for list numbers and the like, and the hyphens and spaces of hyphenation and
 * justification).
 *
 * <p>The subset is a TrueType font of its own (FontBox's {@link TTFSubsetter}: {@code glyf} outlines, a
 * Unicode {@code cmap}, names, metrics), its glyph order the original's order of the kept glyphs, so the
 * same characters give the same bytes. Its tables of layout features ({@code GSUB}, {@code GPOS}) are
 * not kept: no kerning pairs or ligatures in the book. Characters the font does not have stay out of it
 * and fall back to the reading system's fonts, as they did with the whole font.
 */
final class FontSubset {
    /** Always kept: what a reading system may draw in the book's face of its own accord. */
    private static final String BASE = "\u00a0\u00ad\u2010\u2011\u2013\u2014\u2026";
    /**
     * The tables a subset keeps: those FontBox rewrites for the kept glyphs, and the hinting tables that name
     * no glyph. The rest would be copied as they are and name glyphs by their numbers in the whole font:
     * the layout tables (kerning, ligatures), the baseline and style tables are left out.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "glyf", "loca", "hmtx", "post",
            "cvt ", "fpgm", "prep", "gasp");
    private static final Pattern CONTENT = Pattern.compile("content\\s*:([^;}]*)");
    private static final Pattern CSS_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'", Pattern.DOTALL);
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\([0-9A-Fa-f]{1,6})\\s?|\\\\(.)", Pattern.DOTALL);

    private FontSubset() {
    }

    /** The characters the book shows: its XHTML documents' text and attributes, its stylesheets' generated content, the base. */
    static SortedSet<Integer> characters(Map<String, byte[]> entries) throws IOException {
        // a bit per character while the book's text is read (hundreds of documents, millions of characters)
        BitSet shown = new BitSet(0x3000);
        shown.set(0x20, 0x7f);
        BASE.codePoints().forEach(shown::set);
        SortedSet<Integer> generated = new TreeSet<>();
        SAXParser parser = null;
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().endsWith(".xhtml")) {
                if (parser == null) {
                    parser = parser();
                }
                xhtmlCharacters(parser, entry.getValue(), shown);
            } else if (entry.getKey().endsWith(".css")) {
                generatedCharacters(new String(entry.getValue(), StandardCharsets.UTF_8), generated);
            }
        }
        generated.forEach(shown::set);
        SortedSet<Integer> found = new TreeSet<>();
        shown.stream().forEach(found::add);
        return found;
    }

    /** The characters of the strings of the stylesheet's {@code content} declarations, CSS escapes resolved. */
    static void generatedCharacters(String css, SortedSet<Integer> found) {
        Matcher declaration = CONTENT.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (declaration.find()) {
            Matcher string = CSS_STRING.matcher(declaration.group(1));
            while (string.find()) {
                String quoted = string.group(1) != null ? string.group(1) : string.group(2);
                Matcher escape = CSS_ESCAPE.matcher(quoted);
                StringBuilder text = new StringBuilder();
                while (escape.find()) {
                    escape.appendReplacement(text, Matcher.quoteReplacement(escape.group(1) != null
                            ? Character.toString(Integer.parseInt(escape.group(1), 16)) : escape.group(2)));
                }
                escape.appendTail(text);
                text.codePoints().filter(c -> c >= 0x20).forEach(found::add);
            }
        }
    }

    private static void xhtmlCharacters(SAXParser parser, byte[] xhtml, BitSet found) throws IOException {
        try {
            parser.reset();
            parser.parse(new InputSource(new ByteArrayInputStream(xhtml)), new DefaultHandler() {
                @Override
                public void characters(char[] ch, int start, int length) {
                    add(ch, start, length, found);
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    for (int i = 0; i < attributes.getLength(); i++) {
                        String value = attributes.getValue(i);
                        add(value.toCharArray(), 0, value.length(), found);
                    }
                }
            });
        } catch (SAXException e) {
            throw new IllegalStateException("epub: a content document the toolkit wrote is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The characters from {@code 0x20} up, surrogate pairs as one. */
    private static void add(char[] text, int start, int length, BitSet found) {
        for (int i = start; i < start + length; ) {
            int c = Character.codePointAt(text, i, start + length);
            if (c >= 0x20) {
                found.set(c);
            }
            i += Character.charCount(c);
        }
    }

    private static SAXParser parser() throws IOException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser();
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("epub: no XML parser for the content documents: " + e.getMessage(), e);
        }
    }

    /** The last subset made of each font, by the font's hash: a book made again after an edit mostly shows the same characters. */
    private static final Map<Integer, Subset> LAST = new java.util.concurrent.ConcurrentHashMap<>();

    private record Subset(byte[] font, SortedSet<Integer> characters, byte[] bytes) {
    }

    /** The font with the glyphs of {@code characters} only (those it has), and the glyphs they are built from. */
    static byte[] subset(byte[] font, SortedSet<Integer> characters) throws IOException {
        int key = java.util.Arrays.hashCode(font);
        Subset last = LAST.get(key);
        if (last != null && last.characters().equals(characters) && java.util.Arrays.equals(last.font(), font)) {
            return last.bytes().clone();
        }
        byte[] made = subsetOf(font, characters);
        LAST.put(key, new Subset(font.clone(), new TreeSet<>(characters), made.clone()));
        return made;
    }

    private static byte[] subsetOf(byte[] font, SortedSet<Integer> characters) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int c : characters) {
                if (cmap.getGlyphId(c) > 0) {
                    subsetter.add(c);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(font.length / 4);
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }
}

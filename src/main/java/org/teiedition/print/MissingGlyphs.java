// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.teiedition.diag.Diagnostic;

/**
 * The characters no font of the print edition's chain has a glyph for, as FOP tells them (its
 * "glyph not available" events, one per UTF-16 unit), each an error at its first place in the TEI: a PDF
 * that printed it as "#" would silently lose text.
 */
final class MissingGlyphs {
    private final Set<Integer> codePoints = new LinkedHashSet<>();
    /**
     * The first half of a surrogate pair, until its second half comes: per thread, since pages laid out at
     * once on several threads tell their halves interleaved (and a shared one made U+DE00 of an emoji).
     */
    private final ThreadLocal<Character> highSurrogate = new ThreadLocal<>();

    /** One character FOP could not set, in the order FOP met them. */
    synchronized void add(char unit) {
        Character high = highSurrogate.get();
        if (Character.isHighSurrogate(unit)) {
            highSurrogate.set(unit);
        } else if (Character.isLowSurrogate(unit) && high != null) {
            codePoints.add(Character.toCodePoint(high, unit));
            highSurrogate.remove();
        } else {
            codePoints.add((int) unit);
        }
    }

    /** The characters, as code points, in the order FOP met them. */
    synchronized List<Integer> codePoints() {
        return List.copyOf(codePoints);
    }

    synchronized boolean isEmpty() {
        return codePoints.isEmpty();
    }

    /** One error per character, where the TEI first has it (composed, as it is printed). */
    synchronized List<Diagnostic> diagnostics(XdmNode tei, String file) {
        List<Diagnostic> errors = new ArrayList<>();
        for (int codePoint : codePoints) {
            String character = new String(Character.toChars(codePoint));
            int[] where = firstPlace(tei, character);
            errors.add(Diagnostic.error("pdf.glyph", String.format(Locale.ROOT,
                    "no glyph for U+%04X (%s, %s) in the print fonts: add a font that has it to the font-family chain",
                    codePoint, character, Character.getName(codePoint)), file, where[0], where[1]));
        }
        return errors;
    }

    /**
     * Line and column of the character's first occurrence in the TEI's text, or 0, 0. The parser tells
     * where each text node ends and where the tag before it ends; the character's place is counted from
     * these (in UTF-16 units, as the parser counts columns).
     */
    private static int[] firstPlace(XdmNode tei, String character) {
        XdmNode text = firstText(tei, character);
        if (text == null) {
            return new int[] {0, 0};
        }
        String value = text.getStringValue();
        int index = value.indexOf(character);
        if (index < 0 || text.getLineNumber() <= 0) {
            XdmNode parent = text.getParent();
            return new int[] {Math.max(0, parent.getLineNumber()), Math.max(0, parent.getColumnNumber())};
        }
        String rest = value.substring(index);
        long breaksAfter = rest.chars().filter(c -> c == '\n').count();
        int line = text.getLineNumber() - (int) breaksAfter;
        int lineStart = value.lastIndexOf('\n', index - 1);
        if (breaksAfter == 0) {
            return new int[] {line, text.getColumnNumber() - 1 - rest.length()}; // the parser is one past the text's end
        }
        if (lineStart >= 0) {
            return new int[] {line, index - lineStart};
        }
        XdmNode before = precedingTag(text);
        return new int[] {line, before == null ? 0 : before.getColumnNumber() + index};
    }

    /** The element whose tag ends where the text node begins: its preceding sibling, else its parent. */
    private static XdmNode precedingTag(XdmNode text) {
        return text.select(Steps.precedingSibling().first()).findFirst()
                .filter(n -> n.getNodeKind() == XdmNodeKind.ELEMENT).orElse(text.getParent());
    }

    /** The text node that first holds the character (as printed: composed). */
    private static XdmNode firstText(XdmNode tei, String character) {
        return tei.select(Steps.descendant().where(n -> n.getNodeKind() == XdmNodeKind.TEXT
                        && Normalizer.normalize(n.getStringValue(), Normalizer.Form.NFC).contains(character)))
                .findFirst().orElse(null);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.Map;

/**
 * The page design a document's FO was written for, as the print stylesheet declares it in a processing
 * instruction in the FO's root ({@code ef:design-facts}), which FOP passes over: what the renderer needs to choose a type scale and a larger design, and what
 * the report tells the editor. Lengths in points.
 *
 * @param name          the design ({@code modern}, {@code dense}, {@code large}, or the editor's own settings of it)
 * @param larger        the design to try next when too many pages fit this one at no legible size ("" for none)
 * @param textSize      the running text's size at the design's scale (100%)
 * @param leastTextSize the legibility floor: the least size the running text may be shrunk to
 * @param noteSize      the footnotes' size at the design's scale (0: not declared, and the notes are never set apart)
 * @param leastNoteSize the footnotes' floor: the least size a page's notes may be set at when they are set smaller than its text
 */
public record PageDesign(String name, String larger, double textSize, double leastTextSize, double pageWidth, double pageHeight,
        double textWidth, double textHeight, double noteSize, double leastNoteSize) {
    /** The target of the processing instruction that holds the facts. */
    static final String INSTRUCTION = "tei-edition-page-design";

    /** A design for an FO that declares none (an editor's stylesheet of its own): 10 pt text, no floor but 85%. */
    static final PageDesign UNDECLARED = new PageDesign("", "", 10, 8.5, 0, 0, 0, 0, 0, 0);

    /** The facts by their names, as in the processing instruction; an FO that declares none gives {@link #UNDECLARED}. */
    static PageDesign of(Map<String, String> facts) {
        if (!facts.containsKey("design")) {
            return UNDECLARED;
        }
        return new PageDesign(facts.get("design"), facts.getOrDefault("larger-design", ""), number(facts, "text-size"),
                number(facts, "least-text-size"), number(facts, "page-width"), number(facts, "page-height"),
                number(facts, "text-width"), number(facts, "text-height"), optional(facts, "note-size"), optional(facts, "least-note-size"));
    }

    /** The least percentage of the design's type size a page may be set at: the floor in points over the text's size. */
    int leastPercent() {
        return (int) Math.min(100, Math.ceil(100 * leastTextSize / textSize - 1e-9));
    }

    /**
     * The least percentage of a page's own scale its footnotes may be set at, on a page set at {@code pagePercent} of the
     * design's size: the notes' floor in points over their size on that page (100 or more: they cannot be set smaller).
     */
    int leastNotePercent(int pagePercent) {
        if (noteSize <= 0 || leastNoteSize <= 0) {
            return 100;
        }
        return (int) Math.ceil(100 * leastNoteSize / (noteSize * pagePercent / 100) - 1e-9);
    }

    private static double optional(Map<String, String> facts, String name) {
        return facts.containsKey(name) ? number(facts, name) : 0;
    }

    private static double number(Map<String, String> facts, String name) {
        try {
            return Double.parseDouble(facts.getOrDefault(name, ""));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("the print stylesheet declares " + name + " as \"" + facts.get(name) + "\", not a number");
        }
    }
}

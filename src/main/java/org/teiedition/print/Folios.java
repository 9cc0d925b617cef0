// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;

/** Folios as PDF page label styles: arabic, upper or lower roman; anything else (e.g. "[I]") is a literal. */
final class Folios {
    private Folios() {
    }

    /** The PDF label style of a folio, or null when it is to be written literally. */
    static String style(String folio) {
        if (folio.matches("[1-9][0-9]{0,8}")) {
            return PDPageLabelRange.STYLE_DECIMAL;
        }
        if (folio.matches("[IVXLCDM]+") && roman(folio) > 0) {
            return PDPageLabelRange.STYLE_ROMAN_UPPER;
        }
        if (folio.matches("[ivxlcdm]+") && roman(folio) > 0) {
            return PDPageLabelRange.STYLE_ROMAN_LOWER;
        }
        return null;
    }

    static int value(String folio) {
        String style = style(folio);
        if (style == null) {
            return -1;
        }
        return PDPageLabelRange.STYLE_DECIMAL.equals(style) ? Integer.parseInt(folio) : roman(folio);
    }

    private static int roman(String numeral) {
        int total = 0;
        String upper = numeral.toUpperCase(java.util.Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            int v = digit(upper.charAt(i));
            int next = i + 1 < upper.length() ? digit(upper.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> 0;
        };
    }
}

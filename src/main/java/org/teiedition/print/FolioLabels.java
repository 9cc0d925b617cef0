// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.Locale;
import org.apache.fop.pdf.PDFDictionary;
import org.apache.fop.pdf.PDFName;
import org.apache.fop.pdf.PDFPageLabels;

/**
 * Page labels that read back exactly as the folios the pages are given (FOP passes each page's name,
 * see {@link FinishingHandler}): a run of folios that count on in one numbering (arabic, upper or lower
 * roman, as a reader writes it) is one label range; any other folio ("[I]", "007", "Xiv") is written
 * literally, as the prefix of a range of its own. FOP's own labels guess the numbering from the text and
 * would turn "Xiv" into "XIV" and fail on "0".
 */
final class FolioLabels extends PDFPageLabels {
    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    /** A PDF numbering style ({@code /S}) and the number a folio is in it. */
    record Numbering(String style, int value) {
    }

    private Numbering running;

    @Override
    public void addPageLabel(int index, String folio) {
        Numbering numbering = numbering(folio);
        if (numbering != null && running != null && numbering.equals(new Numbering(running.style(), running.value() + 1))) {
            running = numbering;
            return;
        }
        PDFDictionary range = new PDFDictionary(getNums());
        if (numbering == null) {
            range.put("P", folio);
        } else {
            range.put("S", new PDFName(numbering.style()));
            range.put("St", numbering.value());
        }
        getNums().put(index, range);
        running = numbering;
    }

    /**
     * The numbering a folio is written in, or null when it is none a PDF reader writes back as the same
     * text: arabic without leading zeros, or a roman numeral in its usual form, all upper or all lower case.
     */
    static Numbering numbering(String folio) {
        if (folio.matches("[1-9][0-9]{0,8}")) {
            return new Numbering("D", Integer.parseInt(folio));
        }
        boolean upper = folio.matches("[IVXLCDM]+");
        if (upper || folio.matches("[ivxlcdm]+")) {
            String numeral = folio.toUpperCase(Locale.ROOT);
            int value = romanValue(numeral);
            if (value > 0 && value < 4000 && roman(value).equals(numeral)) {
                return new Numbering(upper ? "R" : "r", value);
            }
        }
        return null;
    }

    private static int romanValue(String numeral) {
        int total = 0;
        int i = 0;
        for (int d = 0; d < ROMAN.length; d++) {
            while (numeral.startsWith(ROMAN[d], i)) {
                total += ROMAN_VALUES[d];
                i += ROMAN[d].length();
            }
        }
        return i == numeral.length() ? total : -1;
    }

    private static String roman(int value) {
        StringBuilder numeral = new StringBuilder();
        for (int d = 0; d < ROMAN.length; d++) {
            for (; value >= ROMAN_VALUES[d]; value -= ROMAN_VALUES[d]) {
                numeral.append(ROMAN[d]);
            }
        }
        return numeral.toString();
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.regex.Pattern;

/** What the lines of the transcription form look like. */
final class LinePatterns {
    private LinePatterns() {
    }

    /**
     * {@code 711.61/891½}, {@code 384.11/173: Telegram}, {@code 760C.61/2142: Telegram},
     * {@code 740.0011 European War 1939/33380}.
     */
    static final Pattern FILE_NUMBER = Pattern.compile("[0-9]{3}[0-9A-Z]*(?:\\.[0-9A-Za-z]+)*(?: [A-Z][A-Za-z]+)*(?: [0-9]{4})?"
            + "/[0-9][0-9A-Za-z½¼¾⅓⅔.\\-]*(?:: ?[A-Z][A-Za-z ]*)?");

    /** A page marker exactly as the form writes it. */
    static final Pattern MARKER = Pattern.compile("\\[Page ([1-9][0-9]{0,5})\\]");

    /** Anything that tries to be a page marker. */
    static final Pattern MARKER_LIKE = Pattern.compile("(?i)\\[\\s*page\\b");

    /** {@code - text↩}. */
    static final Pattern FOOTNOTE = Pattern.compile("- .*↩");

    private static final String NAME = "(?:[A-Z]\\.|[A-Z][\\p{L}’'\\-]*(?:\\[[\\p{L}.’'\\-]+\\])?)";

    /** {@code S[umner] W[elles]}, {@code C[ordell] H[ull]}, {@code Harriman}, {@code J. C. Grew}. */
    static final Pattern SIGNATURE = Pattern.compile(NAME + "(?: " + NAME + "){0,4}");

    private static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    /** {@code Moscow, January 11, 1944—noon.}, {@code [Washington,] May 7, 1943.}, {@code [Received …]}. */
    static final Pattern DATELINE = Pattern.compile(
            "\\[Received [^\\]]*\\]|\\[?[A-Z][\\p{L} .’'\\-]*,\\]?,? " + MONTH + " [0-9]{1,2}, [0-9]{4}\\b.{0,60}");

    /** {@code Participants:} alone, or followed by the participants on the same line. */
    static final Pattern PARTICIPANTS = Pattern.compile("(?:Participants|Present):(?: \\S.*)?");

    /** A short line under the heading with no sentence punctuation at its end. */
    static boolean isSubheading(String text) {
        return text.length() <= 80 && Character.isUpperCase(text.codePointAt(0))
                && !text.matches(".*[.!?:;,”\"’)\\]]");
    }

    /** A participant's line: short and not a sentence. */
    static boolean isListItem(String text) {
        return text.length() <= 120 && !text.matches(".*[.!?:”\"]") && !MARKER.matcher(text).matches();
    }
}

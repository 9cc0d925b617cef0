// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of digits that may end with a footnote call, and the ways it may be read. A call is glued to
 * what precedes it (a word, punctuation, or the digits of a year) and followed by a space, punctuation or
 * the end of the line; a number standing alone is never a call.
 */
record CallSite(int block, int line, String text, int start, int end, List<Split> splits) {

    /** One reading: the call is {@code n}, beginning at char {@code callStart}. */
    record Split(int n, int callStart, Plausibility plausibility) {
    }

    /** How sure a reading is; anything but {@code WORD} is reported as a warning. */
    enum Plausibility {
        /** glued to a word or punctuation: {@code Tass7}, {@code Government.57}, {@code noon85)} */
        WORD(0),
        /** glued to a year: {@code until 193965} */
        YEAR(1),
        /** after a number and a full stop: {@code in 1939.65} */
        AFTER_NUMBER(1);

        final int cost;

        Plausibility(int cost) {
            this.cost = cost;
        }
    }

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern YEAR = Pattern.compile("1[0-9]{3}|20[0-9]{2}");
    private static final String OPENERS = "([{“‘\"'$£€§#";
    private static final String NUMBER_JOINERS = ",/:–—-";
    static final int LONGEST_CALL = 4;

    /** The sites of one line, outside its page markers. */
    static List<CallSite> find(int block, Block line) {
        String text = line.text();
        List<CallSite> sites = new ArrayList<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            int a = digits.start();
            int b = digits.end();
            if (insideMarker(line, a) || !endsCall(text, b)) {
                continue;
            }
            List<Split> splits = splits(text, a, b);
            if (!splits.isEmpty()) {
                sites.add(new CallSite(block, line.line().number(), text, a, b, splits));
            }
        }
        return sites;
    }

    private static boolean insideMarker(Block line, int offset) {
        return line.markers().stream().anyMatch(m -> offset >= m.start() && offset < m.end());
    }

    private static boolean endsCall(String text, int b) {
        if (b == text.length()) {
            return true;
        }
        int next = text.codePointAt(b);
        return !Character.isLetterOrDigit(next) && Character.getType(next) != Character.OTHER_NUMBER;
    }

    private static List<Split> splits(String text, int a, int b) {
        List<Split> splits = new ArrayList<>();
        char before = a > 0 ? text.charAt(a - 1) : ' ';
        for (int length = 1; length <= Math.min(LONGEST_CALL, b - a); length++) {
            int callStart = b - length;
            if (text.charAt(callStart) == '0') {
                continue;
            }
            int n = Integer.parseInt(text.substring(callStart, b));
            if (callStart > a) {
                if (!Character.isLetter(before) && YEAR.matcher(text.substring(a, callStart)).matches()) {
                    splits.add(new Split(n, callStart, Plausibility.YEAR));
                }
            } else if (Character.isLetter(before)) {
                splits.add(new Split(n, callStart, Plausibility.WORD));
            } else if (!Character.isWhitespace(before) && OPENERS.indexOf(before) < 0 && a > 0) {
                boolean afterDigit = a > 1 && Character.isDigit(text.charAt(a - 2));
                if (!afterDigit) {
                    splits.add(new Split(n, callStart, Plausibility.WORD));
                } else if (before == '.') {
                    splits.add(new Split(n, callStart, Plausibility.AFTER_NUMBER));
                } else if (NUMBER_JOINERS.indexOf(before) < 0) {
                    splits.add(new Split(n, callStart, Plausibility.WORD));
                }
            }
        }
        return splits;
    }

    /** The reading whose call is {@code n}, if any. */
    Optional<Split> split(int n) {
        return splits.stream().filter(split -> split.n() == n).findFirst();
    }

    int column(int offset) {
        return Problems.column(text, offset);
    }
}

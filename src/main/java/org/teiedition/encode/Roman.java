// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

/** Roman numerals for volume numbers. */
final class Roman {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Roman() {
    }

    static String of(int number) {
        if (number < 1 || number > 3999) {
            throw new IllegalArgumentException("no roman numeral for " + number);
        }
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                out.append(DIGITS[i]);
                rest -= VALUES[i];
            }
        }
        return out.toString();
    }
}

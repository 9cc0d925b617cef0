// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A small, seeded fuzzing harness: generates inputs from a {@link Random}, runs a check on each, and on
 * the first failure shrinks the input (drops lines, then spans, then single characters while it still
 * fails) and reports the seed, the try and the smallest failing input, escaped.
 *
 * <p>The suite runs a few hundred tries with a fixed seed, so that a failure is the same on every machine.
 * A longer run: {@code mvn -o test -Dtest='*FuzzTest' -Dfuzz.tries=100000 -Dfuzz.seed=random}
 * ({@code -Dfuzz.seed=N} repeats a reported run).
 *
 * <p>A small seeded harness rather than a property-testing framework: the runs are plain JUnit loops that
 * any failure names by seed, and shrinking needs only the few lines below.
 */
final class Fuzz {
    private Fuzz() {
    }

    /** What a check found wrong with an input; null when the input passed. */
    @FunctionalInterface
    interface Check {
        String problem(String input) throws Exception;
    }

    static int tries(int suite) {
        return Integer.getInteger("fuzz.tries", suite);
    }

    static long seed(long suite) {
        String seed = System.getProperty("fuzz.seed");
        if (seed == null || seed.isBlank()) {
            return suite;
        }
        return seed.equals("random") ? new Random().nextLong() : Long.parseLong(seed);
    }

    static void run(String name, long suiteSeed, int suiteTries, Function<Random, String> generator, Check check) throws Exception {
        long seed = seed(suiteSeed);
        int tries = tries(suiteTries);
        Random random = new Random(seed);
        for (int i = 0; i < tries; i++) {
            String input = generator.apply(random);
            String problem = problemOf(check, input);
            if (problem != null) {
                String smallest = shrink(input, check);
                fail(name + " failed at try " + i + " of seed " + seed + " (-Dfuzz.seed=" + seed + "): "
                        + problemOf(check, smallest) + "\nsmallest failing input (" + smallest.length() + " chars): "
                        + escape(smallest) + "\noriginal input (" + input.length() + " chars): " + escape(abbreviate(input)));
            }
        }
    }

    private static String problemOf(Check check, String input) {
        try {
            return check.problem(input);
        } catch (Exception | StackOverflowError e) {
            return "threw " + e;
        }
    }

    /** Greedy delta debugging: remove lines, then halves down to single characters, while it still fails. */
    static String shrink(String input, Check check) {
        String current = input;
        int budget = 400;
        for (int size = Math.max(1, current.length() / 2); size >= 1 && budget > 0; size = size / 2) {
            boolean progress = true;
            while (progress && budget > 0) {
                progress = false;
                for (int start = 0; start + size <= current.length() && budget > 0; start += size) {
                    String candidate = current.substring(0, start) + current.substring(start + size);
                    budget--;
                    if (problemOf(check, candidate) != null) {
                        current = candidate;
                        progress = true;
                        break;
                    }
                }
            }
            if (size == 1) {
                break;
            }
        }
        return current;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 0x20 || c == 0x7f || c >= 0xd800 && c <= 0xdfff || c == 0xfffe || c == 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }

    /** Picks one of {@code choices}. */
    @SafeVarargs
    static <T> T oneOf(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }
}

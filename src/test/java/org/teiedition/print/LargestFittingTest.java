// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The search of each page's largest fitting size, on pages whose text grows with the size as a set page's does:
 * by whole lines, as about the square of the type size (line height and line length), or nearly in proportion to it
 * for matter of short lines (an index), where a smaller type only makes the lines shorter.
 */
class LargestFittingTest {
    /** How full a page that just fits is, in pages' worth. */
    private static final double FULL = 0.99;
    private static final int LEAST = 80;
    private static final int BASE = 108;

    /** A page of {@code lines} lines at the base size, each line's height and length growing with the size by {@code power}. */
    private static IntToDoubleFunction page(double lines, double power) {
        return size -> Math.ceil(lines * Math.pow(size / (double) BASE, power)) / 40;
    }

    /** Lays out the pages tried, counting every page laid out. */
    private static final class Pages implements LargestFitting.Probe {
        final Map<Integer, IntToDoubleFunction> pages;
        final List<Map<Integer, Integer>> passes = new ArrayList<>();

        Pages(Map<Integer, IntToDoubleFunction> pages) {
            this.pages = pages;
        }

        @Override
        public Map<Integer, LargestFitting.Point> lay(Map<Integer, Integer> trial) {
            passes.add(Map.copyOf(trial));
            Map<Integer, LargestFitting.Point> points = new TreeMap<>();
            trial.forEach((page, size) -> points.put(page, at(page, size)));
            return points;
        }

        LargestFitting.Point at(int page, int size) {
            double held = pages.get(page).applyAsDouble(size);
            return new LargestFitting.Point(size, held <= FULL, Math.min(held, FULL), held);
        }

        int laid() {
            return passes.stream().mapToInt(Map::size).sum();
        }

        /** The answer by trying every size. */
        int largest(int page, int least, int most) {
            for (int size = most; size >= least; size--) {
                if (at(page, size).fits()) {
                    return size;
                }
            }
            return 0;
        }
    }

    /** Pages that overflow at the base size, as a fit finds them: text of several kinds, some fitting at no size. */
    private static Map<Integer, IntToDoubleFunction> overflowing(long seed, int count) {
        Random random = new Random(seed);
        Map<Integer, IntToDoubleFunction> pages = new TreeMap<>();
        for (int page = 1; pages.size() < count; page++) {
            double power = List.of(2.0, 2.0, 2.0, 1.7, 1.2).get(random.nextInt(5));
            double lines = 40 * FULL + 1 + (page % 11 == 0 ? 40 : 0) + random.nextDouble() * 10;
            pages.put(page, page(lines, power));
        }
        return pages;
    }

    @Test
    void everyPageGetsTheLargestSizeItFitsAtAndNoneWhenItFitsAtNone() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            Pages pages = new Pages(overflowing(seed, 40));
            Map<Integer, LargestFitting.Point> atBase = new TreeMap<>();
            pages.pages.keySet().forEach(page -> atBase.put(page, pages.at(page, BASE)));
            Map<Integer, Integer> found = LargestFitting.search(List.copyOf(pages.pages.keySet()), LEAST, BASE - 1, pages, atBase);
            for (int page : pages.pages.keySet()) {
                assertEquals(pages.largest(page, LEAST, BASE - 1), found.get(page), "seed " + seed + ", page " + page);
            }
            assertTrue(found.containsValue(0), "some page fits at no size");
        }
    }

    @Test
    void measuredWhereTheyOverflowedMostPagesAreSettledInTwoOrThreeLayoutsWhereHalvingTakesSix() throws Exception {
        Pages pages = new Pages(overflowing(7, 40));
        Map<Integer, LargestFitting.Point> atBase = new TreeMap<>();
        pages.pages.keySet().forEach(page -> atBase.put(page, pages.at(page, BASE)));
        LargestFitting.search(List.copyOf(pages.pages.keySet()), LEAST, BASE - 1, pages, atBase);
        assertTrue(pages.laid() <= 3 * 40, pages.laid() + " layouts for 40 pages");
        assertTrue(pages.passes.size() <= 7, pages.passes.size() + " passes");
    }

    @Test
    void withNothingMeasuredEveryPageIsFirstTriedAtTheLeastSize() throws Exception {
        Pages pages = new Pages(overflowing(3, 10));
        Map<Integer, Integer> found = LargestFitting.search(List.copyOf(pages.pages.keySet()), LEAST, BASE - 1, pages, Map.of());
        assertEquals(10, pages.passes.get(0).size());
        assertTrue(pages.passes.get(0).values().stream().allMatch(size -> size == LEAST));
        for (int page : pages.pages.keySet()) {
            assertEquals(pages.largest(page, LEAST, BASE - 1), found.get(page));
        }
    }

    @Test
    void aPageThatFitsAtTheMostIsGivenTheMost() throws Exception {
        Pages pages = new Pages(Map.of(1, page(20, 2)));
        assertEquals(Map.of(1, 125), LargestFitting.search(List.of(1), BASE + 1, 125, pages, Map.of(1, pages.at(1, BASE))));
    }

    @Test
    void aPageWhoseTextDoesNotGrowAsAPowerIsStillFound() throws Exception {
        // the text jumps at one size (a table that no longer fits its line) and is flat elsewhere
        Pages pages = new Pages(Map.of(1, size -> size >= 97 ? 1.3 : 0.9, 2, size -> 1.5));
        Map<Integer, Integer> found = LargestFitting.search(List.of(1, 2), LEAST, BASE - 1, pages,
                Map.of(1, pages.at(1, BASE), 2, pages.at(2, BASE)));
        assertEquals(Map.of(1, 96, 2, 0), found);
    }
}

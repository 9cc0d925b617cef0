// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.teiedition.diag.InputException;

/**
 * Per page, the largest value of a size (a type scale, a size of its notes) at which the page fits one page: a
 * search run for all the pages at once, each pass laying out only the pages still searched, each at its own trial.
 *
 * <p>A page's next trial is where its text would just fill the page, estimated from how much it held at the sizes
 * already tried ({@link LaidPage#fill()} and {@link LaidPage#rest()}, in pages' worth): the amount grows as a power of
 * the size, the power taken from the latest trial and the one nearest it on the other side of the answer, or else the one
 * before it (at first the square: a line's height and its length both grow with the type). The estimate is usually a size or two off, so most pages are settled in two or
 * three trials, where halving the range takes five or six; a page whose estimates do not close in is searched by
 * halving. Both find, for a page that fits at every size below one it does not fit at, the same size.
 */
final class LargestFitting {
    /** How full a page is taken to be when it just fits, before one of its trials has overflowed to say it. */
    private static final double FULL = 0.99;
    /** Trials guided by the estimate, after which a page whose range is still wide is searched by halving. */
    private static final int GUIDED = 3;
    /** The power the amount of text grows with when only one size has been measured. */
    private static final double SQUARE = 2;

    /** Lays out some pages, each at its trial value, and measures each. */
    interface Probe {
        Map<Integer, Point> lay(Map<Integer, Integer> trial) throws InputException, IOException;
    }

    /** A page laid out at a size: whether it fit one page, and how much it held in pages' worth. */
    record Point(int size, boolean fits, double fill, double held) {
        static Point of(int size, LaidPage laid) {
            return new Point(size, laid.pages() <= 1, laid.fill(), laid.fill() + laid.rest());
        }
    }

    private LargestFitting() {
    }

    /**
     * The size at which text that held {@code held} pages' worth at {@code size} would hold {@code full}, its amount growing
     * as {@code power} of the size.
     */
    static double justFilling(int size, double held, double full, double power) {
        return size * Math.pow(full / held, 1 / power);
    }

    /** The same, the amount growing as the square of the size (a line's height and its length), before any power is measured. */
    static double justFilling(int size, double held, double full) {
        return justFilling(size, held, full, SQUARE);
    }

    /**
     * Per page, the largest value from {@code least} to {@code most} at which it fits one page, or 0 when not even
     * {@code least} does.
     *
     * @param known per page, a layout of it already made (at any size, inside the range or not), which guides the first trial
     */
    static Map<Integer, Integer> search(List<Integer> pages, int least, int most, Probe probe, Map<Integer, Point> known)
            throws InputException, IOException {
        Map<Integer, Searched> open = new TreeMap<>();
        for (int page : pages) {
            Searched searched = new Searched(least, most);
            if (known.containsKey(page)) {
                searched.add(known.get(page));
            }
            open.put(page, searched);
        }
        while (true) {
            Map<Integer, Integer> trial = new TreeMap<>();
            open.forEach((page, searched) -> {
                if (!searched.settled()) {
                    trial.put(page, searched.next());
                }
            });
            if (trial.isEmpty()) {
                break;
            }
            Map<Integer, Point> measured = probe.lay(trial);
            for (Map.Entry<Integer, Integer> tried : trial.entrySet()) {
                Point point = measured.get(tried.getKey());
                if (point == null || point.size() != tried.getValue()) {
                    throw new IllegalStateException("page " + tried.getKey() + " was not laid out at its trial size " + tried.getValue());
                }
                open.get(tried.getKey()).add(point);
            }
        }
        Map<Integer, Integer> largest = new TreeMap<>();
        open.forEach((page, searched) -> largest.put(page, searched.fitting >= least ? searched.fitting : 0));
        return largest;
    }

    /** One page's search: the largest size known to fit, the least known not to, and what each trial measured. */
    private static final class Searched {
        private final int least;
        private int fitting;
        private int overflowing;
        private final List<Point> points = new ArrayList<>();
        private int trials;

        Searched(int least, int most) {
            this.least = least;
            this.fitting = least - 1;
            this.overflowing = most + 1;
        }

        boolean settled() {
            return overflowing - fitting <= 1;
        }

        void add(Point point) {
            points.add(point);
            if (point.size() > fitting && point.size() < overflowing) {
                if (point.fits()) {
                    fitting = point.size();
                } else {
                    overflowing = point.size();
                }
            }
        }

        /** The next size to try, strictly between the largest known to fit and the least known not to. */
        int next() {
            trials++;
            double estimate = trials <= GUIDED ? estimate() : Double.NaN;
            int size = Double.isNaN(estimate) ? (fitting + overflowing + 1) / 2 : (int) Math.floor(estimate);
            return Math.max(fitting + 1, Math.min(overflowing - 1, size));
        }

        /**
         * The size at which the page would just fill its one page, from the latest trial and the one nearest the answer on
         * the other side of it (or the one before); NaN when what was measured cannot say.
         */
        private double estimate() {
            if (points.isEmpty()) {
                return least; // nothing known yet: first whether it fits at all
            }
            Point latest = points.get(points.size() - 1);
            Point other = other(latest);
            if (!(latest.held() > 0)) {
                return Double.NaN;
            }
            double power = SQUARE;
            if (other != null && other.held() > 0 && other.size() != latest.size() && other.held() != latest.held()) {
                power = Math.log(other.held() / latest.held()) / Math.log((double) other.size() / latest.size());
            }
            if (!(power > 0.5 && power < 4)) {
                return Double.NaN;
            }
            double full = points.stream().filter(point -> !point.fits()).mapToDouble(Point::fill).max().orElse(FULL);
            return justFilling(latest.size(), latest.held(), full, power);
        }

        /** The trial nearest the answer on the other side of {@code latest}'s, or else the trial before it. */
        private Point other(Point latest) {
            Point nearest = null;
            for (Point point : points) {
                if (point.fits() != latest.fits() && (nearest == null || Math.abs(point.size() - latest.size()) < Math.abs(nearest.size() - latest.size()))) {
                    nearest = point;
                }
            }
            return nearest != null ? nearest : points.size() > 1 ? points.get(points.size() - 2) : null;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.util.Collection;
import java.util.List;

/**
 * The type scale of a volume: a printed volume has one type size, so the size is chosen for the whole
 * volume from how much each page that does not fit at the design's size would need, and only a few
 * outliers are left to be set smaller on their own.
 *
 * <p>The scale is the largest percentage at which at most {@link #OUTLIERS} of the pages (at least one
 * page in volumes of a hundred pages or more, none in smaller ones) still need shrinking, each of them
 * by no more than {@link #OUTLIER_LEAST} of the volume's size.
 */
final class VolumeScale {
    /** The share of a volume's pages that may be set smaller than the volume's type size. */
    static final double OUTLIERS = 0.01;
    /** How far below the volume's type size an outlier may be set. */
    static final double OUTLIER_LEAST = 0.95;

    private VolumeScale() {
    }

    /**
     * How many pages of a volume may fit at no legible size in its design before a larger design is tried:
     * a page or two whose source holds two pages' text (a page break lost in the encoding) is a fault to
     * be reported, not a reason to set the whole volume on a larger page.
     */
    static int allowedContinued(int pages) {
        return Math.max(1, (int) Math.floor(pages * OUTLIERS));
    }

    /**
     * @param pages    the volume's source pages
     * @param fittings per page that overflows at full size, the largest percentage at which it fits
     *                 alone (0: not even at the least allowed)
     * @return the volume's percentage of the design's type size (100 when nothing needs shrinking)
     */
    static int choose(int pages, Collection<Integer> fittings) {
        return choose(pages, fittings, 100);
    }

    /** As {@link #choose(int, Collection)}, the scale at most {@code top} (the percentage every other page fits at). */
    static int choose(int pages, Collection<Integer> fittings, int top) {
        List<Integer> fit = fittings.stream().filter(p -> p > 0).sorted().toList();
        int allowed = allowedOutliers(pages);
        for (int volume = top; volume > 0; volume--) {
            final int v = volume;
            List<Integer> outliers = fit.stream().filter(p -> p < v).toList();
            if (outliers.size() <= allowed && outliers.stream().allMatch(p -> p >= v * OUTLIER_LEAST)) {
                return volume;
            }
        }
        return top;
    }

    /** How many of a volume's pages may be set smaller than its type size: {@link #OUTLIERS} of them, rounded down. */
    static int allowedOutliers(int pages) {
        return (int) Math.floor(pages * OUTLIERS);
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.diag.InputException;

/**
 * Fills short pages the way a compositor does, never by moving a break: a page whose text block is not
 * full has its running text's leading opened up, by at most {@link #MOST} of the design's, so that it
 * comes nearer the foot; footnotes, tables and the space between blocks keep theirs. The opening is
 * estimated from how full the page is ({@link PageFill}) and then proved by laying the page out: a page
 * that no longer fits one page gets half the opening, then none. Pages short by design (the end of a
 * chapter or part), the edition's apparatus and pages that fit only on more than one page keep the
 * design's leading.
 */
final class Filling {
    /** The most a page's leading is opened up, in permille of the design's: about a point on 10 pt type set 12 pt. */
    static final int MOST = 1080;
    /** How full a page is aimed at: a little short of the foot, so that the estimate rarely overshoots. */
    private static final double AIM = 0.96;

    private Filling() {
    }

    /**
     * The pages of a fit with their leading opened up where they are short, and the layout they give.
     *
     * @return the leading of each page opened (permille, by page index) and the layout with them
     */
    static Filled fill(FoLayout layout, XdmNode tei, FoLayout.Transformed design, Date created, Fitting.Fit fit)
            throws InputException, IOException {
        Map<Integer, Integer> leadings = new TreeMap<>();
        List<FoPages.Sequence> sequences = fit.result().fo().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            FoPages.Sequence sequence = sequences.get(i);
            int index = FoPages.Fo.index(sequence);
            LaidPage laid = fit.result().laid().pages().get(i);
            if (index <= 0 || !couldBeFull(sequence, laid) || laid.fill() <= 0 || laid.fill() >= AIM) {
                continue;
            }
            int opened = (int) Math.min(MOST, Math.floor(1000 * AIM / laid.fill()));
            if (opened > PageType.PLAIN) {
                leadings.put(index, opened);
            }
        }
        FoLayout.Result result = fit.result();
        for (int round = 0; round < 2 && !leadings.isEmpty(); round++) {
            result = layout.run(tei, design, created, fit.volume(), fit.scales(), leadings, fit.notes(), List.of());
            Set<Integer> over = Set.copyOf(result.overflowing().stream().filter(index -> !fit.continued().contains(index)).toList());
            if (over.isEmpty()) {
                return new Filled(leadings, result);
            }
            for (int index : over) {
                int half = PageType.PLAIN + (leadings.get(index) - PageType.PLAIN) / 2;
                if (round == 0 && half > PageType.PLAIN) {
                    leadings.put(index, half);
                } else {
                    leadings.remove(index);
                }
            }
        }
        result = layout.run(tei, design, created, fit.volume(), fit.scales(), leadings, fit.notes(), List.of());
        if (result.overflowing().stream().anyMatch(index -> !fit.continued().contains(index))) {
            throw new IllegalStateException("pages " + result.overflowing() + " overflow with the design's leading");
        }
        return new Filled(leadings, result);
    }

    /**
     * Whether a laid-out source page is one that could be full: not a page that ends a chapter, a part or a
     * section (short by design), not the edition's apparatus, not a page continued on further pages.
     */
    static boolean couldBeFull(FoPages.Sequence sequence, LaidPage laid) {
        return !sequence.shortByDesign() && !FoPages.Fo.runsOn(sequence) && laid.pages() == 1;
    }

    /** The pages' opened leading (permille, by page index) and the layout with it. */
    record Filled(Map<Integer, Integer> leadings, FoLayout.Result result) {
    }
}

// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.saxon.s9api.XdmNode;
import org.teiedition.diag.InputException;

/**
 * Fills short pages the way a compositor does, never by moving a break. A page whose running text is mostly quoted
 * matter set off from it (a treaty, an enclosure: three quarters of it, {@link #SET_OFF_DOMINATES}), which is set smaller than the text,
 * and that would come out short even with its leading opened the most has that matter set larger, up to the text's size,
 * as the series' printers set such pages in the text's type. Then a page whose text block is not full has its running
 * text's leading opened up, by at most {@link #MOST} of the design's, so that it comes nearer the foot; footnotes,
 * tables and the space between blocks keep theirs. Each is estimated from how full the page is ({@link PageFill}) and
 * then proved by laying the page out: a page that no longer fits one page gets less of it, then none. Pages short by
 * design (the end of a chapter or part), the edition's apparatus and pages that fit only on more than one page
 * keep the design's type and leading.
 */
final class Filling {
    /** The most a page's leading is opened up, in permille of the design's: about a point on 10 pt type set 12 pt. */
    static final int MOST = 1080;
    /** How full a page is aimed at: a little short of the foot, so that the estimate rarely overshoots. */
    private static final double AIM = 0.96;
    /** The share of a page's running text in set-off quoted matter from which that matter may be set larger: the page is the quoted document. */
    private static final double SET_OFF_DOMINATES = 0.75;
    /** The sizes set-off matter is tried at on a page it leaves short, in permille of the text's: the text's, then between. */
    private static final List<Integer> SET_OFF_RAISED = List.of(1000, 950);

    private Filling() {
    }

    /**
     * The pages of a fit with their leading opened up where they are short, and the layout they give.
     *
     * @return the leading of each page opened (permille, by page index) and the layout with them
     */
    static Filled fill(FoLayout layout, XdmNode tei, FoLayout.Transformed design, Date created, Fitting.Fit fit)
            throws InputException, IOException {
        Map<Integer, Integer> setOffs = raiseSetOff(layout, tei, design, created, fit);
        FoLayout.Result start = setOffs.isEmpty() ? fit.result()
                : layout.run(tei, design, created, fit.volume(), fit.scales(), Map.of(), fit.notes(), setOffs, List.of());
        Map<Integer, Integer> leadings = new TreeMap<>();
        List<FoPages.Sequence> sequences = start.fo().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            FoPages.Sequence sequence = sequences.get(i);
            int index = FoPages.Fo.index(sequence);
            LaidPage laid = start.laid().pages().get(i);
            if (index <= 0 || !couldBeFull(sequence, laid) || laid.fill() <= 0 || laid.fill() >= AIM) {
                continue;
            }
            int opened = (int) Math.min(MOST, Math.floor(1000 * AIM / laid.fill()));
            if (opened > PageType.PLAIN) {
                leadings.put(index, opened);
            }
        }
        FoLayout.Result result = start;
        for (int round = 0; round < 2 && !leadings.isEmpty(); round++) {
            result = layout.run(tei, design, created, fit.volume(), fit.scales(), leadings, fit.notes(), setOffs, List.of());
            Set<Integer> over = Set.copyOf(result.overflowing().stream().filter(index -> !fit.continued().contains(index)).toList());
            if (over.isEmpty()) {
                return new Filled(leadings, setOffs, result);
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
        result = layout.run(tei, design, created, fit.volume(), fit.scales(), leadings, fit.notes(), setOffs, List.of());
        if (result.overflowing().stream().anyMatch(index -> !fit.continued().contains(index))) {
            throw new IllegalStateException("pages " + result.overflowing() + " overflow with the design's leading");
        }
        return new Filled(leadings, setOffs, result);
    }

    /**
     * The pages whose set-off matter is set larger, each with its size (permille of the text's): those that could be full,
     * whose running text is mostly such matter, and that would come out short of the {@link #AIM} even with their leading
     * opened the most; each at the largest of {@link #SET_OFF_RAISED} at which it still fits its one page with no
     * more runs of hyphenated lines ({@link HyphenRuns}) and no more loose lines ({@link LooseLines}) than before.
     */
    private static Map<Integer, Integer> raiseSetOff(FoLayout layout, XdmNode tei, FoLayout.Transformed design, Date created,
            Fitting.Fit fit) throws InputException, IOException {
        Map<Integer, Integer> runs = new TreeMap<>();
        Map<Integer, Integer> loose = new TreeMap<>();
        List<FoPages.Sequence> sequences = fit.result().fo().sequences();
        for (int i = 0; i < sequences.size(); i++) {
            FoPages.Sequence sequence = sequences.get(i);
            LaidPage laid = fit.result().laid().pages().get(i);
            if (FoPages.Fo.index(sequence) > 0 && couldBeFull(sequence, laid) && sequence.type().hasSetOff()
                    && sequence.setOffShare() >= SET_OFF_DOMINATES && laid.fill() > 0 && laid.fill() * MOST / 1000 < AIM) {
                runs.put(FoPages.Fo.index(sequence), HyphenRuns.count(laid.intermediate()));
                loose.put(FoPages.Fo.index(sequence), LooseLines.count(laid.intermediate()));
            }
        }
        Map<Integer, Integer> raised = new TreeMap<>();
        for (int size : SET_OFF_RAISED) {
            List<Integer> open = runs.keySet().stream().filter(index -> !raised.containsKey(index)).toList();
            if (open.isEmpty()) {
                break;
            }
            Map<Integer, Integer> trial = new TreeMap<>();
            open.forEach(index -> trial.put(index, size));
            FoLayout.Result result = layout.run(tei, design, created, fit.volume(), fit.scales(), Map.of(), fit.notes(), trial, open);
            for (int i = 0; i < result.fo().sequences().size(); i++) {
                int index = FoPages.Fo.index(result.fo().sequences().get(i));
                LaidPage laid = result.laid().pages().get(i);
                if (runs.containsKey(index) && laid.pages() == 1 && HyphenRuns.count(laid.intermediate()) <= runs.get(index)
                        && LooseLines.count(laid.intermediate()) <= loose.get(index)) {
                    raised.put(index, size);
                }
            }
        }
        return raised;
    }

    /**
     * Whether a laid-out source page is one that could be full: not a page that ends a chapter, a part or a
     * section (short by design), not the edition's apparatus, not a page continued on further pages.
     */
    static boolean couldBeFull(FoPages.Sequence sequence, LaidPage laid) {
        return !sequence.shortByDesign() && !FoPages.Fo.runsOn(sequence) && laid.pages() == 1;
    }

    /** The pages' opened leading (permille, by page index), their set-off matter set larger (permille of the text) and the layout with them. */
    record Filled(Map<Integer, Integer> leadings, Map<Integer, Integer> setOffs, FoLayout.Result result) {
    }
}

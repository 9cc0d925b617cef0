// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.teiedition.diag.InputException;

/**
 * Finds the footnote calls. The calls are the consecutive numbers {@code s, s+1, …, s+k-1} in reading
 * order, where {@code k} is the number of footnote lines and {@code s} is unknown: every number a call
 * site can be read as is tried, and the placement with the fewest doubtful readings wins. Doubtful
 * readings are reported as warnings; a tie between placements, or no placement at all, is an error.
 */
final class NoteCallResolver {
    private static final int NONE = CallPlacement.NONE;
    private final Problems problems;

    NoteCallResolver(Problems problems) {
        this.problems = problems;
    }

    List<NoteCall> resolve(Transcript transcript) throws InputException {
        int k = transcript.footnotes().size();
        if (k == 0) {
            return List.of();
        }
        List<CallSite> sites = new ArrayList<>();
        List<Block> blocks = transcript.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b).kind().takesNotes()) {
                sites.addAll(CallSite.find(b, blocks.get(b)));
            }
        }
        Set<Integer> values = new TreeSet<>();
        sites.forEach(site -> site.splits().forEach(split -> values.add(split.n())));
        CallPlacement best = null;
        CallPlacement rival = null;
        for (int s : values) {
            if (!allPresent(values, s, k)) {
                continue;
            }
            CallPlacement placement = CallPlacement.solve(sites, s, k);
            if (placement.cost() == NONE) {
                continue;
            }
            if (best == null || placement.cost() < best.cost()) {
                best = placement;
                rival = placement.ways() > 1 ? placement.second(sites) : null;
            } else if (placement.cost() == best.cost() && rival == null) {
                rival = placement;
            }
        }
        if (best == null) {
            reportMissing(transcript, sites, values, k);
            throw problems.fail();
        }
        if (rival != null) {
            reportTie(best, rival, sites);
            throw problems.fail();
        }
        return calls(best, sites);
    }

    private static boolean allPresent(Set<Integer> values, int s, int k) {
        for (int n = s; n < s + k; n++) {
            if (!values.contains(n)) {
                return false;
            }
        }
        return true;
    }

    private List<NoteCall> calls(CallPlacement placement, List<CallSite> sites) {
        List<NoteCall> calls = new ArrayList<>();
        for (int i = 0; i < placement.sites().length; i++) {
            CallSite site = sites.get(placement.sites()[i]);
            int n = placement.first() + i;
            CallSite.Split split = site.split(n).orElseThrow();
            String run = site.text().substring(site.start(), site.end());
            String before = site.text().substring(site.start(), split.callStart());
            switch (split.plausibility()) {
                case YEAR -> problems.warning("call-split", "note call \"" + n + "\" read from \"" + run + "\" as the year \""
                        + before + "\" and note " + n, site.line(), site.column(split.callStart()));
                case AFTER_NUMBER -> problems.warning("call-after-number", "note call \"" + n
                        + "\" read after a number and a full stop", site.line(), site.column(split.callStart()));
                case WORD -> { }
            }
            calls.add(new NoteCall(n, i, site.block(), split.callStart(), site.end()));
        }
        return calls;
    }

    private void reportMissing(Transcript transcript, List<CallSite> sites, Set<Integer> values, int k) {
        int bestMatched = 0;
        int bestStart = 0;
        for (int s : values) {
            int matched = greedy(sites, s, k);
            if (matched > bestMatched) {
                bestMatched = matched;
                bestStart = s;
            }
        }
        Line footnote = transcript.footnotes().get(bestMatched);
        if (bestMatched == 0) {
            problems.error("call-missing", "footnote " + (bestMatched + 1) + " of " + k
                    + " has no call in the text: expected a number glued to a word", footnote.number(), 1);
        } else {
            problems.error("call-missing", "footnote " + (bestMatched + 1) + " of " + k + " has no call in the text: expected \""
                    + (bestStart + bestMatched) + "\" after the call \"" + (bestStart + bestMatched - 1) + "\"",
                    footnote.number(), 1);
        }
    }

    private static int greedy(List<CallSite> sites, int s, int k) {
        int matched = 0;
        for (CallSite site : sites) {
            if (matched < k && site.split(s + matched).isPresent()) {
                matched++;
            }
        }
        return matched;
    }

    private void reportTie(CallPlacement one, CallPlacement other, List<CallSite> sites) {
        for (int i = 0; i < one.sites().length; i++) {
            int n = one.first() + i;
            int m = other.first() + i;
            CallSite a = sites.get(one.sites()[i]);
            CallSite b = sites.get(other.sites()[i]);
            if (n != m || a != b) {
                problems.error("call-ambiguous", "note calls are ambiguous: \"" + n + "\" at line " + a.line() + ", column "
                        + a.column(a.split(n).orElseThrow().callStart()) + " or \"" + m + "\" at line " + b.line()
                        + ", column " + b.column(b.split(m).orElseThrow().callStart()) + " read equally well",
                        a.line(), a.column(a.split(n).orElseThrow().callStart()));
                return;
            }
        }
        throw new IllegalStateException("two placements reported as different are equal");
    }
}

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
    private static final int NONE = Integer.MAX_VALUE;
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
        Placement best = null;
        Placement rival = null;
        for (int s : values) {
            if (!allPresent(values, s, k)) {
                continue;
            }
            Placement placement = Placement.solve(sites, s, k);
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

    private List<NoteCall> calls(Placement placement, List<CallSite> sites) {
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

    private void reportTie(Placement one, Placement other, List<CallSite> sites) {
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

    /**
     * The cheapest way to put calls {@code first … first+k-1} on increasing sites; {@code ways} counts the
     * cheapest ways (capped at 2).
     */
    record Placement(int first, int cost, int ways, int[] sites) {

        static Placement solve(List<CallSite> sites, int first, int k) {
            return solve(sites, first, k, -1);
        }

        /** With {@code avoid} ≥ 0, the first call may not be on site {@code avoid}'s reading of the best. */
        private static Placement solve(List<CallSite> sites, int first, int k, int avoidFirstSite) {
            int count = sites.size();
            int[][] cost = new int[k + 1][count + 1];
            int[][] ways = new int[k + 1][count + 1];
            for (int j = 0; j <= count; j++) {
                ways[k][j] = 1;
            }
            for (int i = k - 1; i >= 0; i--) {
                cost[i][count] = NONE;
                for (int j = count - 1; j >= 0; j--) {
                    int best = cost[i][j + 1];
                    int bestWays = ways[i][j + 1];
                    var split = sites.get(j).split(first + i);
                    boolean allowed = !(i == 0 && j == avoidFirstSite);
                    if (split.isPresent() && allowed && cost[i + 1][j + 1] != NONE) {
                        int here = split.get().plausibility().cost + cost[i + 1][j + 1];
                        if (here < best) {
                            best = here;
                            bestWays = ways[i + 1][j + 1];
                        } else if (here == best) {
                            bestWays = Math.min(2, bestWays + ways[i + 1][j + 1]);
                        }
                    }
                    cost[i][j] = best;
                    ways[i][j] = best == NONE ? 0 : bestWays;
                }
            }
            if (cost[0][0] == NONE) {
                return new Placement(first, NONE, 0, new int[0]);
            }
            int[] chosen = new int[k];
            int j = 0;
            for (int i = 0; i < k; i++) {
                while (true) {
                    var split = sites.get(j).split(first + i);
                    boolean allowed = !(i == 0 && j == avoidFirstSite);
                    if (split.isPresent() && allowed && cost[i + 1][j + 1] != NONE
                            && split.get().plausibility().cost + cost[i + 1][j + 1] == cost[i][j]) {
                        break;
                    }
                    j++;
                }
                chosen[i] = j;
                j++;
            }
            return new Placement(first, cost[0][0], ways[0][0], chosen);
        }

        /** Another cheapest placement with the same first number (there is one when {@code ways > 1}). */
        Placement second(List<CallSite> sites) {
            int k = this.sites.length;
            for (int i = 0; i < k; i++) {
                // find the first call whose site can change: re-solve with the earlier calls fixed
                Placement other = solveWithPrefix(sites, i);
                if (other != null && other.cost == cost) {
                    return other;
                }
            }
            return new Placement(first, cost, ways, this.sites.clone());
        }

        private Placement solveWithPrefix(List<CallSite> all, int i) {
            int k = sites.length;
            int from = i == 0 ? 0 : sites[i - 1] + 1;
            List<CallSite> rest = all.subList(from, all.size());
            int prefixCost = 0;
            for (int p = 0; p < i; p++) {
                prefixCost += all.get(sites[p]).split(first + p).orElseThrow().plausibility().cost;
            }
            Placement tail = solve(rest, first + i, k - i, sites[i] - from);
            if (tail.cost == NONE) {
                return null;
            }
            int[] chosen = sites.clone();
            for (int p = 0; p < tail.sites.length; p++) {
                chosen[i + p] = tail.sites[p] + from;
            }
            return new Placement(first, prefixCost + tail.cost, 1, chosen);
        }
    }
}

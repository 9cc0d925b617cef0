// SPDX-License-Identifier: Apache-2.0
package org.teiedition.encode;

import java.util.List;
import java.util.Optional;

/**
 * The cheapest way to put calls {@code first … first+k-1} on increasing sites; {@code ways} counts the
 * cheapest ways (capped at 2).
 */
record CallPlacement(int first, int cost, int ways, int[] sites) {
    /** The cost of no placement. */
    static final int NONE = Integer.MAX_VALUE;

    static CallPlacement solve(List<CallSite> sites, int first, int k) {
        return solve(sites, first, k, -1);
    }

    /** With {@code avoidFirstSite} ≥ 0, the first call may not stand on that site. */
    private static CallPlacement solve(List<CallSite> sites, int first, int k, int avoidFirstSite) {
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
            return new CallPlacement(first, NONE, 0, new int[0]);
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
        return new CallPlacement(first, cost[0][0], ways[0][0], chosen);
    }

    /** Another cheapest placement with the same first number (there is one when {@code ways > 1}). */
    CallPlacement second(List<CallSite> sites) {
        int k = this.sites.length;
        for (int i = 0; i < k; i++) {
            // find the first call whose site can change: re-solve with the earlier calls fixed
            Optional<CallPlacement> other = solveWithPrefix(sites, i);
            if (other.isPresent() && other.get().cost == cost) {
                return other.get();
            }
        }
        return new CallPlacement(first, cost, ways, this.sites.clone());
    }

    private Optional<CallPlacement> solveWithPrefix(List<CallSite> all, int i) {
        int k = sites.length;
        int from = i == 0 ? 0 : sites[i - 1] + 1;
        List<CallSite> rest = all.subList(from, all.size());
        int prefixCost = 0;
        for (int p = 0; p < i; p++) {
            prefixCost += all.get(sites[p]).split(first + p).orElseThrow().plausibility().cost;
        }
        CallPlacement tail = solve(rest, first + i, k - i, sites[i] - from);
        if (tail.cost == NONE) {
            return Optional.empty();
        }
        int[] chosen = sites.clone();
        for (int p = 0; p < tail.sites.length; p++) {
            chosen[i + p] = tail.sites[p] + from;
        }
        return Optional.of(new CallPlacement(first, prefixCost + tail.cost, 1, chosen));
    }
}

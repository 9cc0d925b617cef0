// SPDX-License-Identifier: Apache-2.0
package org.teiedition.concurrent;

import java.util.ArrayList;
import java.util.List;

/** Work cut into contiguous parts of about equal size, one per thread (pages to lay out or to read back). */
public final class Parts {
    private Parts() {
    }

    /** {@code items} in at most {@code parts} contiguous parts, in order; none when there are no items. */
    public static <T> List<List<T>> contiguous(List<T> items, int parts) {
        int count = Math.min(parts, items.size());
        List<List<T>> cut = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            cut.add(items.subList(items.size() * r / count, items.size() * (r + 1) / count));
        }
        return cut;
    }
}

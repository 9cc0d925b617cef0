// SPDX-License-Identifier: Apache-2.0
package org.teiedition.publish;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * The Java heap's peak: the sum over the heap's memory pools of their peak use since {@link #reset()}.
 * It is the heap only (not metaspace, thread stacks or native memory), and JVM-wide: work running in
 * parallel in the same JVM counts too. Pools peak at different moments, so the sum is an upper bound.
 */
public final class HeapPeak {
    private HeapPeak() {
    }

    public static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Bytes. */
    public static long bytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                MemoryUsage peak = pool.getPeakUsage();
                if (peak != null) {
                    sum += peak.getUsed();
                }
            }
        }
        return sum;
    }
}

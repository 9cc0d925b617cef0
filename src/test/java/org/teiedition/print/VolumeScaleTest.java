// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeScaleTest {
    @Test
    void aVolumeThatFitsKeepsTheDesignsSize() {
        assertEquals(100, VolumeScale.choose(400, List.of()));
    }

    @Test
    void onePercentOfThePagesMayBeSetSmallerAlone() {
        // 300 pages: three may have a size of their own
        assertEquals(100, VolumeScale.choose(300, List.of(99, 98, 97)));
        assertEquals(99, VolumeScale.choose(300, List.of(99, 98, 97, 96)));
    }

    @Test
    void noPageIsSetBelowNinetyFivePercentOfTheVolume() {
        // 90 is below 95% of 98..95: the volume comes down until it is not
        assertEquals(94, VolumeScale.choose(300, List.of(99, 98, 97, 96, 90)));
    }

    @Test
    void aSmallEditionHasNoOutliers() {
        assertEquals(93, VolumeScale.choose(12, List.of(97, 93)));
    }
}

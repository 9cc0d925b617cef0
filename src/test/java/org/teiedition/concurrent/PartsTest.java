// SPDX-License-Identifier: Apache-2.0
package org.teiedition.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartsTest {
    @Test
    void contiguousPartsOfAboutEqualSizeInOrder() {
        List<Integer> ten = IntStream.range(0, 10).boxed().toList();
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 7, 8, 9)), Parts.contiguous(ten, 3));
        assertEquals(List.of(ten), Parts.contiguous(ten, 1));
        assertEquals(List.of(List.of(0), List.of(1)), Parts.contiguous(List.of(0, 1), 4), "no more parts than items");
        assertEquals(List.of(), Parts.contiguous(List.of(), 2));
    }
}

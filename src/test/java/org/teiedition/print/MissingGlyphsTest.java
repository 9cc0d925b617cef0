// SPDX-License-Identifier: Apache-2.0
package org.teiedition.print;


import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** A character outside the Basic Multilingual Plane is one missing character, whichever threads tell its halves. */
class MissingGlyphsTest {
    @Test
    void theHalvesOfAnEmojiToldOnTwoThreadsAtOnceMakeOneCharacter() throws Exception {
        MissingGlyphs missing = new MissingGlyphs();
        String emoji = "\uD83D\uDE00";
        CyclicBarrier step = new CyclicBarrier(2);
        Runnable page = () -> {
            try {
                missing.add(emoji.charAt(0));
                step.await(); // both threads have told the first half before either tells the second
                missing.add(emoji.charAt(1));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Thread one = new Thread(page);
        Thread two = new Thread(page);
        one.start();
        two.start();
        one.join();
        two.join();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(0x1F600), missing.codePoints());
    }
}

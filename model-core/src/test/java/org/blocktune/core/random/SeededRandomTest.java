package org.blocktune.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeededRandomTest {

    @Test
    void matchesTheSplitMix64ReferenceSequence() {
        SeededRandom rng = new SeededRandom(0);
        assertEquals(0xE220A8397B1DCDAFL, rng.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, rng.nextLong());
        assertEquals(0x06C45D188009454FL, rng.nextLong());
    }

    @Test
    void boundedIntsStayInBounds() {
        SeededRandom rng = new SeededRandom(5);
        int[] counts = new int[3];
        for (int i = 0; i < 3000; i++) {
            counts[rng.nextInt(3)]++;
        }
        for (int c : counts) {
            assertEquals(1000, c, 100);
        }
    }
}

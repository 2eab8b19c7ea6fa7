package org.blocktune.app.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Long fits hand at most a few hundred epochs to the screen, evenly spaced, always with the last. */
class RunFeedThinningTest {

    private static long shownOf(int epochs) {
        return IntStream.rangeClosed(1, epochs).filter(e -> RunFeed.shown(e, epochs)).count();
    }

    @Test
    void shortFitsShowEveryEpoch() {
        assertEquals(30, shownOf(30));
        assertEquals(RunFeed.EPOCH_POINTS, shownOf(RunFeed.EPOCH_POINTS));
    }

    @Test
    void longFitsShowAFewHundredEvenlySpacedEpochsAndTheLast() {
        for (int epochs : new int[] {401, 1000, 20_000, 123_457}) {
            long n = shownOf(epochs);
            assertTrue(n <= RunFeed.EPOCH_POINTS + 1 && n >= RunFeed.EPOCH_POINTS / 2, epochs + " epochs: " + n + " shown");
            assertTrue(RunFeed.shown(epochs, epochs), "the last epoch of " + epochs);
        }
    }
}

package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link NativeThreads} reports the threads per operation it sets, lower or higher. */
class NativeThreadsTest {
    private final int cores = Runtime.getRuntime().availableProcessors();
    private int before;

    @BeforeEach
    void remember() {
        before = NativeThreads.current();
    }

    /** Later tests in this JVM find the setting as it was (fit timings depend on it). */
    @AfterEach
    void restore() {
        NativeThreads.set(before);
    }

    @Test
    void currentReportsWhatSetChose() {
        NativeThreads.set(cores);
        assertEquals(cores, NativeThreads.current());
        NativeThreads.set(1);
        assertEquals(1, NativeThreads.current(), "one thread per operation, as used by each of several fits");
    }

    @Test
    void dividingAmongWorkersGivesEachAShare() {
        assertEquals(Math.max(1, cores / 2), NativeThreads.divideAmong(2));
        assertEquals(Math.max(1, cores / 2), NativeThreads.current());
    }
}

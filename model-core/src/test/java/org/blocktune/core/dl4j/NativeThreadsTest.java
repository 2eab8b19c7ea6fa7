package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link NativeThreads}: the count it chooses, and that it holds on the threads that do the work. */
class NativeThreadsTest {
    private final int cores = Runtime.getRuntime().availableProcessors();
    private int before;

    @BeforeEach
    void remember() {
        before = Math.max(1, NativeThreads.intended());
    }

    /** Later tests in this JVM find the setting as it was (fit timings depend on it). */
    @AfterEach
    void restore() {
        NativeThreads.set(before);
    }

    @Test
    void oneThreadPerOperationUnlessThePropertySaysOtherwise() {
        assertEquals(1, NativeThreads.perFit(1, 8, true, null), "default: one, even for a lone fit");
        assertEquals(1, NativeThreads.perFit(1, 8, true, " "));
        assertEquals(3, NativeThreads.perFit(2, 8, true, "3"), "a number is taken as it is");
        assertEquals(1, NativeThreads.perFit(1, 8, true, "many"), "not a number: one");
        assertEquals(1, NativeThreads.perFit(1, 8, true, "0"));
        assertThrows(IllegalArgumentException.class, () -> NativeThreads.perFit(0, 8, true, null));
        assertThrows(IllegalArgumentException.class, () -> NativeThreads.set(0));
    }

    @Test
    void autoGivesSleepingThreadsAShareOfTheCoresAndSpinningOnesOne() {
        assertEquals(1, NativeThreads.perFit(1, 8, false, "auto"), "active wait: a lone fit too");
        assertEquals(1, NativeThreads.perFit(3, 8, false, "AUTO"));
        assertEquals(8, NativeThreads.perFit(1, 8, true, "auto"));
        assertEquals(2, NativeThreads.perFit(4, 8, true, "auto"));
        assertEquals(1, NativeThreads.perFit(4, 2, true, "auto"), "never below one");
    }

    @Test
    void setHoldsOnTheCallingThreadAtOnce() {
        for (int threads : new int[] {cores, 1, 2}) {
            NativeThreads.set(threads);
            assertEquals(threads, NativeThreads.current());
            assertEquals(threads, NativeThreads.intended());
        }
    }

    /** OpenMP's count is per thread: another thread gets it only by applying it; both 1 and 2 are checked, so one differs from a new thread's default. */
    @Test
    void aThreadThatAppliesTheSettingRunsWithIt() throws Exception {
        for (int threads : new int[] {1, 2}) {
            NativeThreads.set(threads);
            int seen = CompletableFuture.supplyAsync(() -> {
                NativeThreads.useOnThisThread();
                return NativeThreads.current();
            }, r -> new Thread(r).start()).get();
            assertEquals(threads, seen, "threads per operation on a new thread after useOnThisThread");
        }
    }

    @Test
    void choosingForWorkersFollowsThePropertyOfThisProcess() {
        int expected = NativeThreads.perFit(2, cores, NativeThreads.passiveWait(), System.getProperty(NativeThreads.PROPERTY));
        assertEquals(expected, NativeThreads.chooseFor(2));
        assertEquals(expected, NativeThreads.current());
    }
}

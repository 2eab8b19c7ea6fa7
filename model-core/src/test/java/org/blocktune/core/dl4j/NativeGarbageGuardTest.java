package org.blocktune.core.dl4j;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dropped arrays must not keep their native memory until the heap happens to fill: once many wait,
 * the guard has them collected (and the reclaimer frees them) without anyone calling the collector.
 */
class NativeGarbageGuardTest {

    @Test
    void manyDroppedArraysAreCollectedWithoutWaitingForAFullHeap() throws Exception {
        try (var s = NativeReclaimer.section()) {
            assertTrue(NativeReclaimer.installed());
        }
        Map<?, ?> registered = registeredBuffers();
        // the product's guard waits for 300,000; a guard of 20,000 shows the same in a fraction of the arrays
        Thread guard = NativeGarbageGuard.start(registered, 20_000);
        try {
            dropArraysAndSeeThemFreed(registered);
        } finally {
            guard.interrupt();
        }
    }

    private static void dropArraysAndSeeThemFreed(Map<?, ?> registered) throws InterruptedException {
        long before = NativeGarbageGuard.collections();
        long freedBefore = NativeReclaimer.freed();
        double sum = 0;
        for (int i = 0; i < 120_000; i++) {
            try (var s = NativeReclaimer.section()) {
                INDArray a = Nd4j.create(new double[] {i, 1, 2, 3});
                sum += a.getDouble(0);
            }
        }
        assertTrue(sum > 0);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (registered.size() > 50_000 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(registered.size() <= 50_000, registered.size() + " buffers still wait to be freed");
        assertTrue(NativeGarbageGuard.collections() > before, "the guard asked for no collection");
        assertTrue(NativeReclaimer.freed() - freedBefore >= 60_000, "too few buffers were freed");
    }

    @Test
    void aLimitOfZeroStartsNoGuard() {
        assertNull(NativeGarbageGuard.start(Map.of(), 0));
    }

    private static Map<?, ?> registeredBuffers() throws ReflectiveOperationException {
        Object service = Nd4j.getDeallocatorService();
        Field f = service.getClass().getDeclaredField("referenceMap");
        f.setAccessible(true);
        return (Map<?, ?>) f.get(service);
    }
}

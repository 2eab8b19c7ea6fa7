package org.blocktune.core.dl4j;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Sets how many threads ND4J's native code uses per operation: libnd4j's own thread pool (and
 * OpenMP) and OpenBLAS. The settings are process-wide, so fits running at once share the cores
 * instead of each starting one thread per core.
 */
public final class NativeThreads {
    private NativeThreads() {
    }

    /** Gives each of {@code workers} concurrent fits an equal share of the processors (at least 1 thread). */
    public static int divideAmong(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("the number of workers must be at least 1, got " + workers);
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / workers);
        set(threads);
        return threads;
    }

    /** Uses {@code threads} native threads per operation. */
    public static void set(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /**
     * The OpenMP threads per operation now in force. (libnd4j's {@code Environment.maxThreads()} is
     * no measure: {@code setMaxThreads} cannot lower it, so it keeps the core count.)
     */
    public static int current() {
        Nd4j.getEnvironment(); // loads the native backend before its operations are used
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }
}

package org.blocktune.core.dl4j;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How many threads ND4J's native code uses per operation, and on which thread the setting holds.
 *
 * <p>libnd4j runs its parallel loops as OpenMP regions whose team size is the OpenMP thread count
 * of the <em>calling</em> thread (an OpenMP per-thread setting): setting it on one Java thread does
 * not reach the worker that later trains. So {@link #set} records the count process-wide (with the
 * OpenBLAS threads and libnd4j's master threads, which are process-wide), and every thread that
 * runs a fit or a prediction calls {@link #useOnThisThread()} first.
 *
 * <p>The count: with OpenMP's default wait policy, idle team threads spin; on busy cores (other
 * fits, other programs) a team of two then waits for a descheduled partner at every operation, and
 * small fits ran 10–15 times slower than with one thread. So fits use one thread per operation
 * unless the process was started with {@code OMP_WAIT_POLICY=passive} (BlockTune's own launchers set
 * it), in which case the cores are divided among the fits running at once.
 */
public final class NativeThreads {
    private static volatile int perOperation;

    private NativeThreads() {
    }

    /** Gives each of {@code workers} concurrent fits its share of native threads (see the class note); returns it. */
    public static int divideAmong(int workers) {
        int threads = perFit(workers, Runtime.getRuntime().availableProcessors(), passiveWait());
        set(threads);
        return threads;
    }

    /**
     * Threads per operation for each of {@code workers} fits at once on {@code cores} cores: a share
     * of the cores when OpenMP's idle threads sleep ({@code passive}), else 1.
     */
    public static int perFit(int workers, int cores, boolean passive) {
        if (workers < 1) {
            throw new IllegalArgumentException("the number of workers must be at least 1, got " + workers);
        }
        return passive ? Math.max(1, cores / workers) : 1;
    }

    /** Whether this process started with OpenMP's passive wait policy (idle native threads sleep, not spin). */
    public static boolean passiveWait() {
        return "passive".equalsIgnoreCase(System.getenv("OMP_WAIT_POLICY"));
    }

    /**
     * Uses {@code threads} native threads per operation: on the calling thread now, and on every
     * thread that calls {@link #useOnThisThread()} from now on.
     */
    public static void set(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads per operation must be at least 1, got " + threads);
        }
        perOperation = threads;
        Nd4j.getEnvironment().setMaxThreads(threads); // a no-op in M2.1, kept for later versions
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        useOnThisThread();
    }

    /**
     * Applies the threads per operation last {@link #set} (before any: {@link #divideAmong} one
     * worker) to the calling thread; call at the start of work that runs ND4J operations. Cheap when
     * already in force. Returns the count.
     */
    public static int useOnThisThread() {
        int threads = perOperation;
        if (threads < 1) {
            divideAmong(1);
            return perOperation;
        }
        var ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        if (ops.ompGetMaxThreads() != threads) {
            ops.setOmpNumThreads(threads);
        }
        return threads;
    }

    /** The threads per operation {@link #set} last chose (0 before any), whatever thread asks. */
    public static int intended() {
        return perOperation;
    }

    /**
     * The OpenMP threads per operation in force on the calling thread. (libnd4j's
     * {@code Environment.maxThreads()} is no measure: {@code setMaxThreads} cannot change it.)
     */
    public static int current() {
        Nd4j.getEnvironment(); // loads the native backend before its operations are used
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }
}

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
 * <p>The count is one thread per operation unless the system property {@value #PROPERTY} says
 * otherwise. On a 2-core machine one thread was faster for every network of the examples' size, by
 * 1.2–1.5 times for the iris MLP and the Fashion-MNIST MLP with a lone worker, and it keeps a project's
 * figures the same whatever the number of workers (a different thread count sums in another order
 * and, over many epochs, gives other weights). A number sets the count; {@code auto} gives each of
 * the fits running at once a share of the cores when the process started with
 * {@code OMP_WAIT_POLICY=passive} (BlockTune's own launchers set it), else 1: with OpenMP's default
 * wait policy idle team threads spin, and on busy cores small fits then ran 10–15 times slower.
 * Wide networks with large batches gain from {@code auto} when they train alone.
 */
public final class NativeThreads {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }

    /** System property: native threads per operation of each fit, a whole number or {@code auto}; default 1. */
    public static final String PROPERTY = "blocktune.nd4j.threadsPerOperation";
    private static final System.Logger LOG = System.getLogger(NativeThreads.class.getName());
    private static volatile int perOperation;

    private NativeThreads() {
    }

    /**
     * Chooses the threads per operation for {@code workers} fits at once from the system property
     * {@value #PROPERTY} (see the class note), applies it from now on and returns it.
     */
    public static int chooseFor(int workers) {
        int threads = perFit(workers, Runtime.getRuntime().availableProcessors(), passiveWait(),
                System.getProperty(PROPERTY));
        set(threads);
        return threads;
    }

    /**
     * Threads per operation for each of {@code workers} fits at once on {@code cores} cores under the
     * setting {@code setting} (the property's value, {@code null} when unset): 1 by default, the number
     * given, or for {@code auto} a share of the cores when OpenMP's idle threads sleep ({@code passive})
     * and else 1. A setting that is neither falls back to 1 with a warning in the log.
     */
    public static int perFit(int workers, int cores, boolean passive, String setting) {
        if (workers < 1) {
            throw new IllegalArgumentException("the number of workers must be at least 1, got " + workers);
        }
        String given = setting == null ? "" : setting.trim();
        if (given.isEmpty()) {
            return 1;
        }
        if (given.equalsIgnoreCase("auto")) {
            return passive ? Math.max(1, cores / workers) : 1;
        }
        try {
            int n = Integer.parseInt(given);
            if (n > 1 && !passive) {
                LOG.log(System.Logger.Level.WARNING, "-D" + PROPERTY + "=" + n + " without OMP_WAIT_POLICY=passive: idle"
                        + " native threads spin, and on busy cores small fits ran 10-15 times slower");
            }
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.log(System.Logger.Level.WARNING, "-D" + PROPERTY + "=" + setting
                + " is not a number of threads (1 or more) or 'auto'; fits use 1 thread per operation");
        return 1;
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
     * Applies the threads per operation last {@link #set} (before any: {@link #chooseFor} one
     * worker) to the calling thread; call at the start of work that runs ND4J operations. Cheap when
     * already in force. Returns the count.
     */
    public static int useOnThisThread() {
        int threads = perOperation;
        if (threads < 1) {
            chooseFor(1);
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

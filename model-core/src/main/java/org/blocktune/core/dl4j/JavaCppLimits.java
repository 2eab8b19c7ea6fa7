package org.blocktune.core.dl4j;

/**
 * Turns off JavaCPP's per-allocation check of the process's physical memory, unless the user set it.
 *
 * <p>Why: with a limit set (by default four times the maximum heap), every native allocation under
 * ND4J reads the process's resident size from the operating system inside a lock shared by all
 * threads. Small fits allocate hundreds of thousands of buffers a second, so two tune workers
 * queued on that lock (a third of thread-dump samples); without the check, 81 iris fits with
 * 2 workers took 7.2 s instead of 10.2 s (1 worker: 11.1 s instead of 12.0 s). Native garbage is
 * bounded by {@link NativeGarbageGuard} instead.
 *
 * <p>JavaCPP reads the setting once, when ND4J first loads, so every class of this package that can
 * be the first to touch ND4J calls {@link #relax()} in its static initialiser (the Java API used to
 * load ND4J through {@code ModelFitter.useWorkers} before it ran, and kept the check: ~20 % of a
 * Fashion-MNIST training thread); front ends call it first thing too.
 */
public final class JavaCppLimits {
    /** JavaCPP's system property: physical-memory limit checked on native allocations (0: none). */
    public static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

    private JavaCppLimits() {
    }

    /** Sets {@value #MAX_PHYSICAL_BYTES} to 0 unless it is already set; returns the value in force. */
    public static String relax() {
        synchronized (System.getProperties()) {
            if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
                System.setProperty(MAX_PHYSICAL_BYTES, "0");
            }
            return System.getProperty(MAX_PHYSICAL_BYTES);
        }
    }
}

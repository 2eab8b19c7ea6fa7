package org.blocktune.core.compile;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import org.blocktune.core.spec.Problem;

/**
 * What a candidate's parameters cost in memory, checked by the dry run before DL4J tries to
 * allocate them: training holds each parameter four times as 32-bit floats (weights, gradients and
 * an adaptive optimizer's two moments), 16 bytes per parameter. A candidate needing more than this
 * machine's memory is an error (allocating it would fail in native code); one needing over a
 * quarter of it gets a warning.
 */
public final class MemoryEstimate {
    /** Bytes per parameter while training. */
    public static final long TRAINING_BYTES_PER_PARAM = 16;
    /** The start of every message about a candidate too large for memory (used to class such failures). */
    public static final String TOO_LARGE = "too large for this machine's memory";
    private static final double GB = 1024.0 * 1024 * 1024;

    private MemoryEstimate() {
    }

    /** Physical memory of this machine in bytes (the JVM's maximum heap if the platform does not say). */
    public static long physicalBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long total = os.getTotalMemorySize();
            if (total > 0) return total;
        }
        return Runtime.getRuntime().maxMemory();
    }

    /** An error or warning for a network of {@code params} parameters on a machine with {@code physical} bytes, if any. */
    public static Optional<Problem> check(long params, long physical) {
        double need = (double) params * TRAINING_BYTES_PER_PARAM;
        String what = String.format(Locale.ROOT, "%,d parameters need about %s to train (weights, gradients and optimizer"
                + " state, 16 bytes each); this machine has %s", params, size(need), size(physical));
        if (need > physical) {
            return Optional.of(Problem.error(null, null, TOO_LARGE + ": " + what + ". Use fewer units or layers"));
        }
        if (need > physical / 4.0) {
            return Optional.of(Problem.warning(null, null, "a large candidate: " + what
                    + ". With several workers, fits may run out of memory; use fewer workers or a smaller network"));
        }
        return Optional.empty();
    }

    /** True if {@code message} says a candidate does not fit in memory. */
    public static boolean isMemoryProblem(String message) {
        if (message == null) return false;
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains(TOO_LARGE) || m.contains("out of memory") || m.contains("bad_alloc") || m.contains("cannot allocate");
    }

    private static String size(double bytes) {
        return bytes >= GB ? String.format(Locale.ROOT, "%.1f GB", bytes / GB)
                : String.format(Locale.ROOT, "%.0f MB", bytes / (1024 * 1024));
    }
}

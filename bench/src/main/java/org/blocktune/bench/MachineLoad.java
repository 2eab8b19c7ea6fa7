package org.blocktune.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load, printed next to timings: other processes on the same cores change them.
 * Reads {@code /proc/loadavg} (Linux); elsewhere falls back to the JVM's one-minute figure.
 */
public final class MachineLoad {
    private MachineLoad() {
    }

    /** "1-, 5- and 15-minute load averages on N cores", or what is known of it. */
    public static String describe() {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load " + f[0] + " " + f[1] + " " + f[2] + " on " + cores + " cores";
        } catch (IOException | RuntimeException e) {
            double one = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return one < 0 ? "load unknown on " + cores + " cores"
                    : String.format(java.util.Locale.ROOT, "load %.2f on %d cores", one, cores);
        }
    }

    /** The one-minute load average, or NaN when unknown. */
    public static double oneMinute() {
        double v = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return v < 0 ? Double.NaN : v;
    }
}

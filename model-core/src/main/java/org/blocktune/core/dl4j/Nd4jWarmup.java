package org.blocktune.core.dl4j;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads the ND4J backend ahead of use. The first time on a machine, JavaCPP unpacks the native
 * libraries (about 400 MB) into its cache ({@code ~/.javacpp/cache}, or the directory named by
 * {@code -Dorg.bytedeco.javacpp.cachedir}); that takes seconds, later starts take well under one.
 * A front end calls {@link #ensureLoaded()} on a background thread at start-up so that the first
 * dry run or training does not stall. Safe to call from any thread, any number of times.
 */
public final class Nd4jWarmup {
    static {
        JavaCppLimits.relax(); // before ND4J loads: JavaCPP reads its settings only once
    }

    private static volatile boolean loaded;

    private Nd4jWarmup() {
    }

    /**
     * True when the JavaCPP cache already holds the ND4J natives, i.e. loading will not unpack
     * them again (a warm start). Cheap; does not load anything.
     */
    public static boolean nativesUnpacked() {
        String dir = System.getProperty("org.bytedeco.javacpp.cachedir");
        Path cache = dir != null ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".javacpp", "cache");
        if (!Files.isDirectory(cache)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(cache)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("nd4j-native")
                    && p.toFile().isDirectory() && hasFiles(p.toFile()));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean hasFiles(File dir) {
        String[] names = dir.list();
        return names != null && names.length > 0;
    }

    /** Whether the backend has been loaded in this JVM by {@link #ensureLoaded()}. */
    public static boolean isLoaded() {
        return loaded;
    }

    /**
     * Loads the ND4J backend and its BLAS library (unpacking them on the first start) and runs one
     * tiny matrix product. Returns how long this call took; near zero once loaded.
     *
     * @throws RuntimeException or {@link LinkageError} when the natives cannot be loaded
     */
    public static synchronized Duration ensureLoaded() {
        long start = System.nanoTime();
        if (!loaded) {
            double sum;
            try (var s = NativeReclaimer.section()) {
                INDArray a = Nd4j.ones(2, 2);
                sum = a.mmul(a).sumNumber().doubleValue();
            }
            if (sum != 8.0) {
                throw new IllegalStateException("ND4J self-check failed: expected 8, got " + sum);
            }
            loaded = true;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The backend's name as ND4J reports it (e.g. {@code CpuBackend}); loads it if needed. */
    public static String backendName() {
        ensureLoaded();
        return Nd4j.getBackend().getClass().getSimpleName();
    }
}

package org.blocktune.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.blocktune.core.data.Table;
import org.blocktune.core.fit.FitFailure;

/**
 * Runs every engine benchmark and prints its figures: overhead against a hand-written DL4J loop,
 * parallel speed-up, memory over a 100-candidate run, the dry run, and native memory with and
 * without the garbage guard. Figures only, never
 * pass/fail; timings depend on the machine and its load, which is printed with them. The entry
 * point of {@code blocktune bench}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /**
     * Runs all benchmarks, finding the data sets with {@link BenchData#datasets()}.
     *
     * @param quick the short version (about a minute on two cores) instead of the full one
     */
    public static void runAll(PrintStream out, boolean quick) throws IOException, FitFailure {
        runAll(out, quick, BenchData.datasets());
    }

    /**
     * Runs all benchmarks on the data sets in {@code datasets} (the folder holding {@code iris.csv}).
     *
     * @param quick the short version (about a minute on two cores) instead of the full one
     */
    public static void runAll(PrintStream out, boolean quick, Path datasets) throws IOException, FitFailure {
        Table iris = BenchData.iris(datasets);
        long t0 = System.nanoTime();
        out.println("BlockTune benchmarks (" + (quick ? "quick" : "full") + "), Java "
                + System.getProperty("java.version") + ", " + MachineLoad.describe());
        out.println();
        out.println("1. Overhead against a hand-written DL4J loop");
        OverheadBenchmark.run(iris, quick ? OverheadBenchmark.Settings.quick() : OverheadBenchmark.Settings.full())
                .print(out);
        out.println();
        out.println("2. Parallel speed-up");
        ParallelBenchmark.run(iris, quick ? ParallelBenchmark.Settings.quick() : ParallelBenchmark.Settings.full())
                .print(out);
        out.println();
        out.println("3. Memory over a 100-candidate run");
        HeapBenchmark.run(iris, quick ? HeapBenchmark.Settings.quick() : HeapBenchmark.Settings.full()).print(out);
        out.println();
        out.println("4. Dry run (compile grid)");
        CompileGridBenchmark.run(quick ? 200 : 1000).print(out);
        out.println();
        out.println("5. Native memory of many small fits, with and without the garbage guard");
        NativeGarbageBenchmark.run(datasets, quick ? NativeGarbageBenchmark.Settings.quick()
                : NativeGarbageBenchmark.Settings.full()).print(out);
        out.println();
        out.printf(java.util.Locale.ROOT, "all benchmarks: %.0f s%n", Stats.secondsSince(t0));
    }

    /** Runs all; argument {@code quick} for the short version. */
    public static void main(String[] args) throws Exception {
        runAll(System.out, args.length > 0 && args[0].equals("quick"));
    }
}

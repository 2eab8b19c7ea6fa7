package org.blocktune.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.blocktune.core.data.Table;
import org.blocktune.core.dl4j.NativeMemoryUse;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.resample.Split;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.TuneListener;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;

/**
 * Memory over a 100-candidate tune run (iris MLP, dense_units 4…103, one 75/25 resample, results
 * and predictions kept in memory as usual): after every 10 finished fits a listener forces a
 * garbage collection and records the used heap and the process's resident memory (heap plus
 * ND4J's native buffers). A flat series means nothing accumulates per fit beyond the results
 * themselves. Run: {@code mvn -q exec:java -Dexec.mainClass=org.blocktune.bench.HeapBenchmark}
 * in {@code bench} (argument {@code quick} for the short version).
 */
public final class HeapBenchmark {

    private HeapBenchmark() {
    }

    /**
     * @param candidates candidates in the run
     * @param epochs     epochs per fit
     * @param workers    tune workers
     */
    public record Settings(int candidates, int epochs, int workers) {
        /** 100 candidates, 20 epochs, 1 worker (so at most one fit is in flight at each sample). */
        public static Settings full() {
            return new Settings(100, 20, 1);
        }

        /** 100 candidates, 5 epochs, 1 worker. */
        public static Settings quick() {
            return new Settings(100, 5, 1);
        }
    }

    /**
     * One measurement after {@code fits} finished fits.
     *
     * @param heapBytes    used heap after a full collection
     * @param processBytes resident memory of the process
     */
    public record Sample(int fits, long heapBytes, long processBytes) {
    }

    /** The series (first sample after 10 fits) and the run's wall time. */
    public record Result(Settings settings, List<Sample> samples, double seconds, String load) {

        /** Used heap after the last sample / after the first (goal: about 1). */
        public double heapRatio() {
            return (double) samples.get(samples.size() - 1).heapBytes() / samples.get(0).heapBytes();
        }

        /** Resident memory after the last sample / after the first. */
        public double processRatio() {
            return (double) samples.get(samples.size() - 1).processBytes() / samples.get(0).processBytes();
        }

        /** Prints the figures. */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "%d candidates × 1 resample of the iris MLP, %d epochs, %d workers: %.1f s%n",
                    settings.candidates(), settings.epochs(), settings.workers(), seconds);
            out.println("  fits   heap after GC   process RSS");
            for (Sample s : samples) {
                out.printf(Locale.ROOT, "  %4d   %9.1f MB   %8.1f MB%n", s.fits(), Stats.mb(s.heapBytes()),
                        Stats.mb(s.processBytes()));
            }
            out.printf(Locale.ROOT, "  ratio last/first: heap %.2f, process RSS %.2f  (goal: flat)%n", heapRatio(),
                    processRatio());
            out.println("  " + load);
        }
    }

    /** Measures on {@code iris}. */
    public static Result run(Table iris, Settings s) throws IOException {
        Split split = Resampling.initialSplit(iris.rowCount(), 0.75, iris.categorical("Species").codes(), 3);
        // warm-up, so that class loading and JIT are not counted as growth
        new TuneRunner().run(IrisJobs.job(iris, IrisJobs.units(4), s.epochs(), List.of(split), s.workers()), null, null);
        List<Sample> samples = new ArrayList<>();
        TuneListener every10 = new TuneListener() {
            private int finished;

            @Override
            public void fitFinished(FitRecord record) {
                count();
            }

            @Override
            public void fitFailed(FitRecord record) {
                count();
            }

            private void count() {
                finished++;
                if (finished % 10 == 0) {
                    samples.add(sample(finished));
                }
            }
        };
        long t0 = System.nanoTime();
        TuneResults results = new TuneRunner().run(IrisJobs.job(iris, IrisJobs.units(s.candidates()), s.epochs(),
                List.of(split), s.workers()), every10, null);
        double sec = Stats.secondsSince(t0);
        if (!results.failures().isEmpty()) {
            throw new IllegalStateException("the benchmark's tune run had failures: " + results.failures().get(0));
        }
        return new Result(s, samples, sec, MachineLoad.describe());
    }

    /** Collects garbage (twice, letting native deallocators run in between) and reads the memory figures. */
    static Sample sample(int fits) {
        System.gc();
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Sample(fits, heap, NativeMemoryUse.processBytes());
    }

    /** Prints the figures; argument {@code quick} for the short version. */
    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("quick");
        run(BenchData.iris(), quick ? Settings.quick() : Settings.full()).print(System.out);
    }
}

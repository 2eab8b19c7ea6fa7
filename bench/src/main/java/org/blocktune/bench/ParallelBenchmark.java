package org.blocktune.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.blocktune.core.data.Table;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.resample.Split;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;

/**
 * Parallel speed-up of a tune run: 27 candidates × 3 folds of the iris MLP (81 fits)
 * with {@code TuneControl.workers} 1 versus 2, alternating which goes first; wall
 * time of each run, the median speed-up, and the machine load next to every run (other processes
 * share the cores). Run: {@code mvn -q exec:java -Dexec.mainClass=org.blocktune.bench.ParallelBenchmark}
 * in {@code bench} (argument {@code quick} for the short version).
 */
public final class ParallelBenchmark {

    private ParallelBenchmark() {
    }

    /**
     * @param epochs  epochs per fit
     * @param repeats timed runs with each worker count
     */
    public record Settings(int epochs, int repeats) {
        /** 30 epochs, 3 runs of each. */
        public static Settings full() {
            return new Settings(30, 3);
        }

        /** 10 epochs, 1 run of each. */
        public static Settings quick() {
            return new Settings(10, 1);
        }
    }

    /**
     * @param fits        fits per run
     * @param oneWorker   wall seconds of each one-worker run
     * @param twoWorkers  wall seconds of each two-worker run
     * @param loads       machine load after each run, in run order
     */
    public record Result(Settings settings, int fits, List<Double> oneWorker, List<Double> twoWorkers,
                         List<String> loads) {

        /** Median one-worker time / median two-worker time (goal ≥ 1.5). */
        public double speedUp() {
            return Stats.median(oneWorker) / Stats.median(twoWorkers);
        }

        /** Prints the figures. */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "27 candidates × 3 folds = %d fits of the iris MLP, %d epochs each%n", fits,
                    settings.epochs());
            out.printf(Locale.ROOT, "  1 worker   %s s (median %.2f)%n", seconds(oneWorker), Stats.median(oneWorker));
            out.printf(Locale.ROOT, "  2 workers  %s s (median %.2f)%n", seconds(twoWorkers), Stats.median(twoWorkers));
            out.printf(Locale.ROOT, "  speed-up   %.2f×  goal >= 1.5×%n", speedUp());
            out.println("  after each run: " + String.join("; ", loads));
        }

        private static String seconds(List<Double> v) {
            return v.stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).toList().toString();
        }
    }

    /** Measures on {@code iris}. */
    public static Result run(Table iris, Settings s) throws IOException {
        List<Split> folds = Resampling.vfold(iris.rowCount(), 3, 1, iris.categorical("Species").codes(), 5);
        TuneJob job = IrisJobs.job(iris, IrisJobs.grid27(), s.epochs(), folds, 1);
        timed(IrisJobs.job(iris, IrisJobs.grid27().subList(0, 4), s.epochs(), folds, 2)); // warm-up
        List<Double> one = new ArrayList<>();
        List<Double> two = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        for (int r = 0; r < s.repeats(); r++) {
            for (int k = 0; k < 2; k++) {
                int workers = (k + r) % 2 == 0 ? 1 : 2;
                double sec = timed(job.withControl(new TuneControl(workers, 42, true)));
                (workers == 1 ? one : two).add(sec);
                loads.add(workers + "w: " + MachineLoad.describe());
            }
        }
        return new Result(s, job.candidates().size() * folds.size(), one, two, loads);
    }

    private static double timed(TuneJob job) throws IOException {
        long t0 = System.nanoTime();
        TuneResults results = new TuneRunner().run(job, null, null);
        double sec = Stats.secondsSince(t0);
        if (!results.failures().isEmpty()) {
            throw new IllegalStateException("the benchmark's tune run had failures: " + results.failures().get(0));
        }
        return sec;
    }

    /** Prints the figures; argument {@code quick} for the short version. */
    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("quick");
        run(BenchData.iris(), quick ? Settings.quick() : Settings.full()).print(System.out);
    }
}

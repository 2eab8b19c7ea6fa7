package org.blocktune.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.bench.dl4j.BaselineTraining;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.fit.FitRequest;
import org.blocktune.core.fit.ModelFitter;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.resample.Split;
import org.blocktune.core.task.CancellationToken;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;

/**
 * BlockTune's overhead over a hand-written DL4J loop: the iris MLP (4-16-3, Adam, batch 16, all 150
 * rows standardised, shuffled every epoch) trained (a) by {@link BaselineTraining}, (b) the same with
 * the training accuracy computed after every epoch (which BlockTune's history records), (c) through
 * {@link ModelFitter#fit}, and (d) as a tune run of one candidate on one resample (analysis and
 * assessment = all rows, scored and predicted afterwards). All in one process, on the same thread
 * settings, each fit on a fresh thread (as a tune run's worker), after a warm-up; the order of the four is rotated every repeat and medians are
 * reported. Run: {@code mvn -q exec:java -Dexec.mainClass=org.blocktune.bench.OverheadBenchmark}
 * in {@code bench} (argument {@code quick} for the short version).
 */
public final class OverheadBenchmark {
    private static final long SEED = 7;

    private OverheadBenchmark() {
    }

    /**
     * @param hiddenUnits units of the hidden layer
     * @param batchSize   rows per update
     * @param epochs      epochs per fit
     * @param learnRate   Adam's learning rate
     * @param repeats     timed repeats of each of the four ways (after two warm-up rounds)
     */
    public record Settings(int hiddenUnits, int batchSize, int epochs, double learnRate, int repeats) {
        /** The full version: 100 epochs, 7 repeats. */
        public static Settings full() {
            return new Settings(16, 16, 100, 0.01, 7);
        }

        /** The quick version: 20 epochs, 5 repeats. */
        public static Settings quick() {
            return new Settings(16, 16, 20, 0.01, 5);
        }
    }

    /**
     * Median seconds per fit of each way, and the breakdown of a {@link ModelFitter} fit.
     *
     * @param baseline         hand-written loop
     * @param baselineAccuracy hand-written loop plus the training accuracy after every epoch
     * @param fit              {@link ModelFitter#fit}
     * @param tune             a one-candidate × one-resample tune run
     * @param fitSetup         of {@code fit}: recipe, resolving, compiling, converting the data
     * @param fitTraining      of {@code fit}: the epochs, including per-epoch metrics
     * @param fitWrapUp        of {@code fit}: from the last epoch to the fitted model
     * @param loadBefore       machine load when the timed repeats started
     * @param loadAfter        machine load when they ended
     */
    public record Result(Settings settings, int rows, double baseline, double baselineAccuracy, double fit,
                         double tune, double fitSetup, double fitTraining, double fitWrapUp, String loadBefore,
                         String loadAfter) {

        /** ModelFitter / hand-written loop. */
        public double fitRatio() {
            return fit / baseline;
        }

        /** Tune run / hand-written loop. */
        public double tuneRatio() {
            return tune / baseline;
        }

        /** ModelFitter / hand-written loop that also computes the per-epoch accuracy. */
        public double fitRatioSameMetrics() {
            return fit / baselineAccuracy;
        }

        /** Tune run / hand-written loop that also computes the per-epoch accuracy. */
        public double tuneRatioSameMetrics() {
            return tune / baselineAccuracy;
        }

        /** Prints the figures. */
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "iris MLP 4-%d-3, %d rows, batch %d, %d epochs, medians of %d repeats (order rotated)%n",
                    settings.hiddenUnits(), rows, settings.batchSize(), settings.epochs(), settings.repeats());
            out.printf(Locale.ROOT, "  hand-written DL4J loop              %7.3f s%n", baseline);
            out.printf(Locale.ROOT, "  hand-written + per-epoch accuracy   %7.3f s%n", baselineAccuracy);
            out.printf(Locale.ROOT, "  BlockTune ModelFitter.fit           %7.3f s  (setup %.3f, epochs %.3f, wrap-up %.3f)%n",
                    fit, fitSetup, fitTraining, fitWrapUp);
            out.printf(Locale.ROOT, "  BlockTune tune run, 1 cand × 1 res  %7.3f s%n", tune);
            out.printf(Locale.ROOT, "  ratio fit/hand-written   %.2f  (vs hand-written + accuracy: %.2f)  goal <= 1.10%n",
                    fitRatio(), fitRatioSameMetrics());
            out.printf(Locale.ROOT, "  ratio tune/hand-written  %.2f  (vs hand-written + accuracy: %.2f)%n",
                    tuneRatio(), tuneRatioSameMetrics());
            out.println("  " + loadBefore + " before, " + loadAfter + " after");
        }
    }

    /** Measures the four ways on {@code iris}. */
    public static Result run(Table iris, Settings s) throws FitFailure, java.io.IOException {
        ModelFitter.useWorkers(1); // the thread setting a one-worker tune run uses; the same for all four
        Ways ways = new Ways(iris, s);
        for (int w = 0; w < 2; w++) { // warm-up rounds
            for (int way = 0; way < 4; way++) {
                ways.time(way);
            }
        }
        String before = MachineLoad.describe();
        List<List<Double>> times = new ArrayList<>();
        for (int way = 0; way < 4; way++) {
            times.add(new ArrayList<>());
        }
        List<Double> setup = new ArrayList<>();
        List<Double> training = new ArrayList<>();
        List<Double> wrapUp = new ArrayList<>();
        for (int r = 0; r < s.repeats(); r++) {
            for (int k = 0; k < 4; k++) {
                int way = (k + r) % 4;
                times.get(way).add(ways.time(way));
                if (way == 2) {
                    setup.add(ways.lastSetup);
                    training.add(ways.lastTraining);
                    wrapUp.add(ways.lastWrapUp);
                }
            }
        }
        return new Result(s, iris.rowCount(), Stats.median(times.get(0)), Stats.median(times.get(1)),
                Stats.median(times.get(2)), Stats.median(times.get(3)), Stats.median(setup), Stats.median(training),
                Stats.median(wrapUp), before, MachineLoad.describe());
    }

    /** The four ways of training, each timed by {@link #time}. */
    private static final class Ways {
        private final Settings s;
        private final double[][] features;
        private final int[] classes;
        private final int classCount;
        private final Table iris;
        private final FitRequest request;
        private final TuneJob job;
        private double lastSetup;
        private double lastTraining;
        private double lastWrapUp;

        Ways(Table iris, Settings s) {
            this.s = s;
            this.iris = iris;
            List<String> predictors = List.of("Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width");
            int n = iris.rowCount();
            features = new double[n][predictors.size()];
            for (int j = 0; j < predictors.size(); j++) {
                NumericColumn c = iris.numeric(predictors.get(j));
                for (int r = 0; r < n; r++) {
                    features[r][j] = c.get(r);
                }
            }
            classes = iris.categorical("Species").codes();
            classCount = iris.categorical("Species").levels().size();
            Roles roles = Roles.of(iris, "Species");
            Map<String, Object> fixed = Map.of("fit_epochs", s.epochs(), "fit_batch_size", s.batchSize(),
                    "learn_rate", s.learnRate());
            Map<String, Object> candidate = Map.of("dense_units", s.hiddenUnits());
            Map<String, Object> values = new java.util.LinkedHashMap<>(fixed);
            values.putAll(candidate);
            request = new FitRequest(SeedSpecs.irisMlp(), values, Recipe.of(new Normalize()), roles, SEED);
            int[] all = IntStream.range(0, n).toArray();
            job = TuneJob.ofCandidates(SeedSpecs.irisMlp(), fixed, List.of(candidate), iris, roles,
                    Recipe.of(new Normalize()), List.of(new Split("all", all, all)), List.of(ClassMetric.ACCURACY),
                    new TuneControl(1, SEED, true), null);
        }

        /**
         * Seconds of one fit the given way. Ways 0–2 run on a fresh thread, as the tune run's fit
         * does on its fresh worker: measured on this 2-core machine under load, ND4J ran the same
         * loop up to 20× slower on a long-lived thread (main, or a reused executor thread) than on
         * a fresh one, so all four ways get the same kind of thread.
         */
        double time(int way) throws FitFailure, java.io.IOException {
            if (way == 3) {
                return timeOnThisThread(way);
            }
            double[] seconds = new double[1];
            Exception[] failure = new Exception[1];
            Thread t = new Thread(() -> {
                try {
                    seconds[0] = timeOnThisThread(way);
                } catch (Exception | Error e) {
                    failure[0] = e instanceof Exception ex ? ex : new IllegalStateException(e);
                }
            }, "bench-fit");
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (failure[0] instanceof FitFailure f) {
                throw f;
            }
            if (failure[0] != null) {
                throw new IllegalStateException("the benchmark fit failed: " + failure[0], failure[0]);
            }
            return seconds[0];
        }

        private double timeOnThisThread(int way) throws FitFailure, java.io.IOException {
            long t0 = System.nanoTime();
            switch (way) {
                case 0, 1 -> BaselineTraining.train(features, classes, classCount, new BaselineTraining.Settings(
                        s.hiddenUnits(), s.batchSize(), s.epochs(), s.learnRate(), SEED, way == 1));
                case 2 -> {
                    long[] marks = new long[2];
                    ModelFitter.fit(request, iris, new FitListener() {
                        @Override
                        public void started(int epochs, int batches) {
                            marks[0] = System.nanoTime();
                        }

                        @Override
                        public void epochFinished(EpochMetrics metrics) {
                            marks[1] = System.nanoTime();
                        }
                    }, CancellationToken.none());
                    long end = System.nanoTime();
                    lastSetup = (marks[0] - t0) / 1e9;
                    lastTraining = (marks[1] - marks[0]) / 1e9;
                    lastWrapUp = (end - marks[1]) / 1e9;
                    return (end - t0) / 1e9;
                }
                default -> {
                    TuneResults results = new TuneRunner().run(job, null, null);
                    if (!results.failures().isEmpty()) {
                        throw new IllegalStateException("the benchmark's tune run failed: " + results.failures());
                    }
                }
            }
            return Stats.secondsSince(t0);
        }
    }

    /** Prints the figures; argument {@code quick} for the short version. */
    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("quick");
        run(BenchData.iris(), quick ? Settings.quick() : Settings.full()).print(System.out);
    }
}

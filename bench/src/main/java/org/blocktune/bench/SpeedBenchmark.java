package org.blocktune.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blocktune.core.block.BlockCatalogue;
import org.blocktune.core.block.LayerKind;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.FashionMnist;
import org.blocktune.core.data.Roles;
import org.blocktune.core.data.Table;
import org.blocktune.core.data.recipe.Dummy;
import org.blocktune.core.data.recipe.Normalize;
import org.blocktune.core.data.recipe.Recipe;
import org.blocktune.core.data.recipe.ScaleImages;
import org.blocktune.core.examples.SeedSpecs;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.fit.FitRequest;
import org.blocktune.core.fit.FittedModel;
import org.blocktune.core.fit.ModelFitter;
import org.blocktune.core.metrics.ClassMetric;
import org.blocktune.core.metrics.NumericMetric;
import org.blocktune.core.random.SeededRandom;
import org.blocktune.core.resample.Resampling;
import org.blocktune.core.resample.Split;
import org.blocktune.core.spec.SequentialSpec;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneRunner;

/**
 * Training speed on the four workloads of the PyTorch comparison (W1–W4), with the settings of the
 * peer script {@code peer_torch.py}: Glorot-uniform weights, zero biases, Adam, reshuffled every
 * epoch, last batch smaller. Prints {@code RESULT} lines in the peer's form so the two can be set
 * side by side; W1–W3 in seconds per epoch, W4 in wall seconds.
 */
public final class SpeedBenchmark {
    private static final long SEED = 42;

    private SpeedBenchmark() {
    }

    /** W1: iris 4-16-3, adam 0.01, batch 16, 100 epochs, after 2 warm-up fits; median of {@code reps} fits. */
    public static void w1(PrintStream out, Path datasets, int reps) throws IOException, FitFailure {
        Table iris = CsvReader.read(datasets.resolve("iris.csv"));
        FitRequest request = new FitRequest(SeedSpecs.irisMlp(), Map.of("dense_units", 16, "learn_rate", 0.01,
                "fit_batch_size", 16, "fit_epochs", 100), Recipe.of(new Normalize()), Roles.of(iris, "Species"), SEED);
        List<Double> totals = new ArrayList<>();
        double acc = Double.NaN;
        for (int r = 0; r < reps + 2; r++) {
            long t0 = System.nanoTime();
            FittedModel m = ModelFitter.fit(request, iris, null, null);
            double s = Stats.secondsSince(t0);
            acc = m.evaluate(iris, List.of(ClassMetric.ACCURACY)).values().iterator().next();
            out.printf(Locale.ROOT, "%s %d total=%.4f acc=%.4f%n", r < 2 ? "warmup" : "rep", r, s, acc);
            if (r >= 2) {
                totals.add(s);
            }
        }
        double med = Stats.median(totals);
        out.printf(Locale.ROOT, "RESULT w1 bt fit_total_s=%.4f s_per_epoch=%.6f acc=%.4f%n", med, med / 100, acc);
    }

    /** W2: Fashion-MNIST 784-256-128-10, adam 1e-3, batch 128, {@code rows} rows, after a 1-epoch 2,000-row warm-up. */
    public static void w2(PrintStream out, Path datasets, int rows, int epochs) throws IOException, FitFailure {
        Path dir = datasets.resolve("fashion-mnist");
        Table train = FashionMnist.train(dir);
        train = train.rows(range(Math.min(rows, train.rowCount())));
        Table test = FashionMnist.test(dir);
        SequentialSpec spec = SequentialSpec.named("w2_mlp")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("flatten", BlockCatalogue.builtin(LayerKind.FLATTEN))
                .add("hidden_1", SeedSpecs.denseBlock(256))
                .add("hidden_2", SeedSpecs.denseBlock(128))
                .add("output", BlockCatalogue.builtin(LayerKind.OUTPUT));
        Roles roles = Roles.of(train, "label");
        Recipe recipe = Recipe.of(new ScaleImages());
        Map<String, Object> warm = Map.of("learn_rate", 1e-3, "fit_batch_size", 128, "fit_epochs", 1);
        ModelFitter.fit(new FitRequest(spec, warm, recipe, roles, SEED), train.rows(range(2000)), null, null);
        Map<String, Object> values = Map.of("learn_rate", 1e-3, "fit_batch_size", 128, "fit_epochs", epochs);
        EpochClock clock = new EpochClock();
        FittedModel m = ModelFitter.fit(new FitRequest(spec, values, recipe, roles, SEED), train, clock, null);
        double acc = m.evaluate(test, List.of(ClassMetric.ACCURACY)).values().iterator().next();
        out.println("epochs " + clock.rounded());
        out.printf(Locale.ROOT, "RESULT w2 bt rows=%d epochs=%d s_per_epoch=%.4f in_batches=%.4f setup_s=%.3f "
                + "test_acc=%.4f%n", train.rowCount(), epochs, clock.median(), clock.medianInBatches(), clock.setup(), acc);
    }

    /** W3: diamonds 26-64-64-1 (one-hot + standardise), adam 0.01, batch 32, 32,000 training rows. */
    public static void w3(PrintStream out, Path datasets, int epochs) throws IOException, FitFailure {
        Table all = CsvReader.read(datasets.resolve("diamonds.csv"));
        int[] order = new SeededRandom(SEED).permutation(all.rowCount());
        int[] trainRows = java.util.Arrays.copyOfRange(order, 0, 32_000);
        int[] testRows = java.util.Arrays.copyOfRange(order, 32_000, order.length);
        java.util.Arrays.sort(trainRows);
        java.util.Arrays.sort(testRows);
        Table train = all.rows(trainRows);
        Table test = all.rows(testRows);
        SequentialSpec spec = SequentialSpec.named("w3_mlp")
                .add("input", BlockCatalogue.builtin(LayerKind.INPUT))
                .add("body", SeedSpecs.denseBlock(64))
                .add("output", BlockCatalogue.builtin(LayerKind.OUTPUT));
        Roles roles = Roles.of(train, "price");
        Recipe recipe = Recipe.of(new Dummy(true, List.of()), new Normalize());
        Map<String, Object> warm = Map.of("num_body", 2, "learn_rate", 0.01, "fit_batch_size", 32, "fit_epochs", 1);
        ModelFitter.fit(new FitRequest(spec, warm, recipe, roles, SEED), train.rows(range(2000)), null, null);
        Map<String, Object> values = Map.of("num_body", 2, "learn_rate", 0.01, "fit_batch_size", 32,
                "fit_epochs", epochs);
        EpochClock clock = new EpochClock();
        FittedModel m = ModelFitter.fit(new FitRequest(spec, values, recipe, roles, SEED), train, clock, null);
        double rmse = m.evaluate(test, List.of(NumericMetric.RMSE)).values().iterator().next();
        out.println("epochs " + clock.rounded());
        out.printf(Locale.ROOT, "RESULT w3 bt epochs=%d s_per_epoch=%.4f in_batches=%.4f setup_s=%.3f test_rmse=%.2f%n",
                epochs, clock.median(), clock.medianInBatches(), clock.setup(), rmse);
    }

    /** W4: 27 candidates × 3 folds of the iris MLP at 30 epochs with {@code workers} workers; wall seconds. */
    public static void w4(PrintStream out, Path datasets, int workers) throws IOException {
        Table iris = CsvReader.read(datasets.resolve("iris.csv"));
        List<Split> folds = Resampling.vfold(iris.rowCount(), 3, 1, iris.categorical("Species").codes(), 5);
        new TuneRunner().run(IrisJobs.job(iris, IrisJobs.grid27().subList(0, 4), 30, folds, workers), null, null);
        long t0 = System.nanoTime();
        var results = new TuneRunner().run(IrisJobs.job(iris, IrisJobs.grid27(), 30, folds, workers), null, null);
        double s = Stats.secondsSince(t0);
        if (!results.failures().isEmpty()) {
            throw new IllegalStateException("W4 had failed fits: " + results.failures().get(0));
        }
        out.printf(Locale.ROOT, "RESULT w4 bt workers=%d wall_s=%.4f fits=%d%n", workers, s,
                IrisJobs.grid27().size() * folds.size());
    }

    private static int[] range(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    /** Times every epoch (from the start of training, then from the previous epoch's end). */
    private static final class EpochClock implements FitListener {
        private final long created = System.nanoTime();
        private long last;
        private long first;
        private final List<Double> epochs = new ArrayList<>();
        private final List<Double> inBatches = new ArrayList<>();
        private long lastBatch;

        @Override
        public void started(int epochCount, int batches) {
            last = System.nanoTime();
            first = last;
        }

        @Override
        public void batchFinished(int epoch, int batch, double loss) {
            lastBatch = System.nanoTime();
        }

        @Override
        public void epochFinished(EpochMetrics metrics) {
            long now = System.nanoTime();
            epochs.add((now - last) / 1e9);
            inBatches.add((lastBatch - last) / 1e9);
            last = now;
        }

        double median() {
            return Stats.median(epochs);
        }

        double setup() {
            return (first - created) / 1e9;
        }

        double medianInBatches() {
            return Stats.median(inBatches);
        }

        String rounded() {
            return epochs.stream().map(d -> String.format(Locale.ROOT, "%.3f", d)).toList() + " of which in batches "
                    + inBatches.stream().map(d -> String.format(Locale.ROOT, "%.3f", d)).toList();
        }
    }

    /**
     * {@code w1 [reps]}, {@code w2 [rows] [epochs]}, {@code w3 [epochs]} or {@code w4 [workers]}; data from
     * {@link BenchData#datasets()} (W2 needs the full Fashion-MNIST: set {@code -Dblocktune.datasets}).
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path data = BenchData.datasets();
        String w = args.length == 0 ? "w1" : args[0];
        out.println("speed " + w + ", " + MachineLoad.describe());
        switch (w) {
            case "w1" -> w1(out, data, arg(args, 1, 5));
            case "w2" -> w2(out, data, arg(args, 1, 60_000), arg(args, 2, 3));
            case "w3" -> w3(out, data, arg(args, 1, 3));
            case "w4" -> w4(out, data, arg(args, 1, 1));
            default -> throw new IllegalArgumentException("workload w1, w2, w3 or w4, got " + w);
        }
        out.println("LOAD after: " + MachineLoad.describe());
        if (!Files.exists(data)) {
            out.println("(no data folder " + data + ")");
        }
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}

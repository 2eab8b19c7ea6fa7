package org.blocktune.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.blocktune.core.examples.ExampleProject;
import org.blocktune.core.examples.ExampleProjects;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.tune.FitPlace;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.LocalWorkers;
import org.blocktune.core.tune.ModelCandidateFitter;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;

/**
 * Where fits run, measured: 81 iris fits (27 candidates × 3 folds of the iris MLP, 30 epochs) and 16
 * diamonds fits (the diamonds example's quick budget widened to 16 Latin-hypercube candidates, 4
 * epochs on the shipped 6,000-row subset) on 2 local worker threads and on Spark. Prints RESULT lines:
 * wall time, the fits' own time (the sum of the records' elapsed times) and the overhead per task,
 * {@code (wall × slots − fit time) / fits}: what a fit costs beyond its own work (scheduling, the task
 * round trip, the driver's bookkeeping).
 *
 * <pre>
 * SparkBenchmark local            # 2 local worker threads
 * SparkBenchmark local[2]         # Spark in this process
 * SparkBenchmark submit           # under spark-submit: the master it was given (e.g. a 2-worker standalone cluster)
 * </pre>
 *
 * One Spark context serves every workload of a run and a warm-up run goes first, so the figures
 * leave out Spark's start-up and the executors' first ND4J load (printed apart as {@code startup_s}).
 */
public final class SparkBenchmark {
    private SparkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length == 0 ? "local" : args[0], args.length > 1 ? Integer.parseInt(args[1]) : 1, System.out);
        System.exit(0);
    }

    /** Runs the workloads {@code rounds} times each on {@code where}. */
    static void run(String where, int rounds, PrintStream out) throws Exception {
        Map<String, TuneJob> workloads = new LinkedHashMap<>();
        workloads.put("iris81", iris81());
        workloads.put("diamonds16", diamonds16());
        JavaSparkContext sc = null;
        FitPlace place;
        int slots;
        long t0 = System.nanoTime();
        if (where.equals("local")) {
            place = new LocalWorkers();
            slots = 2;
        } else {
            SparkConf conf = new SparkConf().setAppName("BlockTune benchmark").set("spark.ui.enabled", "false");
            if (!where.equals("submit")) {
                conf.setMaster(where).set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
            }
            sc = new JavaSparkContext(conf);
            place = new SparkFitPlace(sc);
            slots = 0;
        }
        // warm-up: the iris quick budget (12 fits) loads ND4J and compiles the hot code everywhere
        ExampleProject iris = ExampleProjects.example("iris");
        TuneJob warm = TunePlan.load(iris.quick(), Path.of(iris.fileName(true))).job().withFolder(null);
        new TuneRunner(new ModelCandidateFitter(), place).run(warm.withControl(control(warm)), null, null);
        if (sc != null) {
            slots = sc.defaultParallelism();
        }
        out.printf(Locale.ROOT, "RESULT place=%s startup_s=%.1f slots=%d%n", where, (System.nanoTime() - t0) / 1e9, slots);
        for (int r = 1; r <= rounds; r++) {
            for (Map.Entry<String, TuneJob> w : workloads.entrySet()) {
                TuneJob job = w.getValue();
                long start = System.nanoTime();
                TuneResults results = new TuneRunner(new ModelCandidateFitter(), place).run(job, null, null);
                double wall = (System.nanoTime() - start) / 1e9;
                double fitSeconds = results.records().stream().mapToLong(FitRecord::elapsedMillis).sum() / 1000.0;
                int fits = results.records().size();
                out.printf(Locale.ROOT, "RESULT place=%s workload=%s round=%d fits=%d failed=%d wall_s=%.2f fit_s=%.2f "
                                + "fit_s_mean=%.3f overhead_ms_per_task=%.0f%n", where, w.getKey(), r, fits,
                        results.failures().size(), wall, fitSeconds, fitSeconds / fits,
                        (wall * slots - fitSeconds) / fits * 1000);
                out.flush();
            }
        }
        if (sc != null) {
            sc.stop();
        }
    }

    private static TuneControl control(TuneJob job) {
        return new TuneControl(2, job.control().seed(), false);
    }

    /** 27 candidates (units × learning rate × optimizer) × 3 folds of the iris MLP, 30 epochs, batch 16. */
    static TuneJob iris81() throws Exception {
        ExampleProject iris = ExampleProjects.example("iris");
        TuneJob quick = TunePlan.load(iris.quick(), Path.of(iris.fileName(true))).job();
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (int units : new int[] {8, 16, 32}) {
            for (double rate : new double[] {0.003, 0.01, 0.03}) {
                for (String optimizer : new String[] {"adam", "rmsprop", "sgd"}) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("dense_units", units);
                    c.put("learn_rate", rate);
                    c.put("compile_optimizer", optimizer);
                    candidates.add(c);
                }
            }
        }
        Map<String, Object> fixed = new LinkedHashMap<>(quick.fixed());
        fixed.put("fit_epochs", 30);
        fixed.put("fit_batch_size", 16);
        return TuneJob.ofCandidates(quick.spec(), fixed, candidates, quick.training(), quick.roles(), quick.recipe(),
                quick.resamples(), quick.metrics(), control(quick), null);
    }

    /** The diamonds quick budget with 16 Latin-hypercube candidates (one validation split each): 16 fits. */
    static TuneJob diamonds16() throws Exception {
        ExampleProject diamonds = ExampleProjects.example("diamonds");
        TuneJob quick = TunePlan.load(diamonds.quick(), Path.of(diamonds.fileName(true))).job();
        GridSettings g = quick.grid();
        GridSettings wider = new GridSettings(g.kind(), g.levels(), 16, g.seed(), g.bayesian());
        return TuneJob.ofGrid(quick.spec(), quick.fixed(), quick.space(), wider, quick.training(), quick.roles(),
                quick.recipe(), quick.resamples(), quick.metrics(), control(quick), null);
    }
}

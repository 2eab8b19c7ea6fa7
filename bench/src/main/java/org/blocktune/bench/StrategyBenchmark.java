package org.blocktune.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blocktune.core.data.Table;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.project.LoadedData;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.random.SeededRandom;
import org.blocktune.core.resample.ResamplingSettings;
import org.blocktune.core.space.GridSettings;
import org.blocktune.core.tune.ComputeUse;
import org.blocktune.core.tune.MetricSummary;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;
import org.blocktune.core.tune.strategy.SearchStrategy;

/**
 * The search strategies against the full grid on the same candidates and seed: epochs trained, wall
 * time, the best candidate's CV metric and whether it is the full grid's best.
 *
 * <ul>
 *   <li>{@code iris}: the iris example's grid with {@code fit_epochs} fixed at its top level, 30 (Hyperband
 *       chooses the epochs itself, so it cannot be tuned): 16 candidates, 5-fold CV (racing needs more
 *       resamples than its burn-in of 3);</li>
 *   <li>{@code diamonds}: 8,000 rows of diamonds (drawn with seed 1), the example's space with a Latin
 *       hypercube of 16 candidates, 5-fold CV, 10 epochs.</li>
 * </ul>
 * {@code iris10} is the iris case with 10 folds (racing can save at most the share of resamples after its burn-in).
 * Run: {@code blocktune bench strategies [iris] [iris10] [diamonds] [--workers N]}.
 */
public final class StrategyBenchmark {
    private StrategyBenchmark() {
    }

    /** One strategy's figures. */
    record Row(String name, ComputeUse compute, double seconds, MetricSummary best) {
    }

    public static void main(String[] args) throws Exception {
        run(System.out, args);
    }

    /** Runs the benchmarks named in {@code args} (default both), printing as each finishes. */
    public static void run(PrintStream out, String[] args) throws Exception {
        int workers = 2;
        List<String> which = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--workers") && i + 1 < args.length) {
                workers = Integer.parseInt(args[++i]);
            } else {
                which.add(args[i].toLowerCase(Locale.ROOT));
            }
        }
        if (which.isEmpty()) {
            which = List.of("iris", "diamonds");
        }
        Path examples = BenchData.datasets().getParent().resolve("examples");
        for (String w : which) {
            switch (w) {
                case "iris" -> compare(out, "iris, example grid with fit_epochs 30 (16 candidates x 5 folds x 30 epochs)",
                        irisPlan(examples, 5), workers);
                case "iris10" -> compare(out, "iris, example grid with fit_epochs 30, 10 folds (16 x 10 x 30)",
                        irisPlan(examples, 10), workers);
                case "diamonds" -> compare(out, "diamonds, 8,000 rows (16 candidates x 5 folds x 10 epochs)",
                        diamondsPlan(examples), workers);
                default -> throw new IllegalArgumentException("unknown benchmark '" + w + "'; choose iris, iris10 or diamonds");
            }
        }
    }

    static TunePlan irisPlan(Path examples, int folds) throws Exception {
        Path file = examples.resolve("iris.blocktune.json");
        Project p = ProjectFile.read(file);
        Map<String, Object> values = new LinkedHashMap<>(p.values());
        values.put("fit_epochs", 30);
        List<String> tuned = new ArrayList<>(p.tuned());
        tuned.remove("fit_epochs");
        ResamplingSettings r = p.resampling();
        p = p.withArguments(values, tuned).withResampling(new ResamplingSettings(r.trainProp(), r.stratify(),
                ResamplingSettings.Scheme.VFOLD, folds, 1, r.times(), r.validationProp()));
        return TunePlan.load(p, file);
    }

    static TunePlan diamondsPlan(Path examples) throws Exception {
        Path file = examples.resolve("diamonds.blocktune.json");
        Project p = ProjectFile.read(file);
        Map<String, Object> values = new LinkedHashMap<>(p.values());
        values.put("fit_epochs", 10);
        GridSettings g = p.grid();
        p = p.withArguments(values, p.tuned()).withGrid(new GridSettings(g.kind(), g.levels(), 16, g.seed(), g.bayesian()));
        LoadedData all = LoadedData.load(p.data());
        int[] rows = new SeededRandom(1).permutation(all.table().rowCount());
        int[] subset = java.util.Arrays.copyOf(rows, 8000);
        java.util.Arrays.sort(subset);
        Table t = all.table().rows(subset);
        return TunePlan.of(p, file, new LoadedData(t, null));
    }

    static void compare(PrintStream out, String title, TunePlan plan, int workers) throws IOException {
        TuneJob job = plan.job().withFolder(null);
        job = job.withControl(new TuneControl(workers, job.control().seed(), false));
        String metric = job.primaryMetric().metricName();
        out.println("== strategies: " + title + ", " + workers + " worker(s), metric " + metric);
        List<SearchStrategy> strategies = List.of(SearchStrategy.grid(), SearchStrategy.of(SearchStrategy.Kind.RACE_ANOVA),
                SearchStrategy.of(SearchStrategy.Kind.RACE_WIN_LOSS), SearchStrategy.of(SearchStrategy.Kind.HYPERBAND),
                SearchStrategy.grid().withPruning(SearchStrategy.MedianPruning.defaults()));
        List<String> names = List.of("full grid", "race (anova)", "race (win/loss)", "hyperband", "grid + median pruning");
        new TuneRunner().run(IrisJobs.job(BenchData.iris(), IrisJobs.units(2), 2,
                org.blocktune.core.resample.Resampling.vfold(150, 2, 1, null, 1), 1), null, null); // warm-up
        Row reference = null;
        out.printf(Locale.ROOT, "%-22s %9s %9s %8s %8s  %-9s %-22s %s%n", "strategy", "epochs", "of", "saved", "wall s",
                "best", metric + " (mean ± se)", "same best / within 2 %");
        for (int i = 0; i < strategies.size(); i++) {
            long start = System.nanoTime();
            TuneResults r = new TuneRunner().run(job, strategies.get(i), null, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            List<MetricSummary> best = r.showBest(metric, 1);
            Row row = new Row(names.get(i), r.computeUse(), seconds, best.isEmpty() ? null : best.get(0));
            if (i == 0) {
                reference = row;
            }
            String same = "";
            if (i > 0 && reference.best() != null && row.best() != null) {
                double rel = Math.abs(row.best().mean() - reference.best().mean()) / Math.abs(reference.best().mean());
                same = (row.best().candidateId().equals(reference.best().candidateId()) ? "same" : "other")
                        + String.format(Locale.ROOT, " / %.2f %% %s", 100 * rel, rel <= 0.02 ? "yes" : "NO");
            }
            out.printf(Locale.ROOT, "%-22s %,9d %,9d %7.1f%% %8.1f  %-9s %-22s %s%n", row.name(), row.compute().trained(),
                    row.compute().full(), 100 * row.compute().savedFraction(), row.seconds(),
                    row.best() == null ? "-" : row.best().candidateId(),
                    row.best() == null ? "-" : String.format(Locale.ROOT, "%.4g ± %.3g", row.best().mean(), row.best().stdErr()),
                    same);
            out.flush();
        }
    }
}

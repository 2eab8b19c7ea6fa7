package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.blocktune.core.fit.EpochMetrics;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.LastFit;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blocktune fit}: the last fit of the chosen candidate on all training rows, scored on the test rows. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Last fit: choose a candidate from the project's tune run, fit it on the whole training set, "
                + "score it on the test set and save the model (use it with 'blocktune predict').",
                "Without a tune run (or with --params defaults) the project's fixed values are fitted."})
final class FitCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Option(names = "--params", paramLabel = "CHOICE", defaultValue = "best",
            description = "best, one-std-err, defaults, or a candidate id such as cand_004 (default: ${DEFAULT-VALUE})")
    String params;

    @Option(names = "--metric", paramLabel = "NAME", description = "the metric to choose by (default: the project's first)")
    String metric;

    @Option(names = "--simplest", paramLabel = "ARG",
            description = "for one-std-err: the tuned argument whose smallest value is simplest (default: the first tuned one)")
    String simplest;

    @Option(names = "--model", paramLabel = "FILE", description = "where to save the model (default: <project>.model.zip beside the project)")
    Path model;

    @Mixin
    RunFolderOption runFolder;

    @Mixin
    OutputOptions output;

    @Mixin
    SetOption set;

    @Override
    public Integer call() {
        output.check();
        Path file = model != null ? model : defaultModelFile(project);
        FileChecks.writableFile(file, "model file", "choose where to save the model with --model FILE");
        TunePlan plan = ProjectInput.plan(project, ProjectInput.read(project, set, err()));
        TuneJob job = runFolder.apply(plan.job());
        Map<String, Object> values = chooseValues(job);
        err().println("fitting " + values + " on " + job.training().rowCount() + " training rows");
        ProgressBar bar = progress("fit");
        LastFit last;
        try (Interrupt ctrlC = interruptible()) {
            last = LastFit.run(job, values, plan.testing(), new EpochProgress(bar), ctrlC.token);
        } catch (FitFailure f) {
            bar.finish("failed");
            if (f.kind() == FitFailure.Kind.CANCELLED) return ExitCodes.CANCELLED;
            err().println("the fit failed: " + f.getMessage());
            err().flush();
            return ExitCodes.FAILED;
        }
        bar.finish(last.model().history().stopReason());
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            last.model().save(file);
        } catch (IOException e) {
            throw new UserError("could not save the model to " + file + ": " + e.getMessage(), e);
        }
        if (plan.testing() == null) {
            out().println("the project keeps no test set (training share 1.0), so there are no test metrics");
        } else {
            out().println("test set (" + plan.testing().rowCount() + " rows):");
            output.write(metricRows(last.testMetrics()), out());
        }
        out().println("model saved to " + file);
        out().flush();
        return ExitCodes.OK;
    }

    private Map<String, Object> chooseValues(TuneJob job) {
        if (params.equals("defaults") || job.space().isEmpty()) {
            return job.fixed();
        }
        TuneResults results;
        try {
            results = TuneResults.load(job.folder());
        } catch (IOException e) {
            throw new UserError("there is no finished tune run in " + job.folder() + " (" + e.getMessage()
                    + "); run 'blocktune tune " + project + "' first, or use --params defaults", e);
        }
        results.info().mismatchWith(job).ifPresent(d -> err().println("warning: the run in " + job.folder()
                + " was made with other settings than this project now has" + d + "; its choice is fitted anyway"));
        if (results.records().stream().noneMatch(r -> r.ok())) {
            throw new UserError("the tune run in " + job.folder() + " has no successful fit to choose from");
        }
        String m = metric != null ? metric : job.primaryMetric().metricName();
        if (!results.metricNames().contains(m)) {
            throw new UserError("the run measured " + results.metricNames() + ", not '" + m + "'");
        }
        Candidate chosen = switch (params) {
            case "best" -> results.selectBest(m);
            case "one-std-err" -> results.selectByOneStdErr(m, simplest != null ? simplest : job.parameterNames().get(0));
            default -> candidate(results, params);
        };
        err().println("chose " + chosen.id() + " (" + params + " by " + m + ")");
        return results.finalizedValues(chosen);
    }

    private static Candidate candidate(TuneResults results, String id) {
        try {
            return results.candidate(id);
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new UserError("'" + id + "' is neither best, one-std-err, defaults nor a candidate of the run", e);
        }
    }

    static Path defaultModelFile(Path projectFile) {
        Path abs = projectFile.toAbsolutePath();
        String name = abs.getFileName().toString().replaceFirst("(\\.blocktune)?\\.json$", "");
        return abs.resolveSibling(name + ".model.zip");
    }

    static Rows metricRows(Map<String, Double> metrics) {
        List<List<Object>> rows = new ArrayList<>();
        metrics.forEach((k, v) -> rows.add(List.of(k, v)));
        return new Rows(List.of("metric", "estimate"), rows);
    }

    /** Moves the bar once per epoch. */
    private static final class EpochProgress implements FitListener {
        private final ProgressBar bar;
        private volatile int epochs;

        EpochProgress(ProgressBar bar) {
            this.bar = bar;
        }

        @Override
        public void started(int epochs, int batches) {
            this.epochs = epochs;
            bar.update(0, epochs, null);
        }

        @Override
        public void epochFinished(EpochMetrics m) {
            bar.update(Math.min(m.epoch(), epochs), epochs, String.format(java.util.Locale.ROOT, "loss %.4f", m.get("loss")));
        }
    }
}

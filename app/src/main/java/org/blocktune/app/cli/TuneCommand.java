package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.blocktune.core.compile.DataChecks;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.FitKey;
import org.blocktune.core.tune.FitPlace;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.MetricSummary;
import org.blocktune.core.tune.ModelCandidateFitter;
import org.blocktune.core.tune.TuneControl;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneListener;
import org.blocktune.core.tune.TuneResults;
import org.blocktune.core.tune.TuneRunner;
import org.blocktune.core.tune.strategy.SearchStrategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blocktune tune}: fits every candidate on every resample and summarises the metrics. */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"Tune: fit every candidate on every resample of the training data, score it on the held-out "
                + "part, and print the best candidates. Every finished fit is written to the run folder at once; "
                + "Ctrl-C stops the run and --resume continues it. --strategy race|race_win_loss|hyperband spends "
                + "less compute (racing over resamples, Hyperband over epochs); --prune median stops poor fits early.",
                "Exit code 0 when at least one fit succeeded, 1 when all failed, 130 when interrupted."})
final class TuneCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Option(names = "--workers", paramLabel = "N", description = "fits at once (default: the project's setting; 0 = automatic)")
    Integer workers;

    @Option(names = "--resume", description = "continue the run in the run folder, skipping finished fits")
    boolean resume;

    @Option(names = "--fresh", description = "start over: delete the run folder's earlier run (its records) first")
    boolean fresh;

    @Option(names = "--retry-failed", description = "with --resume: fit the failed fits again")
    boolean retryFailed;

    @Mixin
    RunFolderOption runFolder;

    @Mixin
    SparkOption spark;

    @Option(names = "--best", paramLabel = "N", defaultValue = "5", description = "how many best candidates to print (default: ${DEFAULT-VALUE})")
    int best;

    @Option(names = "--all", description = "print the summary of every candidate and metric instead of the best ones")
    boolean all;

    @Mixin
    StrategyOptions strategyOptions;

    @Mixin
    OutputOptions output;

    @Mixin
    SetOption set;

    @Override
    public Integer call() {
        TuneChecks.options(commandSpec.commandLine(), workers, resume, fresh, retryFailed);
        output.check();
        TunePlan plan = ProjectInput.plan(project, ProjectInput.read(project, set, err()));
        TuneJob job = plan.job();
        if (workers != null) {
            TuneControl c = job.control();
            job = job.withControl(new TuneControl(workers, c.seed(), c.savePredictions()));
        }
        job = runFolder.apply(job);
        // a bad strategy option is refused before the run folder is checked (and made)
        SearchStrategy strategy = strategyOptions.apply(plan.project().strategy());
        TuneChecks.folder(job.folder(), resume, fresh, resumeCommand(), startCommand());
        List<String> data = DataChecks.of(job.training(), job.roles(), job.recipe(), job.resamples());
        if (!data.isEmpty()) {
            throw new UserError("the data is not ready; every fit would fail, whichever candidate:\n  - " + String.join("\n  - ", data)
                    + "\nFix the recipe or the data (the workbench's Data step shows the same checks), then run again");
        }
        FitPlace place = spark.place();
        err().println((resume ? "resuming" : "starting") + " a run of " + job.initialCandidates().size()
                + " candidate(s) × " + job.resamples().size() + " resample(s) with "
                + place.describe(job)
                + (strategy.isDefault() ? "" : ", strategy " + strategy.describe()) + "; records go to " + job.folder());
        // Ctrl-C cancels the run; the hook waits until the summary below is printed
        try (Interrupt ctrlC = interruptible()) {
            return runAndReport(job, place, strategy, ctrlC);
        }
    }

    private int runAndReport(TuneJob job, FitPlace place, SearchStrategy strategy, Interrupt ctrlC) {
        ProgressBar bar = progress("tune");
        Progress listener = new Progress(bar);
        TuneResults results;
        try {
            TuneRunner runner = new TuneRunner(new ModelCandidateFitter(), place);
            results = resume ? runner.resume(job, strategy, retryFailed, listener, ctrlC.token)
                    : runner.run(job, strategy, listener, ctrlC.token);
        } catch (IOException e) {
            throw new UserError("the run folder could not be used: " + e.getMessage(), e);
        } catch (org.blocktune.core.tune.RunLock.BusyException e) {
            throw new UserError(e.getMessage(), e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UserError(e.getMessage() + (resume ? "; on the command line, --fresh starts over in this folder" : ""), e);
        }
        int ok = (int) results.records().stream().filter(FitRecord::ok).count();
        bar.finish(ok + " fit(s) done, " + results.failures().size() + " failed" + (results.cancelled() ? ", interrupted" : ""));
        results.warnings().forEach(w -> err().println("warning: " + w));
        printFailures(results);
        if (!strategy.isDefault()) {
            StrategyReport.print(results, err());
        }
        if (ok > 0) {
            String metric = job.primaryMetric().metricName();
            List<MetricSummary> rows = all ? results.summary() : results.showBest(metric, best);
            if (!all) out().println("best " + rows.size() + " by " + metric + ":");
            output.write(summaryRows(rows, job.parameterNames()), out());
        }
        if (results.cancelled()) {
            err().println("interrupted; run '" + resumeCommand() + "' to finish the remaining fits");
            err().flush();
            return ExitCodes.CANCELLED;
        }
        return ok > 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** The command that continues this run: the same project, folder and --set options, with --resume. */
    String resumeCommand() {
        return startCommand() + " --resume";
    }

    private String startCommand() {
        return "blocktune tune " + Quoting.shell(project.toString())
                + (runFolder.folder == null ? "" : " --run-folder " + Quoting.shell(runFolder.folder.toString()))
                + set.asArguments();
    }

    private void printFailures(TuneResults results) {
        List<FitRecord> failed = results.failures();
        int shown = Math.min(5, failed.size());
        for (int i = 0; i < shown; i++) {
            FitRecord r = failed.get(i);
            err().println("failed: " + r.candidateId() + " " + r.splitId() + ": " + r.message());
        }
        if (failed.size() > shown) err().println("… and " + (failed.size() - shown) + " more failed fit(s)");
        err().flush();
    }

    static Rows summaryRows(List<MetricSummary> summaries, List<String> parameters) {
        List<String> cols = new ArrayList<>(List.of("candidate"));
        cols.addAll(parameters);
        cols.addAll(List.of("metric", "mean", "n", "std_err"));
        List<List<Object>> out = new ArrayList<>();
        for (MetricSummary s : summaries) {
            List<Object> r = new ArrayList<>();
            r.add(s.candidateId());
            for (String p : parameters) r.add(s.values().get(p));
            r.add(s.metric());
            r.add(s.mean());
            r.add(s.n());
            r.add(s.stdErr());
            out.add(r);
        }
        return new Rows(cols, out);
    }

    /** Moves the bar as fits end; thread-safe because the bar is. */
    private static final class Progress implements TuneListener {
        private final ProgressBar bar;
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;

        Progress(ProgressBar bar) {
            this.bar = bar;
        }

        @Override
        public void runStarted(int totalFits, int alreadyDone) {
            total = totalFits;
            done.set(alreadyDone);
            bar.update(alreadyDone, totalFits, alreadyDone > 0 ? alreadyDone + " already done" : null);
        }

        @Override
        public void fitStarted(FitKey fit) {
            bar.update(done.get(), total, fit.candidate().id() + " " + fit.splitId());
        }

        @Override
        public void fitFinished(FitRecord record) {
            bar.update(done.incrementAndGet(), total, null);
        }

        @Override
        public void fitFailed(FitRecord record) {
            bar.update(done.incrementAndGet(), total, record.candidateId() + " failed");
        }

        @Override
        public void fitPruned(FitRecord record) {
            bar.update(done.incrementAndGet(), total, record.candidateId() + " pruned");
        }

        @Override
        public void fitEliminated(FitRecord record) {
            bar.update(done.incrementAndGet(), total, record.candidateId() + " eliminated");
        }
    }
}

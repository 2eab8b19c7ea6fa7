package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.blocktune.core.io.Project;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.MetricSummary;
import org.blocktune.core.tune.RunFolder;
import org.blocktune.core.tune.TuneResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blocktune results}: the summary, best and one-std-err choice of a finished or interrupted run, without fitting. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = {"Show a tune run's results without fitting anything: the best candidates by the first metric "
                + "(or --metric), or with --all the summary of every candidate and metric, then the best candidate and "
                + "the one chosen by the one-standard-error rule. Works on a finished or an interrupted run.",
                "Exit code 0 when the run has a successful fit, 1 when it has none, 3 when there is no run."})
final class ResultsCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT|RUN_FOLDER", description = "a project file (its run folder is read) or a run folder")
    Path target;

    @Mixin
    RunFolderOption runFolder;

    @Option(names = "--metric", paramLabel = "NAME", description = "the metric to rank by (default: the run's first)")
    String metric;

    @Option(names = "--best", paramLabel = "N", defaultValue = "5", description = "how many best candidates to print (default: ${DEFAULT-VALUE})")
    int best;

    @Option(names = "--all", description = "print the summary of every candidate and metric")
    boolean all;

    @Option(names = "--simplest", paramLabel = "ARG",
            description = "for one-std-err: the tuned argument whose smallest value is simplest (default: the first tuned one)")
    String simplest;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.check();
        Path folder = folder();
        if (!RunFolder.holdsRun(folder)) {
            throw new UserError("there is no tune run in " + folder.toAbsolutePath() + " (no " + RunFolder.RUN_FILE
                    + "); run 'blocktune tune " + (Files.isDirectory(target) ? "<project>" : Quoting.shell(target.toString()))
                    + "' first, or give the run's folder");
        }
        TuneResults results;
        try {
            results = TuneResults.load(folder);
        } catch (IOException e) {
            throw new UserError("could not read the run in " + folder + ": " + e.getMessage(), e);
        }
        results.warnings().forEach(w -> err().println("warning: " + w));
        int total = results.candidates().size() * results.info().splitIds().size();
        long ok = results.records().stream().filter(FitRecord::ok).count();
        out().println("run " + folder.toAbsolutePath() + " (spec " + results.info().specName() + "): " + results.records().size()
                + " of " + total + " fit(s) recorded, " + ok + " ok, " + results.failures().size() + " failed"
                + (results.records().size() < total ? " — unfinished; 'blocktune tune … --resume' finishes it" : ""));
        if (ok == 0) {
            out().flush();
            err().println("no fit of this run succeeded, so there are no results to show");
            err().flush();
            return ExitCodes.FAILED;
        }
        String m = metric != null ? metric : results.info().metricNames().get(0);
        if (!results.metricNames().contains(m)) {
            throw new UserError("the run measured " + results.metricNames() + ", not '" + m + "'");
        }
        List<String> params = results.info().parameterNames();
        List<MetricSummary> rows = all ? results.summary() : results.showBest(m, best);
        if (!all) out().println("best " + rows.size() + " by " + m + ":");
        output.write(TuneCommand.summaryRows(rows, params), out());
        Candidate bestCandidate = results.selectBest(m);
        out().println("best: " + bestCandidate.id() + " " + bestCandidate.values());
        if (!params.isEmpty()) {
            String by = simplest != null ? simplest : params.get(0);
            if (!params.contains(by)) throw new UserError("--simplest: '" + by + "' is not tuned in this run; tuned are " + params);
            Candidate simple = results.selectByOneStdErr(m, by);
            out().println("one-std-err (simplest by " + by + "): " + simple.id() + " " + simple.values());
        }
        out().flush();
        return ExitCodes.OK;
    }

    private Path folder() {
        if (runFolder.folder != null) return runFolder.folder;
        if (Files.isDirectory(target)) return target;
        Project p = ProjectInput.read(target);
        return p.runFolder() != null ? p.runFolder() : TunePlan.defaultRunFolder(target);
    }
}

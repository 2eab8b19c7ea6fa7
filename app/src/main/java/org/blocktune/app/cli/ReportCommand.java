package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.blocktune.app.report.HtmlReport;
import org.blocktune.app.report.ReportInput;
import org.blocktune.core.fit.DataShapes;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.fit.FitListener;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.FitRecord;
import org.blocktune.core.tune.LastFit;
import org.blocktune.core.tune.RunFolder;
import org.blocktune.core.tune.TuneResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blocktune report}: one self-contained HTML file with the model, search space, results, charts and test metrics. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML file (images embedded, nothing else needed to open it) with the "
                + "model diagram, the search space, the best candidates of the tune run, the metric-by-parameter chart, "
                + "the best candidate's training history, failed fits with their explanation, and — with --final-fit (else the final model saved with the project, if any) — "
                + "the test metrics of the best candidate fitted on the whole training set. Needs no display.",
                "Exit code 0 when written, 2 for a wrong command line, 3 when the project or folder cannot be used."})
final class ReportCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Mixin
    RunFolderOption runFolder;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "the HTML file to write (default: <project name>-report.html beside the project)")
    Path output;

    @Option(names = "--metric", paramLabel = "NAME", description = "the metric to rank by (default: the run's first)")
    String metric;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "how many candidates the results table lists (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--final-fit", description = "fit the best candidate on the whole training set and report its test metrics")
    boolean finalFit;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true"); // charts are drawn with Java2D, never on a screen
        if (top < 1) throw new UserError("--top must be 1 or more, got " + top);
        String stem = project.toAbsolutePath().getFileName().toString().replaceFirst("(\\.blocktune)?\\.json$", "");
        Path file = output != null ? output : project.toAbsolutePath().resolveSibling(stem + "-report.html");
        FileChecks.writableFile(file, "report file", "choose another with -o FILE");
        Project p = ProjectInput.read(project);
        TunePlan plan = null;
        try {
            plan = TunePlan.load(p, project);
        } catch (IOException | RuntimeException e) {
            if (finalFit) throw new UserError("--final-fit needs the project's data: " + e.getMessage(), e);
            err().println("warning: the project's data could not be loaded (" + e.getMessage()
                    + "); the diagram shows no shapes or parameter counts");
        }
        DataShape shape = null;
        if (plan != null) {
            try {
                List<DataShape> readings = DataShapes.readings(plan.training(), plan.job().roles(), plan.job().recipe(),
                        p.spec());
                shape = readings.isEmpty() ? null : readings.get(0);
            } catch (RuntimeException e) {
                err().println("warning: the recipe does not fit the data (" + e.getMessage() + "); the diagram shows no shapes");
            }
        }
        Path folder = runFolder.folder != null ? runFolder.folder
                : p.runFolder() != null ? p.runFolder() : TunePlan.defaultRunFolder(project);
        TuneResults results = null;
        if (RunFolder.holdsRun(folder)) {
            try {
                results = TuneResults.load(folder);
                results.warnings().forEach(w -> err().println("warning: " + w));
            } catch (IOException e) {
                throw new UserError("could not read the run in " + folder + ": " + e.getMessage(), e);
            }
        } else {
            err().println("note: there is no tune run in " + folder.toAbsolutePath() + "; the report has no results");
        }
        if (results != null && metric != null && !results.metricNames().contains(metric)) {
            throw new UserError("the run measured " + results.metricNames() + ", not '" + metric + "'");
        }
        ReportInput.FinalFit last = finalFit ? finalFit(plan, results) : kept(p, plan);
        ReportInput in = new ReportInput(p.spec(), p.values(), p.tuned(), p.space(), p.grid(), shape, dataName(p),
                results, metric, top, last);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, HtmlReport.of(in), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("could not write the report to " + file + ": " + e.getMessage(), e);
        }
        out().println("report written to " + file);
        out().flush();
        return ExitCodes.OK;
    }

    /** The test metrics of the final model saved with the project (format 5), if it has one with metrics. */
    private static ReportInput.FinalFit kept(Project p, TunePlan plan) {
        if (p.finalModel() == null || p.finalModel().testMetrics().isEmpty()) {
            return null;
        }
        int rows = plan == null || plan.testing() == null ? 0 : plan.testing().rowCount();
        return new ReportInput.FinalFit(p.finalModel().candidate(), p.finalModel().testMetrics(), rows);
    }

    private ReportInput.FinalFit finalFit(TunePlan plan, TuneResults results) {
        if (results == null || results.records().stream().noneMatch(FitRecord::ok)) {
            throw new UserError("--final-fit needs a tune run with a successful fit; run 'blocktune tune " + project + "' first");
        }
        String m = metric != null ? metric : results.info().metricNames().get(0);
        Candidate best = results.selectBest(m);
        err().println("final fit of " + best.id() + " on " + plan.training().rowCount() + " training rows");
        try (Interrupt ctrlC = interruptible()) {
            LastFit fit = LastFit.run(runFolder.apply(plan.job()), results.finalizedValues(best), plan.testing(),
                    FitListener.NONE, ctrlC.token);
            return new ReportInput.FinalFit(best.id(), fit.testMetrics(), plan.testing() == null ? 0 : plan.testing().rowCount());
        } catch (FitFailure f) {
            throw new UserError("the final fit of " + best.id() + " failed: " + f.getMessage(), f);
        }
    }

    private static String dataName(Project p) {
        if (p.data() == null) return null;
        DataSource s = p.data().source();
        String name = s instanceof DataSource.CsvFile c ? String.valueOf(c.file().getFileName())
                : s instanceof DataSource.Shipped sh ? sh.name() : String.valueOf(s);
        List<String> outcomes = p.data().roles() == null ? List.of() : p.data().roles().outcomes();
        return name + (outcomes.isEmpty() ? "" : ", predicting " + String.join(", ", outcomes));
    }
}

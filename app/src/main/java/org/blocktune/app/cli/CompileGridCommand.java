package org.blocktune.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.blocktune.core.compile.CompileGrid;
import org.blocktune.core.compile.DataChecks;
import org.blocktune.core.compile.CompileGridResult;
import org.blocktune.core.compile.CompiledRow;
import org.blocktune.core.fit.DataShapes;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.spec.DataShape;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.TuneJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blocktune compile-grid}: the dry run of every candidate, without training. */
@Command(name = "compile-grid", mixinStandardHelpOptions = true,
        description = {"Dry run: build every candidate of the project's grid against the data's shapes, without "
                + "training, and report per candidate whether it compiles, its parameter count or its error.",
                "Exit code 0 when at least one candidate compiles, 1 when none does."})
final class CompileGridCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Mixin
    OutputOptions output;

    @Option(names = "--summary", paramLabel = "ID",
            description = "also print the layer summary of candidate ID (e.g. cand_003)")
    String summaryOf;

    @Mixin
    SetOption set;

    @Override
    public Integer call() {
        output.check();
        TunePlan plan = ProjectInput.plan(project, ProjectInput.read(project, set, err()));
        TuneJob job = plan.job();
        List<Candidate> candidates = job.initialCandidates();
        List<Map<String, Object>> rows = candidates.stream().map(Candidate::values).toList();
        List<DataShape> readings = readings(job);
        ProgressBar bar = progress("dry run");
        CompileGridResult result;
        try (Interrupt ctrlC = interruptible()) {
            result = CompileGrid.run(job.spec(), job.fixed(), rows, readings.get(0), job.control().seed(),
                    (row, done, total) -> bar.update(done, total, null), ctrlC.token);
            if (readings.size() > 1 && result.validRows().isEmpty() && !result.cancelled()) {
                result = CompileGrid.run(job.spec(), job.fixed(), rows, readings.get(1), job.control().seed(),
                        null, ctrlC.token);
            }
        }
        bar.finish(result.headline());
        output.write(table(candidates, job.parameterNames(), result), out());
        out().flush();
        for (CompiledRow row : result.rows()) {
            if (!row.ok()) continue;
            row.problems().stream().filter(p -> !p.isError()).forEach(p ->
                    err().println("warning: " + candidates.get(row.index()).id() + ": " + p.message()));
        }
        List<String> data = DataChecks.of(job.training(), job.roles(), job.recipe(), job.resamples());
        if (!data.isEmpty()) {
            err().println("data check: every fit would fail, whichever candidate, until this is fixed:");
            data.forEach(p -> err().println("  - " + p));
            err().flush();
            return result.cancelled() ? ExitCodes.CANCELLED : ExitCodes.FAILED;
        }
        if (summaryOf != null) printSummary(candidates, result);
        if (result.cancelled()) return ExitCodes.CANCELLED;
        return result.validRows().isEmpty() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static List<DataShape> readings(TuneJob job) {
        try {
            return DataShapes.readings(job.training(), job.roles(), job.recipe(), job.spec());
        } catch (IllegalArgumentException e) {
            throw new UserError("the recipe or roles do not fit the data: " + e.getMessage(), e);
        }
    }

    static Rows table(List<Candidate> candidates, List<String> parameters, CompileGridResult result) {
        List<String> cols = new ArrayList<>(List.of("candidate", "status"));
        cols.addAll(parameters);
        cols.addAll(List.of("params", "error"));
        List<List<Object>> out = new ArrayList<>();
        for (CompiledRow row : result.rows()) {
            List<Object> r = new ArrayList<>();
            r.add(candidates.get(row.index()).id());
            r.add(row.ok() ? "ok" : "error");
            for (String p : parameters) r.add(row.values().get(p));
            r.add(row.ok() ? row.paramCount() : null);
            r.add(row.ok() ? null : row.error());
            out.add(r);
        }
        return new Rows(cols, out);
    }

    private void printSummary(List<Candidate> candidates, CompileGridResult result) {
        for (CompiledRow row : result.rows()) {
            if (candidates.get(row.index()).id().equals(summaryOf)) {
                out().println();
                out().println(row.ok() ? row.summary().render() : summaryOf + " does not compile: " + row.error());
                out().flush();
                return;
            }
        }
        throw new UserError("there is no candidate '" + summaryOf + "'; candidates are cand_001 … "
                + candidates.get(candidates.size() - 1).id());
    }
}

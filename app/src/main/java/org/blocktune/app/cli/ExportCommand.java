package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.blocktune.core.exchange.CodeExport;
import org.blocktune.core.exchange.ExportInput;
import org.blocktune.core.io.Project;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.Candidate;
import org.blocktune.core.tune.RunFolder;
import org.blocktune.core.tune.TuneJob;
import org.blocktune.core.tune.TuneResults;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blocktune export}: the project's model as Java (DL4J), Python (Keras, Keras Tuner) or R (kerasnip) code. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the project's model with chosen values as code: --to java (a standalone DL4J program that "
                + "trains the same network on the same data), python (Keras functional API, with a Keras Tuner "
                + "build_model(hp) over the project's ranges) or r (kerasnip + tidymodels: blocks, spec, recipe, resamples, "
                + "grid and tune_grid). Java and Python get the training rows after the recipe as a CSV file beside them.",
                "Exit code 0 when written, 2 for a wrong command line, 3 when the project, data or folder cannot be used."})
final class ExportCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Option(names = "--to", required = true, paramLabel = "LANGUAGE", description = "java, python or r")
    String to;

    @Option(names = "--params", paramLabel = "CHOICE",
            description = "fixed (the project's values), best, one-std-err or a candidate id (default: best when the "
                    + "project has a tune run, else fixed)")
    String params;

    @Option(names = "--metric", paramLabel = "NAME", description = "the metric for best/one-std-err (default: the run's first)")
    String metric;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "the folder to write into (default: <project name>-<language> beside the project)")
    Path output;

    @Mixin
    RunFolderOption runFolder;

    @Mixin
    SetOption set;

    @Override
    public Integer call() {
        CodeExport.Language language;
        try {
            language = CodeExport.Language.byName(to);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandSpec.commandLine(), "--to: " + e.getMessage());
        }
        String stem = project.toAbsolutePath().getFileName().toString().replaceFirst("(\\.blocktune)?\\.json$", "");
        Path dir = output != null ? output : project.toAbsolutePath().resolveSibling(stem + "-" + CodeExport.id(language));
        FileChecks.writableFolder(dir, "export folder", "choose another with -o DIR");
        Project p = ProjectInput.read(project, set, err());
        TunePlan plan = ProjectInput.plan(project, p);
        TuneJob job = runFolder.apply(plan.job());
        String choice = params != null ? params : (RunFolder.holdsRun(job.folder()) && !job.space().isEmpty() ? "best" : "fixed");
        Map<String, Object> values;
        String label;
        if (choice.equals("fixed")) {
            values = job.fixed();
            label = "the project's fixed values (tuned arguments at their defaults)";
        } else {
            TuneResults results = results(job);
            String m = metric != null ? metric : results.info().metricNames().get(0);
            Candidate c = switch (choice) {
                case "best" -> results.selectBest(m);
                case "one-std-err" -> results.selectByOneStdErr(m, job.parameterNames().get(0));
                default -> candidate(results, choice);
            };
            values = results.finalizedValues(c);
            label = "candidate " + c.id() + " (" + (choice.startsWith("cand_") ? "chosen by id" : choice + " by " + m) + ")";
        }
        ExportInput in;
        List<Path> files;
        try {
            in = ExportInput.of(p, stem, label, values, job.space(), job.training());
            List<Map<String, Object>> candidates = job.initialCandidates().stream().map(Candidate::values).toList();
            files = CodeExport.write(language, in, dir, candidates);
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot export to " + CodeExport.id(language) + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UserError("could not write to " + dir + ": " + FileChecks.reason(e), e);
        }
        out().println("exported " + in.resolution().network().totalParams() + " parameter(s) with " + label + ":");
        files.forEach(f -> out().println("  " + f));
        out().flush();
        return ExitCodes.OK;
    }

    private TuneResults results(TuneJob job) {
        if (!RunFolder.holdsRun(job.folder())) {
            throw new UserError("there is no tune run in " + job.folder() + " to choose '" + params + "' from; run 'blocktune tune "
                    + Quoting.shell(project.toString()) + "' first, or use --params fixed");
        }
        try {
            TuneResults r = TuneResults.load(job.folder());
            if (r.records().stream().noneMatch(x -> x.ok())) {
                throw new UserError("the tune run in " + job.folder() + " has no successful fit to choose from; use --params fixed");
            }
            return r;
        } catch (IOException e) {
            throw new UserError("could not read the run in " + job.folder() + ": " + e.getMessage(), e);
        }
    }

    private static Candidate candidate(TuneResults results, String id) {
        try {
            return results.candidate(id);
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new UserError("'" + id + "' is neither fixed, best, one-std-err nor a candidate of the run", e);
        }
    }
}

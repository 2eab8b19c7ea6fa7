package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.blocktune.core.data.CsvImport;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.CsvSniffer;
import org.blocktune.core.data.DataLoadException;
import org.blocktune.core.data.Task;
import org.blocktune.core.io.DataSource;
import org.blocktune.core.io.Project;
import org.blocktune.core.io.ProjectFile;
import org.blocktune.core.project.LoadedData;
import org.blocktune.core.project.ProjectStarter;
import org.blocktune.core.project.ShippedData;
import org.blocktune.core.space.ParameterSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blocktune init}: a working project from a CSV file and an outcome column. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Make a project from a CSV file (or a shipped data set: iris, diamonds, attrition, fashion-mnist): "
                + "the outcome column you name, every other column except identifiers as predictors, a recipe that "
                + "suits the columns, a network template whose hidden units and learning rate are tuned, a 75 % "
                + "training split and 5-fold cross-validation. 'compile-grid' and 'tune' take the project as it is.",
                "Exit code 0 when the project was written, 2 for a wrong command line, 3 when the data cannot be used."})
final class InitCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATA", description = "a CSV file, or the name of a shipped data set")
    String data;

    @Option(names = "--outcome", required = true, paramLabel = "COLUMN", description = "the column to predict")
    String outcome;

    @Option(names = "--task", paramLabel = "TASK",
            description = "classification or regression (default: from the outcome's values: numbers → regression)")
    String task;

    @Option(names = "--template", paramLabel = "NAME", defaultValue = "mlp",
            description = "the network: mlp (one dense layer) or deep-mlp (1-3 dense + dropout layers); default ${DEFAULT-VALUE}")
    String template;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "the project file to write (default: <data name>.blocktune.json beside the CSV, or in the current folder)")
    Path output;

    @Option(names = "--force", description = "overwrite an existing project file")
    boolean force;

    @Mixin
    SetOption set;

    @Override
    public Integer call() {
        Task chosenTask = parseTask();
        ProjectStarter.Template tpl;
        try {
            tpl = ProjectStarter.Template.byId(template);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(commandSpec.commandLine(), "--template: " + e.getMessage());
        }
        Path csv = Path.of(data);
        boolean shipped = !Files.exists(csv) && ShippedData.NAMES.contains(data.toLowerCase(Locale.ROOT));
        Path file = output != null ? output : defaultOutput(csv, shipped);
        if (Files.exists(file) && !force) {
            throw new UserError("the project file " + file + " already exists; choose another with -o FILE, or add --force to overwrite it");
        }
        FileChecks.writableFile(file, "project file", "choose another place with -o FILE");
        DataSource source;
        LoadedData loaded;
        List<String> ids = List.of();
        if (shipped) {
            source = new DataSource.Shipped(data.toLowerCase(Locale.ROOT));
            try {
                loaded = ShippedData.load(data);
            } catch (IOException e) {
                throw new UserError("could not load the shipped data set '" + data + "': " + e.getMessage(), e);
            }
        } else {
            if (!Files.isRegularFile(csv)) {
                throw new UserError("there is no file " + csv.toAbsolutePath() + "; give a CSV file or one of the shipped data sets "
                        + ShippedData.NAMES);
            }
            CsvOptions options = sniff(csv);
            try {
                CsvImport imp = CsvReader.load(csv, options);
                loaded = new LoadedData(imp.table(), null);
                ids = imp.idColumns();
                imp.notices().forEach(n -> err().println("note: " + n));
            } catch (DataLoadException e) {
                throw new UserError(e.getMessage(), e);
            } catch (IOException e) {
                throw new UserError("could not read " + csv + ": " + e.getMessage(), e);
            }
            source = new DataSource.CsvFile(csv.toAbsolutePath().normalize(), options);
        }
        ProjectStarter.Started started;
        try {
            started = ProjectStarter.start(source, loaded.table(), ids, outcome, chosenTask, tpl);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        Project project = set.apply(started.project(), err());
        try {
            ProjectFile.write(project, file);
        } catch (IOException e) {
            throw new UserError("could not write " + file + ": " + FileChecks.reason(e), e);
        }
        started.notes().forEach(n -> err().println("note: " + n));
        out().println("wrote " + file + ": " + started.task().name().toLowerCase(Locale.ROOT) + " of '" + outcome + "' from "
                + project.data().roles().predictors().size() + " predictor(s), " + loaded.table().rowCount() + " rows; template "
                + tpl.id() + ", tuned " + describe(project.space()));
        out().println("next: blocktune compile-grid " + Quoting.shell(file.toString()) + "   (dry run), then blocktune tune "
                + Quoting.shell(file.toString()));
        out().flush();
        return ExitCodes.OK;
    }

    private Task parseTask() {
        if (task == null) return null;
        return switch (task.trim().toLowerCase(Locale.ROOT)) {
            case "classification" -> Task.CLASSIFICATION;
            case "regression" -> Task.REGRESSION;
            default -> throw new picocli.CommandLine.ParameterException(commandSpec.commandLine(),
                    "--task must be classification or regression, not '" + task + "'");
        };
    }

    private static String describe(ParameterSet space) {
        StringBuilder b = new StringBuilder();
        for (String n : space.names()) {
            if (b.length() > 0) b.append(", ");
            b.append(n).append(' ').append(org.blocktune.core.project.ArgumentOverrides.describe(space.domain(n)));
        }
        return b.toString();
    }

    private static CsvOptions sniff(Path csv) {
        try {
            byte[] head = new byte[(int) Math.min(Files.size(csv), 64 * 1024)];
            try (var in = Files.newInputStream(csv)) {
                int n = in.readNBytes(head, 0, head.length);
                return CsvSniffer.guess(new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8), CsvOptions.defaults());
            }
        } catch (IOException e) {
            throw new UserError("could not read " + csv + ": " + e.getMessage(), e);
        }
    }

    static Path defaultOutput(Path csv, boolean shipped) {
        if (shipped) return Path.of(csv.getFileName() + ".blocktune.json");
        String stem = csv.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return csv.resolveSibling(stem + ".blocktune.json");
    }
}

package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.blocktune.core.data.CsvImport;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.CsvSniffer;
import org.blocktune.core.data.DataLoadException;
import org.blocktune.core.data.Table;
import org.blocktune.core.fit.FittedModel;
import org.blocktune.core.fit.NewDataPrediction;
import org.blocktune.core.io.DataRef;
import org.blocktune.core.io.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blocktune predict}: predictions of a saved model for the rows of a CSV file. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Predict with a model saved by 'blocktune fit' (or the workbench): .pred_class and one "
                + ".pred_<level> probability column per class for classification, .pred for regression; with several "
                + "outputs .pred_<output>, .pred_class_<output> and .pred_<output>_<level> (kerasnip's names); a "
                + "multistep (vector) outcome gives one row per input row and step: .row, .step, .pred (or "
                + ".pred_<variable>).",
                "When the CSV also holds the outcome column, the model's metrics on it are printed too."})
final class PredictCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "the model file")
    Path modelFile;

    @Parameters(index = "1", paramLabel = "CSV", description = "rows to predict, with the predictor columns used in training")
    Path csv;

    @Option(names = "--project", paramLabel = "PROJECT",
            description = "read the CSV with this project's import options (delimiter, decimal mark, missing-value tokens, "
                    + "column types, …), as the data the model was trained on")
    Path project;

    @Option(names = "--keep", paramLabel = "COLUMN", split = ",",
            description = "input columns to copy next to the predictions (e.g. an id column)")
    List<String> keep = List.of();

    @Option(names = "--wide", description = "a multistep outcome as one row per input row, one .pred_<column> per step")
    boolean wide;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        FittedModel model;
        try {
            model = FittedModel.load(modelFile);
        } catch (IOException e) {
            throw new UserError("could not open the model " + modelFile + ": " + e.getMessage(), e);
        }
        CsvOptions options = importOptions();
        Table data;
        try {
            CsvImport in = CsvReader.load(csv, options);
            data = in.table();
            in.notices().forEach(n -> err().println("note: " + n));
        } catch (DataLoadException e) {
            throw new UserError(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new UserError("there is no file " + csv.toAbsolutePath() + "; check the name and folder", e);
        } catch (IOException e) {
            throw new UserError("could not read " + csv + ": " + e.getMessage(), e);
        }
        if (data.rowCount() == 0) {
            throw new UserError(csv + " has a header but no data rows; there is nothing to predict");
        }
        for (String k : keep) {
            if (!data.has(k)) throw new UserError("--keep: the CSV has no column '" + k + "'; it has " + data.names());
        }
        List<String> missing = NewDataPrediction.missingPredictors(model, data);
        if (!missing.isEmpty()) {
            throw new UserError(csv + " lacks the predictor column(s) " + missing + " that the model was trained with; it has "
                    + data.names());
        }
        model.unseenLevels(data).forEach(u -> err().println("note: " + u));
        Table predictions;
        try {
            predictions = NewDataPrediction.predict(model, data, null, null);
        } catch (IllegalArgumentException e) {
            throw new UserError("the CSV does not fit the model: " + e.getMessage(), e);
        }
        var outs = model.outputs();
        boolean steps = !wide && outs.size() == 1 && !outs.get(0).classification() && outs.get(0).width() > 1;
        if (steps) {
            Table longForm = model.predictSteps(data);
            int[] rowOf = new int[longForm.rowCount()];
            for (int i = 0; i < rowOf.length; i++) {
                rowOf[i] = (int) longForm.numeric(".row").get(i) - 1;
            }
            output.write(rows(data.select(keep).rows(rowOf), longForm), out());
        } else {
            output.write(rows(data.select(keep), predictions), out());
        }
        out().flush();
        reportUnpredicted(predictions);
        Map<String, Double> metrics = NewDataPrediction.metricsWhenObserved(model, data);
        if (!metrics.isEmpty()) {
            err().println("metrics on these " + data.rowCount() + " rows:");
            err().print(OutputFormat.TABLE.render(FitCommand.metricRows(metrics)));
            err().flush();
        }
        return ExitCodes.OK;
    }

    /** The import options of {@code --project} (without its required columns: new data may lack the outcome), else the defaults. */
    private CsvOptions importOptions() {
        if (project == null) return guessed();
        DataRef ref = ProjectInput.read(project).data();
        if (ref != null && ref.source() instanceof DataSource.CsvFile f) return f.options().requiring();
        return CsvOptions.defaults();
    }

    /** Without a project: the defaults, with the delimiter and decimal mark the file's first lines suggest. */
    private CsvOptions guessed() {
        CsvOptions d = CsvOptions.defaults();
        byte[] head;
        try (var in = java.nio.file.Files.newInputStream(csv)) {
            head = in.readNBytes(1 << 16);
        } catch (IOException e) {
            return d; // reading the file itself reports the problem
        }
        CsvOptions g = CsvSniffer.guess(new String(head, java.nio.charset.StandardCharsets.UTF_8), d);
        if (g.delimiter() != d.delimiter() || g.decimalMark() != d.decimalMark()) {
            err().println("note: " + csv.getFileName() + " looks " + CsvSniffer.name(g.delimiter()) + "-separated"
                    + (g.decimalMark() == ',' ? " with decimal commas" : "") + "; read so (--project PROJECT reads it with the"
                    + " project's import options instead)");
        }
        return g;
    }

    /** Rows the model's recipe dropped (missing values, filters) have no prediction: say which, never lose them silently. */
    private void reportUnpredicted(Table predictions) {
        NewDataPrediction.unpredicted(predictions).ifPresent(n -> {
            err().println("note: " + n);
            err().flush();
        });
    }

    /** The kept columns then the prediction columns, as rows. */
    static Rows rows(Table kept, Table predictions) {
        return Rows.ofTables(kept, predictions);
    }
}

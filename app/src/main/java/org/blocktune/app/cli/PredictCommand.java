package org.blocktune.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.blocktune.core.data.CategoricalColumn;
import org.blocktune.core.data.Column;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.DataLoadException;
import org.blocktune.core.data.NumericColumn;
import org.blocktune.core.data.Table;
import org.blocktune.core.fit.FittedModel;
import org.blocktune.core.metrics.Metric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code blocktune predict}: predictions of a saved model for the rows of a CSV file. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Predict with a model saved by 'blocktune fit' (or the workbench): .pred_class and one "
                + ".pred_<level> probability column per class for classification, .pred for regression.",
                "When the CSV also holds the outcome column, the model's metrics on it are printed too."})
final class PredictCommand extends CommandBase implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "the model file")
    Path modelFile;

    @Parameters(index = "1", paramLabel = "CSV", description = "rows to predict, with the predictor columns used in training")
    Path csv;

    @Option(names = "--keep", paramLabel = "COLUMN", split = ",",
            description = "input columns to copy next to the predictions (e.g. an id column)")
    List<String> keep = List.of();

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
        Table data;
        try {
            data = CsvReader.read(csv);
        } catch (DataLoadException e) {
            throw new UserError(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserError("could not read " + csv + ": " + e.getMessage(), e);
        }
        for (String k : keep) {
            if (!data.has(k)) throw new UserError("--keep: the CSV has no column '" + k + "'; it has " + data.names());
        }
        List<String> missing = model.request().roles().predictors().stream().filter(c -> !data.has(c)).toList();
        if (!missing.isEmpty()) {
            throw new UserError(csv + " lacks the predictor column(s) " + missing + " that the model was trained with; it has "
                    + data.names());
        }
        Table predictions;
        try {
            predictions = model.predict(data);
        } catch (IllegalArgumentException e) {
            throw new UserError("the CSV does not fit the model: " + e.getMessage(), e);
        }
        output.write(rows(data.select(keep), predictions), out());
        List<String> outcomes = model.request().roles().outcomes();
        if (outcomes.stream().allMatch(data::has)) {
            Map<String, Double> metrics = model.evaluate(data, Metric.defaults(model.task()));
            err().println("metrics on these " + data.rowCount() + " rows:");
            err().print(OutputFormat.TABLE.render(FitCommand.metricRows(metrics)));
            err().flush();
        }
        return ExitCodes.OK;
    }

    /** The kept columns then the prediction columns, as rows. */
    static Rows rows(Table kept, Table predictions) {
        List<Column> columns = new ArrayList<>(kept.columns());
        columns.addAll(predictions.columns());
        List<String> names = columns.stream().map(Column::name).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < predictions.rowCount(); i++) {
            List<Object> r = new ArrayList<>();
            for (Column c : columns) r.add(cell(c, i));
            rows.add(r);
        }
        return new Rows(names, rows);
    }

    private static Object cell(Column c, int row) {
        if (c instanceof NumericColumn n) return n.isMissing(row) ? null : n.get(row);
        if (c instanceof CategoricalColumn k) return k.get(row);
        return "[tensor]";
    }
}

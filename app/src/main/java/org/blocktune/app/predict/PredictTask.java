package org.blocktune.app.predict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.concurrent.Task;
import org.blocktune.core.data.CsvImport;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.data.CsvReader;
import org.blocktune.core.data.CsvSniffer;
import org.blocktune.core.data.DataLoadException;
import org.blocktune.core.data.Table;
import org.blocktune.core.fit.FittedModel;
import org.blocktune.core.fit.NewDataPrediction;
import org.blocktune.core.task.CancellationToken;

/**
 * Reads a CSV of new rows and predicts them with a model, off the FX thread ({@link NewDataPrediction},
 * as {@code blocktune predict} does): progress per slice of rows, {@link #stop} cancels between slices.
 * Fails with a {@link PredictProblem} whose message says what is wrong and how to fix it (no such file,
 * a predictor column the CSV lacks, rows that do not fit the model).
 */
final class PredictTask extends Task<Predictions> {
    private final FittedModel model;
    private final Path csv;
    private final CsvOptions projectOptions;
    private final CancellationToken token = new CancellationToken();

    /**
     * @param projectOptions the Data step's import options (read the same way as the training data), or null to
     *                       guess the delimiter and decimal mark from the file
     */
    PredictTask(FittedModel model, Path csv, CsvOptions projectOptions) {
        this.model = model;
        this.csv = csv;
        this.projectOptions = projectOptions;
    }

    /** Asks the prediction to stop after the slice of rows it is on. */
    void stop() {
        token.cancel();
        updateMessage("Cancelling…");
    }

    @Override
    protected Predictions call() throws Exception {
        updateProgress(-1, 1);
        updateMessage("Reading " + csv.getFileName() + "…");
        List<String> notes = new ArrayList<>();
        CsvOptions options = options(notes);
        Table data;
        try {
            CsvImport in = CsvReader.load(csv, options);
            data = in.table();
            notes.addAll(in.notices());
        } catch (NoSuchFileException e) {
            throw new PredictProblem("There is no file " + csv.toAbsolutePath() + "; check the name and folder.");
        } catch (DataLoadException e) {
            throw new PredictProblem("Could not read " + csv.getFileName() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new PredictProblem("Could not read " + csv.getFileName() + ": " + e.getMessage());
        }
        if (data.rowCount() == 0) {
            throw new PredictProblem(csv.getFileName() + " has a header but no data rows; there is nothing to predict.");
        }
        List<String> missing = NewDataPrediction.missingPredictors(model, data);
        if (!missing.isEmpty()) {
            throw new PredictProblem(csv.getFileName() + " lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                    + " that the model was trained with. Add " + (missing.size() == 1 ? "it" : "them")
                    + " to the file (same name) and open it again; the file has " + String.join(", ", data.names()) + ".");
        }
        notes.addAll(model.unseenLevels(data));
        updateMessage("Predicting " + data.rowCount() + " rows…");
        Table predictions;
        try {
            predictions = NewDataPrediction.predict(model, data, (done, total) -> {
                updateProgress(done, total);
                updateMessage("Predicted " + done + " of " + total + " rows…");
            }, token);
        } catch (IllegalArgumentException e) {
            throw new PredictProblem("The rows of " + csv.getFileName() + " do not fit the model: " + e.getMessage());
        }
        NewDataPrediction.unpredicted(predictions).ifPresent(n -> notes.add(n.substring(0, 1).toUpperCase() + n.substring(1) + "."));
        Map<String, Double> metrics = NewDataPrediction.metricsWhenObserved(model, data);
        return new Predictions(csv, data, predictions, notes, metrics);
    }

    private CsvOptions options(List<String> notes) {
        if (projectOptions != null) {
            return projectOptions.requiring(); // new rows may lack the outcome
        }
        CsvOptions d = CsvOptions.defaults();
        byte[] head;
        try (var in = Files.newInputStream(csv)) {
            head = in.readNBytes(1 << 16);
        } catch (IOException e) {
            return d; // reading the file itself reports the problem
        }
        CsvOptions g = CsvSniffer.guess(new String(head, StandardCharsets.UTF_8), d);
        if (g.delimiter() != d.delimiter() || g.decimalMark() != d.decimalMark()) {
            notes.add(csv.getFileName() + " looks " + CsvSniffer.name(g.delimiter()) + "-separated"
                    + (g.decimalMark() == ',' ? " with decimal commas" : "") + "; read so.");
        }
        return g;
    }

    /** A problem with the user's file, said so they can fix it. */
    static final class PredictProblem extends Exception {
        PredictProblem(String message) {
            super(message);
        }
    }
}

package org.blocktune.app.predict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.blocktune.app.cli.OutputFormat;
import org.blocktune.app.cli.Rows;
import org.blocktune.app.common.Background;
import org.blocktune.app.common.Choosers;
import org.blocktune.app.workbench.FinalModel;
import org.blocktune.app.workbench.LoadedData;
import org.blocktune.app.workbench.Workbench;
import org.blocktune.core.data.CsvOptions;
import org.blocktune.core.fit.FittedModel;
import org.blocktune.core.io.DataSource;

/**
 * "Predict on new data": the model (the project's final model in memory, or one opened from a
 * {@code .model.zip} file), Open CSV… (read with the Data step's import options), the prediction in the
 * background with progress and Cancel, the input rows with the prediction columns beside them, and
 * Save predictions as CSV…. Every problem (a lacking column, a damaged file) is said in the message line.
 */
final class PredictPane {
    private final Workbench wb;
    private final VBox root = new VBox(8);
    private final Label modelLine = new Label();
    private final Button useFinal = new Button("Use the final model");
    private final Button openModel = new Button("Open model file…");
    private final Button openCsv = new Button("Open CSV…");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final Label notes = new Label();
    private final PredictionsView table = new PredictionsView();
    private final Button save = new Button("Save predictions as CSV…");
    /** The model predictions come from, or null; {@link #fromFile} says where it came from. */
    private FittedModel model;
    private Path fromFile;
    private String modelName;
    private PredictTask task;
    private Predictions shown;

    PredictPane(Workbench wb) {
        this.wb = wb;
        root.setId("predictPane");
        root.setPadding(new Insets(10));
        modelLine.setId("predictModel");
        modelLine.setWrapText(true);
        modelLine.getStyleClass().add("screen-subheading");
        useFinal.setId("predictUseFinal");
        useFinal.setTooltip(new Tooltip("Predict with the project's final model (Results ▸ Final fit)"));
        useFinal.setOnAction(e -> useFinalModel());
        openModel.setId("predictOpenModel");
        openModel.setTooltip(new Tooltip("Predict with a model saved as .model.zip (Save final model…, or blocktune fit)"));
        openModel.setOnAction(e -> chooseModel());
        openCsv.setId("predictOpenCsv");
        openCsv.setMnemonicParsing(false);
        openCsv.setTooltip(new Tooltip("Read a CSV file of new rows (with the model's predictor columns) and predict them"));
        openCsv.setOnAction(e -> chooseCsv());
        cancel.setId("predictCancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> {
            if (task != null) {
                task.stop();
            }
        });
        progress.setId("predictProgress");
        progress.setPrefWidth(180);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        message.setId("predictMessage");
        message.setWrapText(true);
        notes.setId("predictNotes");
        notes.setWrapText(true);
        notes.getStyleClass().add("inspector-description");
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());
        notes.visibleProperty().bind(notes.textProperty().isNotEmpty());
        save.setId("predictSave");
        save.setDisable(true);
        save.setOnAction(e -> chooseSave());
        HBox models = new HBox(8, useFinal, openModel);
        models.setAlignment(Pos.CENTER_LEFT);
        HBox run = new HBox(8, openCsv, cancel, progress);
        run.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table.view(), Priority.ALWAYS);
        HBox bottom = new HBox(8, save);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(modelLine, models, run, message, notes, table.view(), bottom);
        wb.finalModel().currentProperty().addListener((o, a, b) -> {
            if (fromFile == null) {
                useFinalModel(); // follows the project's final model unless a file was opened
            }
            refresh();
        });
        useFinalModel();
    }

    Node node() {
        return root;
    }

    /** Predicts with the project's final model (when there is one). */
    void useFinalModel() {
        FinalModel m = wb.finalModel().current();
        fromFile = null;
        model = m == null ? null : m.model();
        modelName = m == null ? null : "the final model (" + m.candidateId() + ")";
        forgetShown();
        refresh();
    }

    /** Reads a model file in the background and predicts with it from then on. */
    void openModel(Path file) {
        message.setText("Opening the model " + file.getFileName() + "…");
        Task<FittedModel> t = new Task<>() {
            @Override
            protected FittedModel call() throws IOException {
                return FittedModel.load(file);
            }
        };
        t.setOnSucceeded(e -> {
            model = t.getValue();
            fromFile = file;
            modelName = file.getFileName().toString();
            forgetShown();
            message.setText("Opened the model " + file.getFileName() + ". Open a CSV file of new rows to predict them.");
            refresh();
        });
        t.setOnFailed(e -> message.setText("Could not open the model " + file.getFileName() + ": "
                + t.getException().getMessage()));
        Background.run(t);
    }

    /** Reads {@code csv} and predicts its rows in the background. */
    void predict(Path csv) {
        if (model == null || (task != null && task.isRunning())) {
            return;
        }
        PredictTask t = new PredictTask(model, csv, dataStepOptions());
        task = t;
        forgetShown();
        progress.progressProperty().bind(t.progressProperty());
        message.textProperty().bind(t.messageProperty());
        progress.setVisible(true);
        cancel.setDisable(false);
        refresh();
        t.setOnSucceeded(e -> finish(t, () -> show(t.getValue())));
        t.setOnFailed(e -> finish(t, () -> {
            Throwable x = t.getException();
            message.setText(x instanceof CancellationException ? "Cancelled; no predictions were kept."
                    : x instanceof PredictTask.PredictProblem ? x.getMessage()
                    : "The prediction failed: " + x.getMessage());
        }));
        t.setOnCancelled(e -> finish(t, () -> message.setText("Cancelled; no predictions were kept.")));
        Background.run(t);
    }

    /** Writes the rows on show (input columns, then the predictions) as a CSV file, in the background. */
    void savePredictions(Path file) {
        Predictions p = shown;
        if (p == null) {
            return;
        }
        save.setDisable(true);
        Task<Void> t = new Task<>() {
            @Override
            protected Void call() throws IOException {
                String text = OutputFormat.CSV.render(Rows.ofTables(p.input(), p.predictions()));
                java.nio.file.Files.writeString(file, text, StandardCharsets.UTF_8);
                return null;
            }
        };
        t.setOnSucceeded(e -> {
            refresh();
            message.setText("Saved " + p.predictions().rowCount() + " predictions to " + file);
        });
        t.setOnFailed(e -> {
            refresh();
            message.setText("Could not save " + file + ": " + t.getException().getMessage());
        });
        Background.run(t);
    }

    /** The predictions on show, or null. */
    Predictions shown() {
        return shown;
    }

    private void show(Predictions p) {
        shown = p;
        table.show(p);
        StringBuilder m = new StringBuilder("Predicted " + p.predictions().rowCount() + " rows of "
                + p.csv().getFileName() + " with " + modelName + ".");
        if (!p.metrics().isEmpty()) {
            m.append(" The file holds the outcome too: ");
            m.append(String.join(", ", p.metrics().entrySet().stream()
                    .map(x -> x.getKey() + " " + PredictionsView.number(x.getValue())).toList()));
            m.append(".");
        }
        message.setText(m.toString());
        notes.setText(String.join("\n", p.notes()));
        refresh();
    }

    private void finish(PredictTask t, Runnable then) {
        if (t != task) {
            return;
        }
        progress.progressProperty().unbind();
        message.textProperty().unbind();
        progress.setVisible(false);
        cancel.setDisable(true);
        then.run();
        refresh();
    }

    private void forgetShown() {
        shown = null;
        table.clear();
        notes.setText("");
    }

    private void refresh() {
        boolean running = task != null && task.isRunning();
        FinalModel f = wb.finalModel().current();
        useFinal.setDisable(running || f == null || (fromFile == null && model == f.model()));
        openModel.setDisable(running);
        openCsv.setDisable(running || model == null);
        save.setDisable(running || shown == null);
        if (model == null) {
            modelLine.setText("No model yet: fit the final model on the Results step (Final fit), or open a saved "
                    + "model file (.model.zip).");
        } else {
            var outcomes = model.request().roles().outcomes();
            modelLine.setText("Model: " + (fromFile != null ? fromFile.toAbsolutePath().toString() : modelName)
                    + ". It predicts " + String.join(", ", outcomes) + " from "
                    + String.join(", ", model.request().roles().predictors()) + ".");
        }
    }

    /** The Data step's import options when its data is a CSV file (new rows read as the training rows were), else null. */
    private CsvOptions dataStepOptions() {
        LoadedData d = wb.dataProperty().get();
        return d != null && d.origin() instanceof DataSource.CsvFile f ? f.options() : null;
    }

    private void chooseModel() {
        FileChooser fc = Choosers.file("Open a saved model");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("BlockTune model", "*.model.zip", "*.zip"));
        Choosers.open(fc, window()).ifPresent(this::openModel);
    }

    private void chooseCsv() {
        FileChooser fc = Choosers.file("Open new rows to predict");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV file", "*.csv", "*.tsv", "*.txt"));
        Choosers.open(fc, window()).ifPresent(this::predict);
    }

    private void chooseSave() {
        FileChooser fc = Choosers.file("Save the predictions");
        Predictions p = shown;
        String stem = p == null ? "predictions" : p.csv().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        fc.setInitialFileName(stem + "-predictions.csv");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV file", "*.csv"));
        Choosers.save(fc, window()).ifPresent(this::savePredictions);
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}

package org.blocktune.app.results;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.blocktune.app.common.Background;
import org.blocktune.core.fit.FitFailure;
import org.blocktune.core.project.TunePlan;
import org.blocktune.core.tune.TuneResults;

/**
 * The last fit (tune's {@code last_fit()}): finalises the chosen candidate, fits it on the whole
 * training set in the background (progress and Cancel), then shows the test-set metrics and a
 * confusion matrix (classification) or a predicted-vs-observed chart (regression), and saves the
 * final model to a file. Says so when the plan keeps no test set or is unknown.
 */
final class FinalFitPane {
    private final VBox root = new VBox(8);
    private final Button fit = new Button();
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final Label note = new Label();
    private final VBox shown = new VBox(10);
    private final Button save = new Button("Save final model…");
    private final StringProperty chosen;
    private final Consumer<String> report;
    private final ReadOnlyObjectWrapper<FinalFitOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ChartCard scatter;
    private TunePlan plan;
    private TuneResults results;
    private FinalFitTask task;

    /**
     * @param chosen the id of the candidate to finalise (the first selected row), or null
     * @param report where to say what happened (the status line)
     */
    FinalFitPane(StringProperty chosen, Consumer<String> report) {
        this.chosen = chosen;
        this.report = report;
        scatter = new ChartCard("predictedObservedChart", "predicted-vs-observed", report);
        root.setId("finalFitPane");
        root.setPadding(new Insets(10));
        fit.setId("finalizeFit");
        fit.setMnemonicParsing(false);
        fit.setOnAction(e -> start());
        cancel.setId("cancelFinalFit");
        cancel.setOnAction(e -> {
            if (task != null) {
                task.stop();
            }
        });
        cancel.setDisable(true);
        progress.setId("finalFitProgress");
        progress.setPrefWidth(200);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        message.setId("finalFitMessage");
        note.setId("finalFitNote");
        note.setWrapText(true);
        note.getStyleClass().add("inspector-description");
        save.setId("saveModel");
        save.setDisable(true);
        save.setOnAction(e -> chooseModelFile().ifPresent(this::saveModel));
        HBox bar = new HBox(8, fit, cancel, progress, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        shown.setId("finalFitResults");
        VBox.setVgrow(shown, Priority.ALWAYS);
        root.getChildren().addAll(bar, note, shown, save);
        chosen.addListener((o, a, b) -> refresh());
        refresh();
    }

    Node node() {
        return root;
    }

    /** The last fit's outcome on show, or null. */
    ReadOnlyObjectProperty<FinalFitOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The predicted-vs-observed chart (regression). */
    ChartCard scatter() {
        return scatter;
    }

    /** A new run or plan: forgets the last fit (it belongs to the old one) unless the run is the same. */
    void setRun(TunePlan newPlan, TuneResults newResults) {
        boolean sameRun = plan == newPlan && results != null && newResults != null
                && results.info().fingerprint().equals(newResults.info().fingerprint());
        plan = newPlan;
        results = newResults;
        if (!sameRun) {
            if (task != null) {
                task.stop();
            }
            outcome.set(null);
            shown.getChildren().clear();
            save.setDisable(true);
            message.setText("");
        }
        refresh();
    }

    private void refresh() {
        String id = chosen.get();
        boolean running = task != null && task.isRunning();
        fit.setText(id == null ? "Finalize and fit on the whole training set"
                : "Finalize " + id + " and fit on the whole training set");
        boolean hasValue = id != null && results != null && results.summary().stream().anyMatch(s -> s.candidateId().equals(id));
        fit.setDisable(running || plan == null || id == null || !hasValue);
        if (plan == null) {
            note.setText("The plan of this run is not known (its data and job), so it cannot be fitted again here. "
                    + "Open the project the run belongs to, or run it from the Run step.");
        } else if (id == null) {
            note.setText("Choose a row in the table, or use Select best, to choose the candidate to finalise.");
        } else if (!hasValue) {
            note.setText(id + " has no successful fit, so there is nothing to finalise; choose another row.");
        } else if (outcome.get() != null && !outcome.get().candidateId().equals(id)) {
            note.setText("Below is the final fit of " + outcome.get().candidateId() + ", not of the selected " + id
                    + ". Finalize " + id + " to fit and score it instead (the figures below are then replaced).");
        } else if (plan.testing() == null) {
            note.setText("This project keeps no test set: the final model is fitted on all "
                    + plan.training().rowCount() + " training rows, but there are no held-out rows to score it on. "
                    + "Set a training proportion below 1 on the Data step to keep a test set.");
        } else {
            note.setText("Fits " + id + "'s values on all " + plan.training().rowCount() + " training rows, then scores it once on the "
                    + plan.testing().rowCount() + " test rows.");
        }
    }

    /** Starts the last fit of the chosen candidate in the background. */
    void start() {
        String id = chosen.get();
        if (plan == null || results == null || id == null) {
            return;
        }
        Map<String, Object> values = results.finalizedValues(results.candidate(id));
        FinalFitTask t = new FinalFitTask(plan, id, values);
        task = t;
        outcome.set(null);
        shown.getChildren().clear();
        save.setDisable(true);
        progress.progressProperty().bind(t.progressProperty());
        message.textProperty().bind(t.messageProperty());
        progress.setVisible(true);
        cancel.setDisable(false);
        t.setOnSucceeded(e -> finish(t, () -> show(t.getValue())));
        t.setOnFailed(e -> finish(t, () -> {
            Throwable ex = t.getException();
            boolean cancelled = ex instanceof FitFailure f && f.kind() == FitFailure.Kind.CANCELLED;
            message.setText(cancelled ? "Cancelled; nothing was kept." : "The final fit failed: " + ex.getMessage());
            report.accept(message.getText());
        }));
        t.setOnCancelled(e -> finish(t, () -> message.setText("Cancelled; nothing was kept.")));
        refresh();
        Background.run(t);
    }

    private void finish(Task<?> t, Runnable then) {
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

    private void show(FinalFitOutcome o) {
        outcome.set(o);
        save.setDisable(false);
        message.setText("Fitted " + o.candidateId() + " on the whole training set"
                + (o.fit().testMetrics().isEmpty() ? "." : " and scored it on the test set."));
        report.accept(message.getText());
        shown.getChildren().clear();
        if (o.fit().testMetrics().isEmpty()) {
            Label none = new Label("No test set, so no test metrics. The model can still be saved.");
            none.setId("noTestSet");
            shown.getChildren().add(none);
            return;
        }
        GridPane metrics = new GridPane();
        metrics.setId("testMetrics");
        metrics.setHgap(14);
        metrics.setVgap(3);
        Label h1 = new Label("test metric");
        Label h2 = new Label("estimate");
        h1.getStyleClass().add("confusion-header");
        h2.getStyleClass().add("confusion-header");
        metrics.addRow(0, h1, h2);
        int r = 1;
        for (Map.Entry<String, Double> m : o.fit().testMetrics().entrySet()) {
            Label name = new Label(m.getKey());
            Label value = new Label(Numbers.format(m.getValue()));
            value.setId("testMetric-" + m.getKey().replace(' ', '-'));
            metrics.addRow(r++, name, value);
        }
        Label title = new Label(o.candidateId() + " on the test set (" + plan.testing().rowCount() + " rows)");
        title.setId("finalFitTitle");
        title.getStyleClass().add("screen-subheading");
        VBox left = new VBox(4, title, metrics);
        left.setMinWidth(Region.USE_PREF_SIZE); // the title and figures never shrink to "…" beside a wide matrix
        if (o.confusion() != null) {
            Label ct = new Label("Confusion matrix");
            ct.getStyleClass().add("screen-subheading");
            left.getChildren().add(ConfusionGrid.caption(o.confusion())); // beside, so the matrix keeps its height
            HBox row = new HBox(40, left, new VBox(4, ct, ConfusionGrid.of(o.confusion())));
            ScrollPane sp = new ScrollPane(row);
            sp.setFitToWidth(true);
            sp.setStyle("-fx-background-color: transparent;");
            shown.getChildren().add(sp);
        } else if (o.observed() != null) {
            scatter.show(PredictedObservedChart.of(o.observed(), o.predicted(), o.outcome()));
            HBox row = new HBox(20, left, scatter.node());
            HBox.setHgrow(scatter.node(), Priority.ALWAYS);
            VBox.setVgrow(row, Priority.ALWAYS);
            shown.getChildren().add(row);
        } else {
            shown.getChildren().add(left);
        }
    }

    /** Saves the final model (in the background); reports where it went. */
    void saveModel(Path file) {
        FinalFitOutcome o = outcome.get();
        if (o == null) {
            return;
        }
        Task<Path> t = new Task<>() {
            @Override
            protected Path call() throws Exception {
                o.fit().model().save(file);
                return file;
            }
        };
        save.setDisable(true);
        t.setOnSucceeded(e -> {
            save.setDisable(false);
            report.accept("Saved the final model (" + o.candidateId() + ") to " + file);
        });
        t.setOnFailed(e -> {
            save.setDisable(false);
            report.accept("Could not save the model to " + file + ": " + t.getException().getMessage());
        });
        Background.run(t);
    }

    private java.util.Optional<Path> chooseModelFile() {
        FileChooser fc = org.blocktune.app.common.Choosers.file("Save the final model");
        FinalFitOutcome o = outcome.get();
        fc.setInitialFileName((o == null ? "model" : o.candidateId()) + ".model.zip");
        return org.blocktune.app.common.Choosers.save(fc, root.getScene() == null ? null : root.getScene().getWindow());
    }
}

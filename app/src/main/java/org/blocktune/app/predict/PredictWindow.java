package org.blocktune.app.predict;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.blocktune.app.workbench.Workbench;

/**
 * The "Predict on new data" window of a workbench (one per workbench, not modal, so the Results stay
 * visible beside it): see {@link PredictPane}.
 */
public final class PredictWindow {
    private final PredictPane pane;
    private Stage stage;

    public PredictWindow(Workbench wb) {
        pane = new PredictPane(wb);
    }

    /** Shows the window (made on first use, owned by {@code owner}) and brings it to the front. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setTitle("BlockTune — Predict on new data");
            Scene scene = new Scene((javafx.scene.Parent) pane.node(), 900, 600);
            stage.setScene(scene);
            stage.setMinWidth(520);
            stage.setMinHeight(360);
        }
        stage.show();
        stage.toFront();
    }

    /** The window, or null before it was first shown (for tests). */
    public Stage stage() {
        return stage;
    }

    /** Reads a model file to predict with (as Open model file… does). */
    public void openModel(java.nio.file.Path file) {
        pane.openModel(file);
    }

    /** Predicts the rows of a CSV file (as Open CSV… does). */
    public void predict(java.nio.file.Path csv) {
        pane.predict(csv);
    }

    /** Saves the predictions on show (as Save predictions as CSV… does). */
    public void savePredictions(java.nio.file.Path file) {
        pane.savePredictions(file);
    }
}
